"""The other side: companions met "с X", wherever the parser hung them.

"с X" hangs on the meeting word in a clean parse; these readings find it hung on what
was exchanged ("обменялся мнениями с Y"), on a generic topic ("обсудил ряд вопросов с
Y"), on nothing at all, or written as a pronoun ("встретился с ним"). A companion that
is a body of people stands for its organisation, one described but not named
("представители бизнеса") stays a side without an entity.
"""

from __future__ import annotations

from concord.claim import Argument, Mention
from concord.extract.meeting.delegations import led_by_someone
from concord.extract.meeting.pronouns import referred_person
from concord.extract.meeting.reading import (
    ANAPHORA_WINDOW,
    CLAUSES,
    PARTICIPANT_TYPES,
    Sides,
    contiguous,
)
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView, gender_fits, named_before


def described_sides(view: SentenceView, sides: Sides) -> list[Argument]:
    """A side named by what it is, not who ("встретился с представителями британского
    бизнеса"): kept as a participant without an entity, so that this meeting is not taken
    for one with a named person."""
    described = []
    for companion in sides.companions:
        if view.tokens[companion].feats.get("Animacy") != "Anim":
            continue  # "с места событий" is where a correspondent speaks from, not a side
        phrase = [
            i
            for i in view.subtree(companion, CLAUSES)
            if view.tokens[i].pos in {"NOUN", "ADJ", "PROPN"} and i >= companion
        ]
        start = view.tokens[companion].start
        if any(m.start <= start < m.end for m in sides.mentions):
            continue  # meeting32: a post that found its holder ("с турецким президентом")
        if phrase and not view.mentions_in(view.subtree(companion, CLAUSES)):
            value, span = view.phrase(contiguous(phrase, companion))
            described.append(Argument("participants", value, span))
    return described


def companion_pronouns(view: SentenceView, sides: Sides, words: MeetingWords) -> list[Mention]:
    """ "X прибыл в Лиму. Y встретился с ним": a third-person pronoun as the companion stands
    for the person named last before it whose gender agrees, other than a side already
    found (the subject is not met "с ним"); nobody when the nearest such is a side."""
    found = []
    for companion in sides.companions:
        token = view.tokens[companion]
        singular = token.feats.get("Number") == "Sing" and token.feats.get("Person") == "3"
        if token.pos != "PRON" or not (  # "ним" may be lemmatised as "они"
            token.lemma in words.referring_pronouns
            or (singular and token.lemma in words.plural_pronouns)
        ):
            continue
        if token.feats.get("Number") == "Plur" or view.mentions_in(
            view.subtree(companion, CLAUSES), PARTICIPANT_TYPES
        ):
            continue
        noun = _animate_noun_before(view, companion)
        if noun is not None:  # "доволен знакомством с американским коллегой и ждёт встречи
            referred = referred_person(view, noun, words)  # с ним": "ним" is the colleague
            if referred is not None and referred not in sides.mentions:
                found.append(referred)
            continue
        gender = token.feats.get("Gender", "")
        own = {m.entity for m in sides.mentions if m.entity >= 0} | {
            id(m) for m in sides.mentions if m.entity < 0
        }
        document = view.document
        for mention in reversed(named_before(document, token.start, {"PER"}, ANAPHORA_WINDOW)):
            if not gender_fits(document, mention, gender):
                continue
            if mention.entity in own or id(mention) in own:
                if mention.start >= view.sentence.start:
                    continue  # "Вечером Y встретился с ним": Y's own name is no antecedent
                break  # the nearest agreeing person is a side already: no one else is meant
            found.append(mention)
            break
    return found


def _animate_noun_before(view: SentenceView, pronoun: int) -> int | None:
    """The last singular animate common noun before a pronoun in its sentence, outside any
    name ("с директором завода … с ним"): the nearer antecedent than a person named before."""
    token = view.tokens[pronoun]
    named = [m for m in view.document.mentions if view.sentence.start <= m.start < token.start]
    for index in range(pronoun - 1, -1, -1):
        candidate = view.tokens[index]
        if (
            candidate.pos == "NOUN"
            and candidate.feats.get("Animacy") == "Anim"
            and candidate.feats.get("Number") == "Sing"
            and not any(m.start <= candidate.start < m.end for m in named)
        ):  # a post with its holder's name ("губернатор области X") leaves it to the name
            holders = view.mentions_in(view.subtree(index, CLAUSES), {"PER"})
            return None if holders else index
    return None


def collective_companions(view: SentenceView, sides: Sides, words: MeetingWords) -> list[Mention]:
    """ "X встретился с руководством компании «Y»": a companion that is a body of people
    (management, a delegation, representatives) with no person named in it stands for its
    organisation, which stays a side beside the people."""
    kept: list[Mention] = []
    for companion in sides.companions:
        if view.tokens[companion].lemma not in words.collective_nouns:
            continue
        found = view.mentions_in(view.subtree(companion, CLAUSES), PARTICIPANT_TYPES)
        if any(m.type == "PER" for m in found) or led_by_someone(view, companion, words):
            continue  # "с делегацией «Y» во главе с Z": Z is that side
        kept.extend(m for m in found if m.type == "ORG" and m not in kept)
    return kept


def exchanged_with(view: SentenceView, verb: int, words: MeetingWords) -> list[int]:
    """ "X обменялся мнениями с Y": the parser hangs "с Y" on the instrumental of what was
    exchanged. Only there: "обсудил ситуацию с Y" names a topic, not a companion."""
    if view.tokens[verb].lemma not in words.discussion_verbs:
        return []
    return [
        companion
        for child in view.children(verb)
        if view.tokens[child].relation in {"obl", "iobj", "obj"} and not view.preposition(child)
        and view.tokens[child].feats.get("Case") == "Ins"
        for companion in view.children(child)
        if view.tokens[companion].relation == "nmod"
        and view.preposition(companion) in words.companion_prepositions
    ]  # fmt: skip


def companions_on_topics(view: SentenceView, verb: int, words: MeetingWords) -> list[int]:
    """ "X обсудил ряд вопросов (развития туризма) с директором Y": the parser hangs "с Y"
    on the generic topic discussed or on its genitives, where it can only be the one
    discussed with, when it names a person. A topic of substance keeps its "с": "обсудил
    ситуацию с беженцами" is about them."""
    if view.tokens[verb].lemma not in words.discussion_verbs:
        return []
    topics = [
        c for c in view.children(verb)
        if view.tokens[c].relation == "obj" and view.tokens[c].lemma in words.topic_nouns
    ]  # fmt: skip
    seen = set(topics)
    found = []
    while topics:
        topic = topics.pop()
        for child in view.children(topic):
            if child in seen or view.tokens[child].relation != "nmod":
                continue
            seen.add(child)
            if view.preposition(child) in words.companion_prepositions:
                if view.mentions_in(view.subtree(child, CLAUSES), {"PER"}):
                    found.append(child)
            elif not view.preposition(child) and view.in_case(child, "Gen"):
                topics.append(child)  # "ряд вопросов развития туризма с Y": down the genitives
    return found


def companions_on_modifier(view: SentenceView, verb: int, words: MeetingWords) -> list[int]:
    """ "spoke by phone with Y": the parser hangs "with Y" on the modifier that makes the
    verb a meeting ("phone"), where it can only be whom one spoke with."""
    modifiers = words.qualified_verbs.get(view.tokens[verb].lemma, frozenset())
    return [
        companion
        for child in view.children(verb)
        if view.tokens[child].lemma in modifiers
        for companion in view.children(child)
        if view.tokens[companion].relation == "nmod"
        and view.preposition(companion) in words.companion_prepositions
    ]


def loose_companions(view: SentenceView, verb: int, words: MeetingWords) -> list[int]:
    """ "X переговорил также с Y" parsed with "с Y" hanging on itself: a companion the parser
    attached to nothing belongs to the verb before it, when no other verb is between."""
    found = []
    for index in range(verb + 1, len(view.tokens)):
        token = view.tokens[index]
        if token.pos in {"VERB", "AUX"}:
            break
        if token.head == index and view.preposition(index) in words.companion_prepositions:
            found.append(index)
    return found


def companions_in_turn(view: SentenceView, verb: int, words: MeetingWords) -> list[int]:
    """ "held talks with A, followed by B and C", "will meet A, followed by B": the agent of
    a sequel verb hanging on the meeting's word, or up to two words below it (the parser
    hangs it on "talks" or on the first companion, "A"), names the next companions in a
    round."""
    below = view.children(verb)
    holders = {verb, *below, *(g for c in below for g in view.children(c))}
    return sorted(
        {
            agent
            for holder in holders
            for clause in view.children(holder)
            if view.tokens[clause].lemma in words.sequel_verbs
            and view.tokens[clause].relation in {"advcl", "acl"}
            for agent in view.children(clause)
            if view.tokens[agent].relation == "obl:agent"
        }
    )
