"""Funded works: money given for a work of no project noun ("Мэрия выделила 40 млн
рублей на ремонт набережной") launches that work, its runner being who gives or whose
budget pays.
"""

from __future__ import annotations

from concord.claim import Argument, Claim, Modality
from concord.extract.initiative.background import in_background
from concord.extract.initiative.modality import intended
from concord.extract.initiative.other_roles import not_one_project
from concord.extract.initiative.place_and_start import place_and_start
from concord.extract.initiative.projects import is_project, no_project_in_particular
from concord.extract.initiative.reading import PLACE_TYPES, is_work
from concord.extract.initiative.runners import (
    budget_owner,
    city_government,
    government_of_place,
    runner_arguments,
    runners_named_after,
    standing_for,
)
from concord.extract.initiative.sector_works import money_into_sector_work
from concord.extract.initiative.trades_and_sites import works_on_classes
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def funded_works(view: SentenceView, words: InitiativeWords) -> list[Claim]:
    """ "Мэрия выделила 40 млн рублей на ремонт набережной": money given for a work of no
    project noun (a project noun is read by `extract`) launches that work."""
    claims = []
    for verb, token in enumerate(view.tokens):
        spent = token.lemma in words.spending_verbs  # "на ремонт ушло 20 млн" (initiative100)
        if token.pos != "VERB" or not (
            spent or token.lemma in words.funding_verbs | words.provision_verbs
        ):
            continue
        children = view.children(verb)
        readied = ready_to_fund(view, verb, words)
        if readied is not None:  # initiative111: "На проектирование здания готовы выделить
            # 57 млн": the parser hangs the purpose on "готовы"
            children = children + [
                c for c in view.children(readied) if c != verb and view.preposition(c)
            ]
        if token.lemma in words.provision_verbs and any(
            other.lemma in words.budget_nouns
            and view.preposition(position) in words.place_prepositions
            for position, other in enumerate(view.tokens)
        ):
            continue  # "в бюджете предусмотрено 2 млрд на ремонт домов": a budget line
        # the money: "выделит 5 млн", "предусмотрено 5 млн" (a passive subject), "ушло 5 млн"
        # (the subject of a verb of spending or needing)
        money_relations = {"obj", "nsubj:pass"} | ({"nsubj"} if spent else set())
        money_words = [c for c in children if view.tokens[c].relation in money_relations]
        # "Средства на ремонт кровли выделил бюджет": the purpose may hang on the money noun,
        # when it names what is worked on ("гранты на развитие" names no work)
        held = [
            c for m in money_words if view.tokens[m].lemma in words.money_nouns
            for c in view.children(m) if view.holds_bare_genitive(c)
        ]  # fmt: skip
        works = [
            conducted_work(view, c, words)
            for c in children + held
            if view.preposition(c) in words.purpose_prepositions
            and is_work(view, conducted_work(view, c, words), words)
            and view.tokens[c].lemma not in words.compound_preposition_nouns  # "на протяжении"
        ]
        given = [i for c in money_words for i in view.subtree(c)]
        amounts = [
            q for q in view.quantities if set(view.token_indices(q.start, q.end)) & set(given)
        ]
        money = amounts or any(view.tokens[i].lemma in words.money_nouns for i in given)
        if not works or not money:
            continue
        if readied is not None and (
            not amounts or any(t.lemma in words.condition_words for t in view.tokens)
        ):
            continue  # "готовы выделить средства, если …": only offered
        work = works[0]
        if any(
            is_project(view, i, words)
            for i in view.subtree(work)
            if i != work or view.tokens[work].lemma not in words.renovation_nouns
        ):
            continue  # "на строительство завода": the plant is read as a project; a listed
            # work ("на исследования") too, but not a renovation of an unlisted thing
            # ("на реконструкцию полосы"), which no other reading takes
        if _sector_developed(view, work, words):
            continue  # "на развитие молочного животноводства": a sector supported, no work
        if (
            in_background(view, verb, words)
            or not_one_project(view, work, verb, words)
            or no_project_in_particular(view, work, words)
            or works_on_classes(view, work, words)
            or money_into_sector_work(view, work, verb, words)  # initiative104: "на строительство
            # из бюджета области выделено N": a bare work on no thing, a budget line
        ):
            continue
        stop = work
        while stop + 1 < len(view.tokens) and (
            (
                view.tokens[stop + 1].pos in {"NOUN", "ADJ"}
                and view.tokens[stop + 1].feats.get("Case") == "Gen"
            )
            or (
                view.tokens[stop + 1].pos == "CCONJ"
                and stop + 2 < len(view.tokens)
                and view.tokens[stop + 2].feats.get("Case") == "Gen"
            )
        ):
            stop += 1
        value, span = view.phrase(list(range(work, stop + 1)))
        antecedent = _relative_antecedent(view, work, verb, words)
        if antecedent is not None:  # "сеть, на создание которой потребуется 5 млрд"
            value, span = view.phrase(antecedent)
        arguments = [Argument("kind", value.lower(), span)]
        subjects = [c for c in children if view.tokens[c].relation.startswith("nsubj")]
        subject_parts = [i for c in subjects for i in view.subtree(c)]
        runners = view.mentions_in(subject_parts, set(words.subject_runner_types))
        runners.extend(
            m for m in view.mentions_in(subject_parts, set(words.runner_types)) if m not in runners
        )
        if not runners:
            for subject in subjects:
                runners.extend(
                    city_government(view, subject, words)
                    or standing_for(view, subject, words)
                    or government_of_place(view, subject, words)
                )
        if not runners:
            runners = budget_owner(view, words) or runners_named_after(view, words)
        arguments.extend(runner_arguments(view, runners, words))
        places = [m for m in view.mentions_in(view.subtree(work), PLACE_TYPES) if m not in runners]
        arguments.extend(place_and_start(view, places, words))
        arguments.extend(
            Argument("figures", q.text, view.text_span(q.start, q.end)) for q in amounts
        )
        modality = view.modality(verb)
        if modality == Modality.FACT and intended(view, verb, words):
            modality = Modality.PLANNED
        claims.append(view.claim("initiative", arguments, modality))
    return claims


def _sector_developed(view: SentenceView, work: int, words: InitiativeWords) -> bool:
    """ "на развитие молочного животноводства", "на развитие системы образования": money
    for developing what its bare genitive names, no project (a project noun there is read
    by `extract` before), supports a sector rather than funding a work."""
    return view.tokens[work].lemma in words.development_nouns and view.holds_bare_genitive(work)


def _relative_antecedent(
    view: SentenceView, work: int, verb: int, words: InitiativeWords
) -> list[int] | None:
    """ "появится сеть, на создание которой потребуется 629 млрд": a work whose object is a
    relative pronoun works on the noun the clause hangs on, which is the thing the money
    makes (initiative100); the noun alone, so that a claim made of it already tells it."""
    if not any(view.tokens[c].lemma in words.relative_pronouns for c in view.children(work)):
        return None
    if view.tokens[verb].relation != "acl:relcl":
        return None
    noun = view.tokens[verb].head
    if not 0 <= noun < len(view.tokens) or view.tokens[noun].pos not in {"NOUN", "PROPN"}:
        return None
    return [noun]


def ready_to_fund(view: SentenceView, verb: int, words: InitiativeWords) -> int | None:
    """ "готовы выделить 57 млн рублей": the readiness word a funding verb completes, whose
    own dependents the parser may give the verb's purpose (initiative111)."""
    head = view.tokens[verb].head
    if (
        view.tokens[verb].relation == "xcomp"
        and 0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.readiness_words
    ):
        return head
    return None


def conducted_work(view: SentenceView, index: int, words: InitiativeWords) -> int:
    """ "на проведение косметических ремонтов": the renovation a noun of conducting governs
    in the bare genitive is what the money is for (initiative111); any other noun is itself
    (surveys or works of no kind, "на выполнение изысканий", stay no project)."""
    if view.tokens[index].lemma not in words.conducted_work_nouns:
        return index
    for child in view.children(index):
        if view.bare_genitive(child) and view.tokens[child].lemma in words.renovation_nouns:
            return child
    return index
