"""A group met with nobody named, its people told in the sentences after.

Reports often name a meeting's other side only as a group ("встретился с делегацией
района", "с руководством компании") and give its people in the next sentences: the
group's leader ("Делегация под руководством X прибыла …", "Возглавлял её X") or one of
its people speaking at the meeting ("В частности, директор X проинформировал о …").
Those people are that meeting's sides. `group_met` and `leaders_told` read one sentence
each; `extract_document` pairs them over the report.
"""

from __future__ import annotations

from dataclasses import dataclass

from concord.claim import Argument, Mention
from concord.extract.meeting.delegations import delegation_leader, leaders_after
from concord.extract.meeting.reading import name_reach
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView

GROUP_REACH = 2  # how many sentences after the meeting its group's leader may be told
# how far after a meeting with a group the thanks for it may come: past a quote or two
THANKS_REACH = 4
_HEAD_STEPS = 2  # how far up from the group noun the meeting word may be


def group_met(view: SentenceView, words: MeetingWords) -> bool:
    """Whether the sentence names a meeting with a group and none of its people: "с
    делегацией района", "с руководством компании" under a meeting word."""
    groups = words.delegation_nouns | words.collective_nouns
    meeting_words = words.strong_nouns | words.verbs
    for index, token in enumerate(view.tokens):
        if token.lemma not in groups:
            continue
        if view.preposition(index) not in words.companion_prepositions and not _met_directly(
            view, index, words
        ):
            continue
        if view.mentions_in(view.subtree(index), {"PER"}):
            continue
        heads = list(view.ancestors(index))[:_HEAD_STEPS]
        if any(
            view.tokens[head].lemma in meeting_words or _holds_meeting(view, head, words)
            for head in heads
        ):
            return True
    return False


def _met_directly(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """ "met a delegation of investors": the group as a meeting verb's object."""
    token = view.tokens[index]
    return token.relation == "obj" and view.tokens[token.head].lemma in words.verbs


def _holds_meeting(view: SentenceView, verb: int, words: MeetingWords) -> bool:
    """ "held a meeting with a delegation": the parser hangs the group on the light verb
    whose object is the meeting noun."""
    return view.tokens[verb].lemma in words.light_verbs and any(
        view.tokens[c].relation == "obj" and view.tokens[c].lemma in words.strong_nouns
        for c in view.children(verb)
    )


@dataclass(frozen=True)
class Organisation:
    """An organisation as a side's genitive names it: its capitalised words ("Винницкой
    ОГА" → винницкий, ога) and the organisation entities named in it."""

    words: frozenset[str]
    entities: frozenset[int]

    def same_as(self, other: Organisation) -> bool:
        """Named alike: a shared organisation entity, or all of this one's capitalised
        words in the other's ("завода «Прогресс»" in "завода «Прогресс» в Твери")."""
        if self.entities & other.entities:
            return True
        return bool(self.words) and self.words <= other.words


def organisations_met(view: SentenceView, words: MeetingWords) -> list[Organisation]:
    """The organisations a meeting's other side belongs to, given only by a post or a
    group with no person named: "встреча с главой Винницкой ОГА", "встретился с
    руководством банка «Россия»"."""
    groups = words.delegation_nouns | words.collective_nouns
    meeting_words = words.strong_nouns | words.verbs
    found: list[Organisation] = []
    for index, token in enumerate(view.tokens):
        if token.pos != "NOUN" or view.preposition(index) not in words.companion_prepositions:
            continue
        if token.lemma not in groups and token.feats.get("Animacy") != "Anim":
            continue  # a post or a body of people, not a topic ("с ремонтом дорог")
        if view.mentions_in(view.subtree(index), {"PER"}):
            continue
        heads = list(view.ancestors(index))[:_HEAD_STEPS]
        if not any(view.tokens[head].lemma in meeting_words for head in heads):
            continue
        organisation = _organisation_of(view, index)
        if organisation.words or organisation.entities:
            found.append(organisation)
    return found


def organisation_people(
    view: SentenceView, organisations: list[Organisation]
) -> list[Mention]:
    """The people a sentence names with a post of one of `organisations`: "председатель
    Винницкой ОГА Сергей Борзов", "приехал председатель правления банка «Россия» Y"."""
    found: list[Mention] = []
    for mention in view.mentions_in(range(len(view.tokens)), {"PER"}):
        first = view.token_indices(mention.start, mention.end)[0]
        post = view.tokens[first].head
        if view.tokens[first].relation != "appos" or not 0 <= post < len(view.tokens):
            continue
        if view.tokens[post].pos != "NOUN":
            continue
        own = _organisation_of(view, post)
        if any(organisation.same_as(own) for organisation in organisations):
            found.append(mention)
    return found


def _organisation_of(view: SentenceView, noun: int) -> Organisation:
    """The organisation a post or group noun's genitive names."""
    indices = [
        i
        for child in view.children(noun)
        if view.tokens[child].relation == "nmod" and not view.preposition(child)
        for i in view.subtree(child)
    ]
    capitalised = frozenset(
        view.tokens[i].lemma for i in indices if i > 0 and view.tokens[i].text[:1].isupper()
    )
    entities = frozenset(
        m.entity for m in view.mentions_in(indices, {"ORG"}) if m.entity is not None
    )
    return Organisation(capitalised, entities)


def leaders_told(view: SentenceView, words: MeetingWords) -> list[Mention]:
    """The people a sentence names as a delegation's leader: after a leader phrase
    ("делегация под руководством X") or as the subject of a lead verb whose object is the
    delegation or a pronoun standing for it ("Возглавлял её X")."""
    found: list[Mention] = []
    for index, token in enumerate(view.tokens):
        if token.lemma in words.delegation_nouns:
            found.extend(m for m in leaders_after(view, index, words) if m not in found)
            if index > 0:  # "Led by X, the delegation …": the phrase opens the sentence
                found.extend(m for m in leaders_after(view, -1, words) if m not in found)
        elif token.lemma in words.lead_verbs and _leads_group(view, index, words):
            for subject in view.subjects(index):
                found.extend(
                    m for m in view.mentions_in(name_reach(view, subject), {"PER"})
                    if m not in found
                )  # fmt: skip
    return found


def group_subjects(view: SentenceView, verb: int, words: MeetingWords) -> list[Argument]:
    """ "обсудили президент X и делегация из Y": a delegation or a body of people among a
    discussion's subjects, with no person named in it or leading it, is a side described,
    not named."""
    groups = words.delegation_nouns | words.collective_nouns
    found: list[Argument] = []
    for subject in view.subjects(verb):
        for index in [subject, *view.children(subject)]:
            token = view.tokens[index]
            if index != subject and token.relation != "conj":
                continue
            if token.lemma not in groups or view.mentions_in(view.subtree(index), {"PER"}):
                continue
            if token.lemma in words.delegation_nouns and delegation_leader(view, index, words):
                continue  # "делегация обсудит …": its leader, named before, is the side
            phrase = [
                i for i in view.subtree(index)
                if i >= index and view.tokens[i].relation not in {"cc", "punct"}
            ]  # fmt: skip
            value, span = view.phrase(phrase)
            found.append(Argument("participants", value, span))
    return found


def thankers(view: SentenceView, words: MeetingWords) -> list[Mention]:
    """ "X поблагодарил за тёплый приём", "поблагодарила гостя X": who thanks for a visit
    or thanks the guest was at the meeting with them."""
    found: list[Mention] = []
    for index, token in enumerate(view.tokens):
        if token.lemma not in words.thanking_verbs:
            continue
        if not any(_visit_thanked(view, c, words) for c in view.children(index)):
            continue
        for subject in view.subjects(index):
            found.extend(
                m for m in view.mentions_in(name_reach(view, subject), {"PER"}) if m not in found
            )
    return found


def _visit_thanked(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """The guest thanked ("гостя", no person named) or the reception ("за приём")."""
    token = view.tokens[index]
    if view.mentions_in(view.subtree(index), {"PER"}):
        return False
    if token.lemma in words.guest_nouns and token.relation == "obj":
        return True
    return token.lemma in words.reception_nouns and bool(view.preposition(index))


def _leads_group(view: SentenceView, verb: int, words: MeetingWords) -> bool:
    """A lead verb's object is a delegation noun or a personal pronoun ("возглавлял её")."""
    return any(
        view.tokens[c].relation == "obj"
        and (view.tokens[c].lemma in words.delegation_nouns or view.tokens[c].pos == "PRON")
        for c in view.children(verb)
    )


def refers_back(view: SentenceView, words: MeetingWords) -> bool:
    """Whether the sentence holds a meeting noun with nothing of its own ("в ходе
    встречи", "на встрече"): it speaks of the meeting just named."""
    return any(
        token.lemma in words.strong_nouns
        and all(
            view.tokens[c].relation in {"case", "punct", "det", "amod"}
            for c in view.children(index)
        )
        for index, token in enumerate(view.tokens)
    )


def detail_speakers(view: SentenceView, words: MeetingWords) -> list[Mention]:
    """ "В частности, директор X проинформировал о …": a sentence opening with a detail
    marker, whose main verb has a named subject and reports no "что"-clause, tells who
    spoke at the meeting of the sentence before."""
    if not _opens_with_detail(view, words):
        return []
    roots = [i for i, t in enumerate(view.tokens) if t.relation == "root" and t.pos == "VERB"]
    found: list[Mention] = []
    for root in roots:
        if any(
            view.tokens[c].relation in {"ccomp", "parataxis"} and view.tokens[c].pos == "VERB"
            for c in view.children(root)
        ):
            continue  # "В частности, X сообщил, что …": a report of it, not a part in it
        for subject in view.subjects(root):
            found.extend(
                m for m in view.mentions_in(name_reach(view, subject), {"PER"})
                if not view.preposition(view.token_indices(m.start, m.end)[0])
            )  # fmt: skip
    return found


_DETAIL_REACH = 3  # a detail marker comes first, after at most "Так," before it


def _opens_with_detail(view: SentenceView, words: MeetingWords) -> bool:
    """Whether one of the sentence's first words starts a detail marker ("в частности")."""
    texts = [token.text.lower() for token in view.tokens]
    return any(
        tuple(texts[start : start + len(marker)]) == marker
        for marker in words.detail_markers
        for start in range(min(_DETAIL_REACH, len(texts)))
    )


def joined(arguments: list[Argument], view: SentenceView, people: list[Mention]) -> list[Argument]:
    """The arguments with the people they lack added as participants."""
    present = {a.entity for a in arguments if a.role == "participants"}
    return arguments + [
        view.entity_argument("participants", m) for m in people if m.entity not in present
    ]

