"""Where a name stands in the tree: the word its phrase hangs by, and the name types a side may be.

Every filter of the package asks these before it walks up from a name, so they live
apart from any one filter.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.sentence_view import SentenceView

PARTICIPANT_TYPES = {"PER", "ORG", "LOCORG", "LOC"}


PLACE_TYPES = {"LOC", "LOCORG"}


def root_of(view: SentenceView, mention: Mention) -> int | None:
    own = view.token_indices(mention.start, mention.end)
    return next((i for i in own if view.tokens[i].head not in own), None)
