"""The actor a report follows, and the person named last in a role.

A subject pronoun or a verb without a subject goes on with the subject named before
("X встретился с Y. Затем он …" is X), unless that subject only acted on the report's
topic ("X прибыл в Каир. Его принял Y. Затем он …" is X again); an object pronoun goes
on with the guest named before. The role of a name is read through its name parts
(and the post it stands in apposition to) up to the clause.
"""

from __future__ import annotations

from collections.abc import Callable

from concord.analysis import AnalysedDocument, Sentence, Token
from concord.claim import Mention
from concord.extract.meeting.introduced import national_object_before
from concord.extract.meeting.reading import ACTOR_WINDOW, ANAPHORA_WINDOW, NAME_PARTS
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import (
    SentenceView,
    clause_word,
    first_word_of,
    gender_fits,
    named_before,
)


def actor_before(
    view: SentenceView, offset: int, gender: str, depth: int = 0
) -> Mention | None:
    """ "X встретился с Y. Затем он провёл встречу с Z": a subject pronoun, or a verb with
    no subject, goes on with the subject before (X), not with the last person named (Y).
    But the report's topic outranks a subject that only acted on it: "X прибыл в Каир. Его
    принял Y. Затем он встретился с Z" — the object pronoun (or bare post) of Y's clause
    carries X on, so "он" is X (the centre a report keeps, as centering theory puts it)."""
    subject = last_subject_before(view, offset, gender, ANAPHORA_WINDOW)
    if subject is None:
        return last_person_before(view, offset, gender)
    carried = _object_carried_on(view.document, subject, gender)
    if carried is not None and depth < 2:
        topic = actor_before(view, carried, gender, depth + 1)
        if topic is not None and topic.entity != subject.entity:
            return topic
    return subject


def _object_carried_on(document: AnalysedDocument, subject: Mention, gender: str) -> int | None:
    """The start of the sentence where `subject` acted on an unnamed person of `gender`:
    its verb's direct object is a third-person pronoun ("Его принял Y") or an animate noun
    with no name in it ("норвежского министра принял Y"). None when it did not."""
    role = _clause_role(document, subject)
    if role is None:
        return None
    sentence, index = role
    verb = sentence.tokens[index].head
    for position, token in enumerate(sentence.tokens):
        if token.head != verb or token.relation != "obj" or position == index:
            continue
        if _has_case(sentence.tokens, position):
            continue
        phrase = {position}
        for later, other in enumerate(sentence.tokens):  # the noun's own name parts
            if other.head in phrase and other.relation in NAME_PARTS | {"nmod"}:
                phrase.add(later)
        named = any(
            m.type == "PER" and sentence.start <= m.start < sentence.end
            and phrase & set(sentence.token_indices(m.start, m.end))
            for m in document.mentions
        )  # fmt: skip
        own_gender = token.feats.get("Gender", "")
        agrees = not gender or not own_gender or own_gender == gender
        if token.pos == "PRON" and token.feats.get("Person", "3") == "3" and agrees:
            return sentence.start
        if token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" and not named and agrees:
            return sentence.start
    return None


def last_subject_before(
    view: SentenceView, offset: int, gender: str, window: int = ACTOR_WINDOW
) -> Mention | None:
    """The person last named before as the subject of a sentence (with the name in
    apposition to its post), of the agreeing gender: the actor a report follows."""
    return last_person_before(view, offset, gender, window, _named_as_subject)


def last_object_before(
    view: SentenceView, offset: int, gender: str, words: MeetingWords
) -> Mention | None:
    """ "Милея принял папа Франциск. Затем его принял кардинал Y": an object pronoun
    stands for the person last named as an object (the guest before), not for the host
    named after that guest. A guest is told by its role, so it may reach a sentence
    further back."""
    found = last_person_before(view, offset, gender, ANAPHORA_WINDOW + 1, _named_as_object)
    guest = national_object_before(view, offset, words, found.end if found else -1)
    return guest or found


def last_person_before(
    view: SentenceView,
    offset: int,
    gender: str,
    window: int = ANAPHORA_WINDOW,
    named_as: Callable[[AnalysedDocument, Mention], bool] | None = None,
) -> Mention | None:
    """The person named last before `offset` (in its sentence and the `window` before)
    whose gender agrees, and named in the role `named_as` tests (a subject, an object)."""
    document = view.document
    for mention in reversed(named_before(document, offset, {"PER"}, window)):
        if gender_fits(document, mention, gender) and (
            named_as is None or named_as(document, mention)
        ):
            return mention
    return None


def _clause_role(document: AnalysedDocument, mention: Mention) -> tuple[Sentence, int] | None:
    """The sentence and the token through which a name (or the post it stands in apposition
    to) takes its place in the clause: climbing the name's own parts to the first other
    relation."""
    found = first_word_of(document, mention)
    if found is None:
        return None
    sentence, first = found
    index = clause_word(sentence.tokens, first, NAME_PARTS)
    return None if index is None else (sentence, index)


def _named_as_subject(document: AnalysedDocument, mention: Mention) -> bool:
    """Whether the name (or its post) is a verb's subject."""
    role = _clause_role(document, mention)
    return role is not None and role[0].tokens[role[1]].relation.startswith("nsubj")


def _named_as_object(document: AnalysedDocument, mention: Mention) -> bool:
    """Whether the name (or its post) is a verb's direct object, with no preposition (an
    animate accusative may be tagged genitive)."""
    role = _clause_role(document, mention)
    if role is None:
        return False
    sentence, index = role
    return sentence.tokens[index].relation == "obj" and not _has_case(sentence.tokens, index)


def _has_case(tokens: list[Token], index: int) -> bool:
    """Whether a word has a preposition (a "case" dependent) of its own."""
    return any(token.relation == "case" and token.head == index for token in tokens)
