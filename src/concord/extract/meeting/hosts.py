"""A host receiving a guest: "X принял Y".

A host verb is a meeting only with a person as its subject and one as its object. The
parser often hangs the guest elsewhere: on the place ("принял в Елисейском дворце Y"),
on a report brought ("примет с докладом губернатора X"), on a reflexive ("принял у себя
посла Y"), or the host is the passive's agent ("был принят королём Y"); these readings
find them.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.meeting.delegations import received_delegation_leader
from concord.extract.meeting.envoys import envoys_on_destinations
from concord.extract.meeting.post_holders import posts_or_holder
from concord.extract.meeting.pronouns import referred_person
from concord.extract.meeting.reading import CLAUSES
from concord.extract.meeting.subjects import subject_of_outer_clause
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView

# An animate guest's accusative is its genitive: the tagger reads either.
_OBJECT_CASES = {"Gen", "Acc"}


def host_and_guest(view: SentenceView, verb: int, words: MeetingWords) -> bool:
    """A host receives a guest: a person as the subject and one as the object ("принял
    участие", "принял решение" receive nobody)."""
    found = {"nsubj": False, "obj": False}
    for child in view.children(verb):
        relation = view.tokens[child].relation.split(":")[0]
        if relation in found and (not view.preposition(child) or _nominative_subject(view, child)):
            # the guest is the object itself ("принял министра X"), not a name inside a
            # thing received ("принял участие в концерте X")
            own = view.mention_at(child)
            person = (own is not None and own.type == "PER") or (
                relation == "obj"
                and (
                    view.tokens[child].feats.get("Animacy") == "Anim"
                    or view.tokens[child].lemma.lower() in words.person_nouns
                )
            )  # "received Ambassador Y": English marks no animacy, the post says it
            people = bool(view.mentions_in(view.subtree(child, CLAUSES), {"PER"}))
            if not people and referred_person(view, child, words, verb) is not None:
                people = person = True  # "где его принял Y"
            if not people and relation == "nsubj" and posts_or_holder(view, child, words):
                people = True  # "The President received Y": the post's one holder named before
            found[relation] = found[relation] or (people and (relation != "obj" or person))
    found["obj"] = found["obj"] or any(
        view.tokens[post].relation == "obj" for _, post in envoys_on_destinations(view, verb, words)
    )
    found["obj"] = found["obj"] or bool(guest_on_the_place(view, verb, words))
    found["obj"] = found["obj"] or bool(reported_guest(view, verb, words))
    found["obj"] = found["obj"] or bool(guest_under_reflexive(view, verb, words))
    found["obj"] = found["obj"] or bool(received_delegation_leader(view, verb, words))
    found["obj"] = found["obj"] or any(
        view.mentions_in(view.subtree(agent, CLAUSES), {"PER"})
        for agent in passive_hosts(view, verb, words)
    )
    found["nsubj"] = found["nsubj"] or bool(host_on_the_place(view, verb, words))
    if _participle_clause(view, verb):  # "Receiving X, President Y said …"
        found["nsubj"] = found["nsubj"] or bool(subject_of_outer_clause(view, verb))
    return all(found.values())


def _participle_clause(view: SentenceView, verb: int) -> bool:
    """ "Receiving X, President Y said …": a host verb in a participle clause without a
    subject of its own is done by the subject of the clause it modifies. Only this form:
    a coordinated "and welcomed the ambassador" leaves its guest to a pronoun's reading."""
    token = view.tokens[verb]
    return (
        token.relation == "advcl"
        and token.feats.get("VerbForm") in {"Part", "Ger"}
        and not view.subjects(verb)
    )


def _nominative_subject(view: SentenceView, child: int) -> bool:
    """A subject in the nominative keeps no preposition of its own: the parser hangs a
    leader phrase's "во" on it ("X принял делегацию во главе с Y")."""
    token = view.tokens[child]
    return token.relation == "nsubj" and token.feats.get("Case") == "Nom"


def passive_hosts(view: SentenceView, verb: int, words: MeetingWords) -> list[int]:
    """ "X был принят королём Y", "X был принят на аудиенции у Y": a host verb in the
    passive names its guest as the subject and its host as the agent or "у" + genitive."""
    children = view.children(verb)
    if not any(view.tokens[c].relation == "nsubj:pass" for c in children):
        return []
    return [
        c
        for c in children
        if view.tokens[c].relation == "obl:agent"
        or (
            view.tokens[c].relation == "obl"
            and view.preposition(c) in words.source_prepositions
            and view.tokens[c].feats.get("Case") == "Gen"
        )
    ]


def _guests_hung_on(view: SentenceView, verb: int, nouns: frozenset[str]) -> list[Mention]:
    """The people in the bare genitive of a verb's word from `nouns`: the parser hangs a
    guest there ("примет в Кремле с докладом губернатора X", "принял у себя посла Y"),
    where they are the host's guests."""
    guests: list[Mention] = []
    for child in view.children(verb):
        if view.tokens[child].lemma not in nouns:
            continue
        for below in view.children(child):
            if view.tokens[below].relation == "nmod" and not view.preposition(below):
                guests += view.mentions_in(view.subtree(below, CLAUSES), {"PER"})
    return guests


def reported_guest(view: SentenceView, verb: int, words: MeetingWords) -> list[Mention]:
    """ "примет в Кремле с докладом губернатора X": the person in the report's genitive."""
    return _guests_hung_on(view, verb, words.report_nouns)


def guest_under_reflexive(view: SentenceView, verb: int, words: MeetingWords) -> list[Mention]:
    """ "Мэр X принял у себя посла Y": a reflexive pronoun has no dependents of its own, so
    the genitive the parser gives it is the verb's guest."""
    return _guests_hung_on(view, verb, words.reflexive_pronouns)


def host_on_the_place(view: SentenceView, verb: int, words: MeetingWords) -> list[Mention]:
    """ "Вечером его принял в резиденции Z Y": a verb without a subject whose place holds a
    name in the nominative: that name is the host, not the guest."""
    if view.subjects(verb):
        return []
    return [
        mention
        for mention, name in _names_on_the_place(view, verb, words)
        if view.tokens[name].feats.get("Case") == "Nom"
    ]


def guest_on_the_place(view: SentenceView, verb: int, words: MeetingWords) -> list[Mention]:
    """ "X принял в Елисейском дворце Y": a person named right after the place, without a
    preposition of its own, that the parser hung on the place is the guest."""
    hosts = host_on_the_place(view, verb, words)
    return [m for m, _ in _names_on_the_place(view, verb, words) if m not in hosts]


def _names_on_the_place(
    view: SentenceView, verb: int, words: MeetingWords
) -> list[tuple[Mention, int]]:
    """People the parser hung on the verb's place by apposition ("в Акорде Y"), each with
    its token."""
    names = []
    for child in view.children(verb):
        if view.tokens[child].relation != "obl" or (
            view.preposition(child) not in words.place_prepositions
        ):
            continue
        for name in view.children(child):
            mention = view.mention_at(name)
            if (
                name > child
                and view.tokens[name].relation in {"nmod", "appos"}  # "в Акорде Y"
                and not view.preposition(name)
                and mention is not None
                and mention.type == "PER"
            ):
                names.append((mention, name))
        if not names and not any(view.tokens[c].relation == "obj" for c in view.children(verb)):
            names.extend(_post_in_genitives(view, child, words))
    return names


def _post_in_genitives(
    view: SentenceView, place: int, words: MeetingWords
) -> list[tuple[Mention, int]]:
    """ "принял в штаб-квартире банка министра X", "в резиденции в монастыре посла X": a
    host verb with no object of its own, whose place runs on through bare genitives (or a
    place inside it) to an animate post with a name in apposition: the parser hung the
    guest on the place's genitive."""
    current = place
    for _ in range(4):
        following = [
            c
            for c in view.children(current)
            if c > current and view.tokens[c].relation == "nmod"
            and view.preposition(c) in words.place_prepositions | {""}
        ]  # fmt: skip
        if not following:
            return []
        current = min(following, key=lambda c: (bool(view.preposition(c)), c))
        token = view.tokens[current]
        if token.pos == "NOUN" and token.feats.get("Animacy") == "Anim":
            for name in view.children(current):
                mention = view.mention_at(name)
                if view.tokens[name].relation == "appos" and mention and mention.type == "PER":
                    return [(mention, name)]
            return _name_after_post(view, current)
    return []


def _name_after_post(view: SentenceView, post: int) -> list[tuple[Mention, int]]:
    """ "посла Сербии в России Момчило Бабича" with the name hung elsewhere by the parser:
    the first person named after the post, in its case, with only the post's own noun
    phrase between."""
    cases = _OBJECT_CASES if view.tokens[post].feats.get("Case") in _OBJECT_CASES else set()
    for index in range(post + 1, len(view.tokens)):
        token = view.tokens[index]
        mention = view.mention_at(index)
        if mention is not None and mention.type == "PER":
            return [(mention, index)] if token.feats.get("Case") in cases else []
        if token.pos not in {"PROPN", "NOUN", "ADJ", "ADP", "DET"}:
            return []
    return []
