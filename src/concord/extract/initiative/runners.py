"""Who runs a project when the project's stretch names no organisation: partners and
funders on the verb, a document's signers, announcers, whose plans hold it, a common
noun or a government standing for an organisation named before, a budget's owner, the
subject of a predicate above, those who adopted the framing programme, the sentence
after naming a contractor; and the runners as arguments, with a split territory joined.
"""

from __future__ import annotations

from concord.claim import Argument, Mention
from concord.extract.initiative.background import framing_noun
from concord.extract.initiative.projects import is_project
from concord.extract.initiative.reading import (
    INTRODUCED_LOOK_BACK,
    LOOK_BACK,
    PLACE_TYPES,
    governors,
)
from concord.extract.initiative.words import InitiativeWords
from concord.extract.relaying import relaying_outlet
from concord.extract.sentence_view import (
    SentenceView,
    named_before,
    organisation_meant,
)
from concord.nlp.places import place_of_adjective


def standing_for(view: SentenceView, subject: int, words: InitiativeWords) -> list[Mention]:
    """ "Компания запустит …": the organisation `organisation_meant` finds for the common
    noun; all those named in the few sentences before for a plural one."""
    token = view.tokens[subject]
    if token.lemma not in words.runner_nouns | words.group_runner_nouns or view.mentions_in(
        view.subtree(subject)
    ):
        return []
    types = set(words.runner_types)
    if token.lemma in words.group_runner_nouns:  # "стороны": states too
        types |= set(words.subject_runner_types) - {"PER"}
    if token.lemma in words.group_runner_nouns and token.feats.get("Number") == "Plur":
        sides = _sides_of_document(view, words)  # "стороны" of an agreement named before
        if sides:
            return sides
    if token.feats.get("Number") == "Plur":  # "партнеры создадут": all of them
        distinct: dict[str, Mention] = {}
        for mention in named_before(view.document, token.start, types, LOOK_BACK):
            distinct.setdefault(mention.normal, mention)
        return list(distinct.values())
    if token.lemma in words.group_runner_nouns:  # "российская сторона выделит …"
        country = _side_country(view, subject)
        if country is not None:
            return [country]
    meant = organisation_meant(  # "фонда «X»" … "Фонд"; a lone "сторона" needs the noun
        view.document, token.lemma, token.start, words.runner_types, INTRODUCED_LOOK_BACK,
        kin_groups=view.words.organisation_kin,
        any_named_back=LOOK_BACK if token.lemma in words.runner_nouns else None,
        keep=lambda mention: not relaying_outlet(view.document, mention, view.words),
    )  # fmt: skip
    return [meant] if meant is not None else []


def backers(view: SentenceView, verb: int, words: InitiativeWords) -> list[Mention]:
    """Organisations the launching verb names as partners ("создан вместе с X") or
    funders ("построили на средства фонда X", "за счёт X")."""
    found: list[Mention] = []
    if not 0 <= verb < len(view.tokens) or view.tokens[verb].pos != "VERB":
        return found
    children = list(view.children(verb))
    children += [  # "создан вместе с X": the parser may hang X on "вместе"
        c for a in children if view.tokens[a].relation == "advmod" for c in view.children(a)
    ]
    for child in children:
        preposition = view.preposition(child)
        if preposition in words.partner_prepositions or (
            view.tokens[child].lemma in words.funding_nouns
            and not any(view.tokens[c].lemma in words.loan_nouns for c in view.children(child))
        ):
            found.extend(
                m
                for m in view.mentions_in(view.subtree(child), set(words.runner_types))
                if m not in found
            )
    return found


def provided_for(view: SentenceView, launcher: int, words: InitiativeWords) -> int | None:
    """The document noun a launch hangs from ("соглашение о создании филиала"), if any."""
    for position in governors(view, launcher, 2):
        if view.tokens[position].lemma in words.document_nouns:
            return position
    return None


def document_signers(view: SentenceView, document: int, words: InitiativeWords) -> list[Mention]:
    """Who signs the document: the organisations that are its verb's subject or are
    named after "с" on it ("X заключил с Y контракт на строительство …")."""
    verb = view.tokens[document].head
    if not 0 <= verb < len(view.tokens) or view.tokens[verb].lemma not in words.signing_verbs:
        return []
    subjects = [c for c in view.children(verb) if view.tokens[c].relation.startswith("nsubj")]
    parts = [
        i
        for child in view.children(verb)
        if child in subjects or view.preposition(child) in words.partner_prepositions
        for i in view.subtree(child)
    ]
    found = view.mentions_in(parts, set(words.runner_types))
    if not found:  # "Таджикистан и Иран подписали соглашение о строительстве ГЭС"
        subject_parts = [i for child in subjects for i in view.subtree(child)]
        found = view.mentions_in(subject_parts, set(words.subject_runner_types))
    for subject in subjects if not found else []:  # "Фонд и мэрия подписали …"
        nouns = [subject] + [c for c in view.children(subject) if view.tokens[c].relation == "conj"]
        for noun in nouns:
            found.extend(m for m in standing_for(view, noun, words) if m not in found)
    return found


def plan_owner_parts(
    view: SentenceView, plan: int, launcher: int, words: InitiativeWords
) -> list[int]:
    """ "в планах сети «X» открытие …": the words naming whose plans hold the launch."""
    if view.tokens[plan].lemma not in words.plan_nouns or launcher == plan:
        return []
    own = set(view.subtree(launcher))
    return [
        i
        for child in view.children(plan)
        if view.tokens[child].relation == "nmod" and child not in own
        for i in view.subtree(child)
    ]


def government_of_place(view: SentenceView, subject: int, words: InitiativeWords) -> list[Mention]:
    """ "Власти города откроют стадион": the government of the city (region …) the report
    named before, found by `organisation_meant` among the places."""
    token = view.tokens[subject]
    if token.lemma not in words.government_nouns:
        return []
    for child in view.children(subject):
        territory = view.tokens[child]
        noun = words.territory_adjectives.get(territory.lemma, territory.lemma)
        if noun in words.territory_nouns and not view.mentions_in([child]):
            meant = organisation_meant(  # the place the report introduced, paragraphs up
                view.document, noun, territory.start, PLACE_TYPES, INTRODUCED_LOOK_BACK,
                any_named_back=INTRODUCED_LOOK_BACK,
            )  # fmt: skip
            return [meant] if meant is not None else []
    return []


def announcers(view: SentenceView, launcher: int, words: InitiativeWords) -> list[Mention]:
    """ "Стороны объявили о начале строительства линии": who announces a launch runs it
    (the subject of the verb a launching noun hangs from)."""
    if view.tokens[launcher].pos == "VERB":
        return []
    for verb in governors(view, launcher, 2):
        if view.tokens[verb].pos != "VERB":
            continue
        if view.tokens[verb].lemma not in words.announcing_verbs:
            return []  # "рассказал о строительстве": a speaker, not who builds
        for child in view.children(verb):
            if view.tokens[child].relation.startswith("nsubj"):
                types = set(words.runner_types) | set(words.subject_runner_types)
                found = view.mentions_in(view.subtree(child), types)
                return found or standing_for(view, child, words)
        return []
    return []


def runner_arguments(
    view: SentenceView, runners: list[Mention], words: InitiativeWords
) -> list[Argument]:
    """The runners as arguments; an organisation the recogniser split from the territory
    it serves ("Министерство здравоохранения" + "Свердловской области", the place hanging
    from the organisation's words right after it) is one name with it."""
    arguments = []
    territories = {id(mention): _territory_of(view, mention, words) for mention in runners}
    merged = [t for t in territories.values() if t is not None]
    for mention in runners:
        if mention in merged:
            continue
        territory = territories[id(mention)]
        if territory is None:
            arguments.append(view.entity_argument("organisations", mention))
            continue
        text = view.document.document.text
        span = view.text_span(mention.start, territory.end)
        name = f"{mention.normal} {text[territory.start : territory.end]}"
        arguments.append(Argument("organisations", name, span))
    return arguments


def _territory_of(view: SentenceView, mention: Mention, words: InitiativeWords) -> Mention | None:
    """The place named right after an organisation in the genitive and hanging from it."""
    if mention.type not in words.runner_types or not _in(view, mention):
        return None
    owned = set(view.token_indices(mention.start, mention.end))
    if not owned:
        return None
    following = max(owned) + 1
    if following >= len(view.tokens):
        return None
    place = view.mention_at(following)
    if place is None or place.type not in PLACE_TYPES:
        return None
    place_tokens = view.token_indices(place.start, place.end)
    if place_tokens[0] != following or not all(
        view.tokens[i].feats.get("Case") == "Gen"
        for i in place_tokens
        if view.tokens[i].pos in {"NOUN", "PROPN", "ADJ"}
    ):
        return None
    if not any(view.tokens[i].head in owned for i in place_tokens):
        return None
    return place


def _in(view: SentenceView, mention: Mention) -> bool:
    """The mention lies in this sentence."""
    return view.sentence.start <= mention.start and mention.end <= view.sentence.end


def runners_named_after(view: SentenceView, words: InitiativeWords) -> list[Mention]:
    """ "Работы ведет компания «X»", "Подрядчиком выступает «X»": the sentence right after
    a work with no runner names who does it."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    if position + 1 >= len(sentences):
        return []
    after = SentenceView.build(view.document, sentences[position + 1], view.words)
    for verb, token in enumerate(after.tokens):
        children = after.children(verb)
        conducted = token.lemma in words.conducting_verbs and any(
            after.tokens[c].relation in {"obj", "nsubj:pass"}
            and after.tokens[c].lemma in words.work_reference_nouns | words.project_pronouns
            for c in children
        )
        contracted = any(
            after.tokens[c].lemma in words.contractor_nouns
            and after.tokens[c].feats.get("Case") == "Ins"
            for c in children
        )
        if not (conducted or contracted):
            continue
        subjects = [
            i for c in children if after.tokens[c].relation == "nsubj" for i in after.subtree(c)
        ]
        found = after.mentions_in(subjects, set(words.runner_types))
        if found:
            return found
    return []


def _hosting(view: SentenceView, place: Mention, words: InitiativeWords) -> bool:
    """A place named after a place preposition ("В Калуге …"), not one naming a street."""
    text = view.document.document.text[: place.start].rstrip().rsplit(None, 1)
    return bool(text) and text[-1].lower() in words.place_prepositions


def city_government(view: SentenceView, subject: int, words: InitiativeWords) -> list[Mention]:
    """ "Мэрия сформировала бригаду": the mayor's office the report introduced by that noun
    ("Мэрия Ульяновска"), else the government of the city where the report takes place
    ("В Ярославле …"), not the latest organisation named (a contractor)."""
    token = view.tokens[subject]
    if token.lemma not in words.city_government_nouns or view.mentions_in(view.subtree(subject)):
        return []
    meant = organisation_meant(
        view.document, token.lemma, token.start, words.runner_types, INTRODUCED_LOOK_BACK
    )
    if meant is None:
        meant = organisation_meant(
            view.document, "город", token.start, PLACE_TYPES, LOOK_BACK,
            any_named_back=INTRODUCED_LOOK_BACK, keep=lambda place: _hosting(view, place, words),
        )  # fmt: skip
    return [meant] if meant is not None else []


def budget_owner(view: SentenceView, words: InitiativeWords) -> list[Mention]:
    """ "Из областного бюджета выделено 600 млн рублей": the region (city, territory) the
    report named before, whose budget the money comes from, runs the work."""
    for index, token in enumerate(view.tokens):
        if token.lemma not in words.budget_nouns:
            continue
        for child in view.children(index):
            noun = words.territory_adjectives.get(view.tokens[child].lemma)
            if noun is None:
                continue
            # only a place the report introduced by that noun ("Ульяновская область"):
            # the latest place named may be a district or a site
            meant = organisation_meant(
                view.document, noun, view.tokens[child].start, PLACE_TYPES,
                INTRODUCED_LOOK_BACK,
            )  # fmt: skip
            return [meant] if meant is not None else []
    return []


def _side_country(view: SentenceView, side: int) -> Mention | None:
    """ "российская сторона": the country its adjective is made from, as the report named
    it before ("Россия и Монголия договорились …")."""
    for child in view.children(side):
        if view.tokens[child].relation != "amod":
            continue
        place = place_of_adjective(view.tokens[child].lemma)
        if place is None:
            continue
        named = named_before(view.document, view.tokens[side].start, PLACE_TYPES, 10)
        for mention in reversed(named):
            if mention.normal.lower() == place.lower():
                return mention
    return None


def _antecedent_runners(view: SentenceView, pronoun: int, words: InitiativeWords) -> list[Mention]:
    """ "компании «X», которая объявила …": the organisation named right before the
    relative pronoun's comma, or the one a common noun there stands for."""
    position = pronoun - 1
    if position < 0 or view.tokens[position].text != ",":
        return []
    position -= 1
    while position >= 0 and view.tokens[position].text in words.quotes | words.closing_quotes:
        position -= 1
    if position < 0:
        return []
    mention = view.mention_at(position)
    if mention is not None:
        return [mention] if mention.type in words.runner_types else []
    return standing_for(view, position, words)


def _subject_runners(view: SentenceView, subject: int, words: InitiativeWords) -> list[Mention]:
    """Who a clause's subject names: an organisation, a person or place, or the
    organisation a common noun or a relative pronoun stands for."""
    if view.tokens[subject].lemma in words.relative_pronouns:
        return _antecedent_runners(view, subject, words)
    types = set(words.runner_types) | set(words.subject_runner_types)
    return (
        view.mentions_in(view.subtree(subject), types)
        or city_government(view, subject, words)
        or standing_for(view, subject, words)
        or government_of_place(view, subject, words)
    )


def clause_runners(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> list[Mention]:
    """Who runs a project stated in passing: the organisation that is the subject of the
    nearest predicate above the launch ("компания намерена приступить к возведению депо",
    "стороны создадут предприятие, а также откроют центр", "компания, которая объявила о
    планах построить центр"); where the launch's clause has no subject, the organisation
    that is the subject of the clause before it, joined by "и" or a comma ("X не
    откажется от проектов, и продолжится строительство обхода"). A person or a place
    there speaks or hosts: only the launching verb's own subject runs as one."""
    own = {index, launcher}
    if (
        launcher + 1 < len(view.tokens)
        and view.tokens[launcher + 1].lemma in words.relative_pronouns
    ):  # "ГЭС, к строительству которой X и Y намерены приступить": the relative clause's
        clause = []  # names, however the parser hung them
        for position in range(launcher + 2, len(view.tokens)):
            if view.tokens[position].text in {",", ";", ":"}:
                break
            clause.append(position)
        found = view.mentions_in(clause, set(words.runner_types))
        if found:
            return found
    chain = [launcher, *governors(view, launcher, 3)]
    for predicate in chain:
        subjects = [
            c for c in view.children(predicate)
            if view.tokens[c].relation.startswith("nsubj") and c not in own
            and not is_project(view, c, words)
        ]  # fmt: skip
        if subjects:  # a person or place above the launch speaks or hosts; runs nothing
            found = _subject_runners(view, subjects[0], words)
            return [m for m in found if m.type in words.runner_types]
    top = chain[-1]
    if view.tokens[top].head >= 0:
        return []  # the chain was cut short of the clause's root
    roots = [i for i, token in enumerate(view.tokens) if token.head < 0 and i < top]
    if not roots or not any(
        view.tokens[i].lemma in words.clause_joiners for i in range(roots[-1] + 1, min(own))
    ):
        return []
    subjects = [c for c in view.children(roots[-1]) if view.tokens[c].relation == "nsubj"]
    if not subjects:
        return []
    found = _subject_runners(view, subjects[0], words)
    return [m for m in found if m.type in words.runner_types]


def frame_runners(view: SentenceView, words: InitiativeWords) -> list[Mention]:
    """ "В рамках программы будут проложены газопроводы" after "Область и компания X
    утвердили программу": who adopted or launched the framing programme (the subject of
    the verb whose object it was, a few sentences back) runs the works done within it."""
    framed = [
        i for i, token in enumerate(view.tokens)
        if token.pos == "NOUN" and token.lemma not in words.frame_nouns
        and framing_noun(view, i, words)
    ]  # fmt: skip
    if not framed:
        return []
    lemma = view.tokens[framed[0]].lemma
    for earlier in view.views_before(INTRODUCED_LOOK_BACK):
        for token in earlier.tokens:
            if token.lemma != lemma or token.relation != "obj":
                continue
            verb = token.head
            subjects = earlier.subjects(verb)
            found: list[Mention] = []
            for subject in subjects:
                nouns = [subject] + [
                    c for c in earlier.children(subject) if earlier.tokens[c].relation == "conj"
                ]
                for noun in nouns:
                    named = earlier.mentions_in(
                        [noun, *(c for c in earlier.children(noun)
                                 if earlier.tokens[c].relation in {"appos", "flat:name"})],
                        set(words.runner_types),
                    ) or _subject_runners(earlier, noun, words)  # fmt: skip
                    found.extend(m for m in named if m not in found)
            if found:
                return found
    return []


def _sides_of_document(view: SentenceView, words: InitiativeWords) -> list[Mention]:
    """ "стороны создадут предприятие": the organisations or states that signed the
    latest document the report named signed, in the sentences before."""
    for earlier in view.views_before(INTRODUCED_LOOK_BACK):
        for i in range(len(earlier.tokens) - 1, -1, -1):
            if earlier.tokens[i].lemma in words.document_nouns:
                # people who signed stand for their organisations, named elsewhere
                signers = [m for m in document_signers(earlier, i, words) if m.type != "PER"]
                if len(signers) >= 2:
                    return signers
    return []
