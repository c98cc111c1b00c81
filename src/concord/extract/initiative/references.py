"""References to earlier projects: a launching word whose object is a pronoun or a
restating noun ("Её запустили 6 сентября", "Объект планируется сдать …") launches the
project claimed or named in the two sentences before. The earlier claims are read by the
extractor, which passes its reader in (`earlier_claims`) so that the two modules import
no cycle.
"""

from __future__ import annotations

from collections.abc import Callable

from concord.claim import Argument, Claim, Modality
from concord.extract.initiative.modality import intended
from concord.extract.initiative.place_and_start import place_and_start
from concord.extract.initiative.reading import PLACE_TYPES, during
from concord.extract.initiative.runners import backers
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView

_REFERENCE_LOOK_BACK = 2  # sentences searched for the project a pronoun restates


def launched_by_reference(
    view: SentenceView,
    words: InitiativeWords,
    look_back: bool,
    earlier_claims: Callable[[SentenceView], list[Claim]],
) -> list[Claim]:
    """ "Её запустили 6 сентября", "Объект планируется сдать в 2016 году", "решение о его
    строительстве": a launching word whose object is a pronoun or a word that restates a
    project ("объект", "стройка") launches the project claimed (or named) in the sentences
    just before, the pronoun agreeing with it."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    if position == 0:
        return []
    claims = []
    for verb, token in enumerate(view.tokens):
        carried_out = token.lemma in words.carrying_out_verbs
        made = token.pos == "VERB" and _makes(token.lemma, token.pos, words)
        if (
            token.lemma not in words.launch_words and not carried_out and not made
        ) or token.lemma in words.runner_needed_launchers:
            continue
        if token.pos == "VERB":
            relations = {"obj", "nsubj:pass"}
            if carried_out:
                relations.add("nsubj")  # "проект реализуется"
        elif token.pos == "NOUN":
            relations = {"nmod"}  # "о его строительстве" ("её ремонт" is no new work)
        else:
            continue
        restating = words.project_referents | (
            words.carried_out_referents if carried_out else frozenset()
        )
        referents = [
            c
            for c in view.children(verb)
            if (
                view.tokens[c].relation in relations
                and view.tokens[c].lemma in words.project_pronouns
            )
            or (
                view.tokens[c].relation in relations
                and not made  # "сделали объект" restates nothing: only a pronoun does
                and view.tokens[c].lemma in restating
                and not any(view.tokens[g].relation == "nmod" for g in view.children(c))
                and not _new_designs(view, c, words)
            )
        ]
        if not referents:
            continue
        head = token.head
        if (  # "во время инспектирования строительства объекта": an operation on the build
            token.pos == "NOUN"
            and view.tokens[referents[0]].lemma not in words.project_pronouns
            and 0 <= head < len(view.tokens)
            and view.tokens[head].pos == "NOUN"
            and view.tokens[head].lemma.endswith(words.abstract_suffixes)
            and view.tokens[head].lemma not in words.launch_words
        ):
            continue
        if token.pos == "NOUN" and during(view, verb, words):
            continue  # "во время осмотра строительства объекта": the time of a visit
        if token.pos == "NOUN" and view.preposition(verb) in (
            words.background_prepositions | words.accompanying_prepositions
        ):
            continue  # "после его ввода в строй", "с его запуском": the time or condition
        referent = view.tokens[referents[0]]
        gender = referent.feats.get("Gender") if referent.pos == "PRON" else None
        project = _antecedent_project(view, position, gender, words, earlier_claims)
        if project is None:
            continue
        kind, earlier_runners = project
        arguments = [Argument("kind", kind, view.text_span(referent.start, referent.end))]
        subjects = [c for c in view.children(verb) if view.tokens[c].relation.startswith("nsubj")]
        runners = view.mentions_in(
            [i for c in subjects for i in view.subtree(c)],
            set(words.subject_runner_types) | set(words.runner_types),
        )
        runners.extend(m for m in backers(view, verb, words) if m not in runners)
        arguments.extend(view.entity_argument("organisations", m) for m in runners)
        if not runners and look_back:
            arguments.extend(earlier_runners)
        places = view.mentions_in(range(verb, len(view.tokens)), PLACE_TYPES)
        arguments.extend(place_and_start(view, places, words))
        modality = view.modality(verb)
        if modality == Modality.FACT and intended(view, verb, words):
            modality = Modality.PLANNED
        claims.append(view.claim("initiative", arguments, modality))
        break
    return claims


def _makes(lemma: str, pos: str, words: InitiativeWords) -> bool:
    """A verb of making, building or fitting that is no launch word ("Его сделали
    жители", "Её установили весной"): with a pronoun object it restates a project."""
    return lemma not in words.launch_words and (
        lemma in words.making_verbs or words.builds(lemma, pos) or words.fits(lemma, pos)
    )


def _new_designs(view: SentenceView, noun: int, words: InitiativeWords) -> bool:
    """ "осуществлять общие проекты": "проект" restates one project only alone and singular;
    plural or described, it names new undertakings of no known kind."""
    token = view.tokens[noun]
    return token.lemma in words.carried_out_referents and (
        token.feats.get("Number") == "Plur"
        or any(view.tokens[child].relation == "amod" for child in view.children(noun))
    )


def _antecedent_project(
    view: SentenceView,
    position: int,
    gender: str | None,
    words: InitiativeWords,
    earlier_claims: Callable[[SentenceView], list[Claim]],
) -> tuple[str, list[Argument]] | None:
    """The project a pronoun or "объект" restates: the last one claimed in the two
    sentences before (its kind and runners), else the last project noun named in the
    sentence just before; a pronoun's gender must be the project noun's."""
    sentences = view.document.sentences
    for back in range(1, min(_REFERENCE_LOOK_BACK, position) + 1):
        earlier = SentenceView.build(view.document, sentences[position - back], view.words)
        for claim in reversed(earlier_claims(earlier)):
            kind = next((a for a in claim.arguments if a.role == "kind"), None)
            if kind is None:
                continue
            nouns = [  # the project's own noun, past its launching one ("строительство")
                t for t in earlier.tokens
                if kind.span is not None
                and kind.span.start <= t.start < kind.span.end and t.pos in {"NOUN", "PROPN"}
                and t.lemma not in words.launch_words
            ]  # fmt: skip
            if nouns and not _same_gender(nouns[0].feats.get("Gender"), gender):
                continue
            runners = [a for a in claim.arguments if a.role == "organisations"]
            return kind.value, runners
    previous = sentences[position - 1].tokens
    governed = {t.head for t in previous if t.relation == "case"}
    named = [  # not a noun after a preposition ("терминал у аэропорта": the terminal)
        t
        for index, t in enumerate(previous)
        if (t.lemma in words.project_nouns or t.lemma.rsplit("-", 1)[-1] in words.project_nouns)
        and t.pos == "NOUN"
        and index not in governed
        and _same_gender(t.feats.get("Gender"), gender)
    ]
    if not named:
        return None
    return named[-1].lemma, []


def _same_gender(noun: str | None, pronoun: str | None) -> bool:
    """ "его" stands for a masculine or a neuter noun alike (the tagger picks one)."""
    if noun is None or pronoun is None:
        return True
    return noun == pronoun or {noun, pronoun} == {"Masc", "Neut"}
