"""Names of meeting formats and series: «Центральная Азия — Великобритания», "ЦА+UK",
"Центральная Азия плюс Великобритания" name one format by its sides. Outlets spell the
same format in these several ways; its sides, as canonical places, are what stay."""

from __future__ import annotations

import re
from functools import lru_cache

from concord.knowledge.gazetteer import canonical_place_in_any_case
from concord.knowledge.names import lemma_key

# What joins the sides of a format's name, in the languages Concord reads.
_JOINERS = re.compile(r"\s*(?:[—–+]|\s-\s|\bплюс\b|\bplus\b|\bи\b|\band\b)\s*", re.IGNORECASE)
_FILLER = re.compile(r"^(?:страны|стран|государства|государств|countries\s+of|the)\s+", re.IGNORECASE)


@lru_cache(maxsize=4096)
def format_sides(name: str) -> frozenset[str]:
    """The sides a format's name joins, each by its canonical place name when it is one
    ("ЦА" and "Центральной Азии" are "Центральная Азия"), else by its lemma key."""
    sides = set()
    for side in _JOINERS.split(name):
        side = _FILLER.sub("", side.strip(" «»\"“”()"))
        if side:
            sides.add(canonical_place_in_any_case(side) or lemma_key(side))
    return frozenset(sides)


def formats_agree(first: str, second: str) -> bool:
    """One format: the same sides, or one name listing only some of the other's."""
    mine, theirs = format_sides(first), format_sides(second)
    return len(mine) > 1 and len(theirs) > 1 and (mine <= theirs or theirs <= mine)
