"""Whom a third-person pronoun in direct speech can stand for.

"«Он уже встретился с Y», — сообщил Z": the one quoted would call himself "я", so a "он"
in his own words names someone else. Read as an ordinary pronoun, it goes to the last
subject before it, and in a press secretary's quote that is often the press secretary
himself ("..., сообщил пресс-секретарь Z. «Он встретился …»"). The speakers are the named
subjects of the sentence's speech verbs; a referent found among them gives way to the one
found before it.
"""

from __future__ import annotations

from collections.abc import Callable

from concord.claim import Mention
from concord.extract.sentence_view import SentenceView

_NAME_PARTS = frozenset({"flat:name", "flat", "conj", "appos"})
_MOST_SKIPPED = 2  # a quote has one speaker, at most two named in a row ("X и Y сообщили")


def quote_speakers(view: SentenceView, speech_verbs: frozenset[str]) -> set[int]:
    """Entities of the people the sentence says speak: named subjects of its speech verbs
    ("— сообщил Z", "Z сказал: «…»")."""
    speakers: set[int] = set()
    for index, token in enumerate(view.tokens):
        if token.lemma not in speech_verbs:
            continue
        for subject in view.subjects(index):
            reach = [subject] + [
                c for c in view.children(subject) if view.tokens[c].relation in _NAME_PARTS
            ]
            speakers |= {
                m.entity for m in view.mentions_in(reach, {"PER"}) if m.entity is not None
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
