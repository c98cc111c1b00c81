"""Direct speech: whether a word is quoted, and whom a pronoun in it can stand for.

Inside quotation marks, or in a paragraph opening with a dash, a speaker talks of
himself as "я": a meeting "мы с X провели" is the speaker's, not the report's
protagonist's, and a "он" in the quote names someone other than the one quoted
("«Он встретился с Y», — сообщил Z"). The speakers are the named subjects of the
sentence's speech verbs; a referent found among them gives way to the one before it.
"""

from __future__ import annotations

from collections.abc import Callable

from concord.claim import Mention
from concord.extract.meeting.reading import name_reach
from concord.extract.meeting.words import MeetingWords
from concord.extract.quotation import quotes_open
from concord.extract.sentence_view import SentenceView

_DASHES = "—–-"
_STRAIGHT_QUOTE = '"'
_MOST_SKIPPED = 2  # a quote has one speaker, at most two named in a row ("X и Y сообщили")


def in_direct_speech(view: SentenceView, index: int) -> bool:
    """Whether the token is direct speech: inside quotation marks opened earlier in its
    paragraph, or in a paragraph that opens with a dash. There the unnamed side ("мы с
    X провели беседу") is the speaker, not the report's protagonist."""
    text = view.document.document.text
    offset = view.tokens[index].start
    paragraph_start = text.rfind("\n", 0, offset) + 1
    before = text[paragraph_start:offset]
    if before.lstrip()[:1] in _DASHES:
        return True
    if quotes_open(before) or before.count(_STRAIGHT_QUOTE) % 2 == 1:
        return True  # a straight quote opens and closes alike: an odd count is still open
    paragraph_end = text.find("\n", offset)
    for character in text[offset : paragraph_end if paragraph_end >= 0 else len(text)]:
        if character == "«":
            return False
        if character == "»":
            return True  # a quote closing here opened in an earlier paragraph
    return False


def not_the_quoted(
    view: SentenceView, index: int, words: MeetingWords, before: Callable[[int], Mention | None]
) -> Mention | None:
    """The person `before` finds for the pronoun at `index`; in direct speech, not the one
    quoted ("«Он встретился с Y», — сообщил Z" is not Z's meeting)."""
    found = before(view.tokens[index].start)
    if found is None or not in_direct_speech(view, index):
        return found
    return besides_speakers(found, quote_speakers(view, words.speech_verbs), before)


def quote_speakers(view: SentenceView, speech_verbs: frozenset[str]) -> set[int]:
    """Entities of the people the sentence says speak: named subjects of its speech verbs
    ("— сообщил Z", "Z сказал: «…»")."""
    speakers: set[int] = set()
    for index, token in enumerate(view.tokens):
        if token.lemma not in speech_verbs:
            continue
        for subject in view.subjects(index):
            speakers |= {
                m.entity
                for m in view.mentions_in(name_reach(view, subject), {"PER"})
                if m.entity is not None
            }
    return speakers


def besides_speakers(
    found: Mention | None,
    speakers: set[int],
    earlier: Callable[[int], Mention | None],
) -> Mention | None:
    """`found`, unless it is one of the quote's `speakers`: then the person `earlier`
    finds before it, skipping speakers again. Nobody when only speakers are left."""
    for _ in range(_MOST_SKIPPED + 1):
        if found is None or found.entity not in speakers:
            return found
        found = earlier(found.start)
    return None
