"""Where a name stands in the tree: the word its phrase hangs by, and the name types a side may be.

Every filter of the package asks these before it walks up from a name, so they live
apart from any one filter.
"""

from __future__ import annotations

from collections.abc import Iterator

from concord.claim import Mention
from concord.extract.sentence_view import SentenceView

PARTICIPANT_TYPES = {"PER", "ORG", "LOCORG", "LOC"}  # the name types a side may be
PLACE_TYPES = {"LOC", "LOCORG"}


def root_of(view: SentenceView, mention: Mention) -> int | None:
    """The name's word its phrase hangs by: the first of its words whose head lies outside it."""
    own = view.token_indices(mention.start, mention.end)
    return next((i for i in own if view.tokens[i].head not in own), None)


def up_to_anchors(view: SentenceView, start: int | None, anchors: list[int]) -> Iterator[int]:
    """`start` and the words above it, short of the trigger's anchors: the way from a name up
    to the deal. It stops at a word seen before, since a parse may hold a cycle."""
    seen: set[int] = set()
    current = start
    while (
        current is not None and 0 <= current < len(view.tokens)
        and current not in anchors and current not in seen
    ):  # fmt: skip
        seen.add(current)
        yield current
        head = view.tokens[current].head
        current = head if 0 <= head < len(view.tokens) else None


def lies_within(view: SentenceView, mention: Mention, words: set[int]) -> bool:
    """Whether all the name's words are among `words` (a complement, a subject)."""
    return set(view.token_indices(mention.start, mention.end)) <= words
