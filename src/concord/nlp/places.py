"""Adjectives made from place names ("российский", "британский", "подмосковный").

A post's holder is often placed by such an adjective ("подмосковный губернатор"); the
adjective is recognised by stripping its suffix and finding a geographical name
(pymorphy's Geox) that the stem begins.
"""

from __future__ import annotations

from functools import lru_cache

from concord.knowledge.morphology import analyser, parses

_SUFFIXES = ("анский", "янский", "енский", "инский", "ийский", "ский", "цкий", "ный")
_ENDINGS = ("ия", "я", "а", "", "ь", "е", "ье", "и", "о")


@lru_cache(maxsize=20_000)
def place_of_adjective(lemma: str) -> str | None:
    """The place a relative adjective is made from, or None."""
    for suffix in _SUFFIXES:
        if not lemma.endswith(suffix) or len(lemma) - len(suffix) < 3:
            continue
        stem = lemma[: -len(suffix)]
        for ending in _ENDINGS:
            word = stem + ending
            if not analyser().word_is_known(word):
                continue  # the guesser would invent a place for any stem
            for parse in parses(word):
                if "Geox" in parse.tag and parse.tag.case == "nomn":
                    return parse.normal_form
    return None
