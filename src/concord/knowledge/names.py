"""Comparable keys for names: case, ё, quotes and punctuation do not make two names differ."""

from __future__ import annotations

import re
from functools import lru_cache

from concord.knowledge.morphology import parses

_PUNCTUATION = re.compile(r"[«»\"'“”„()\[\],.;:!?]+")
_SPACE = re.compile(r"\s+")


def spelt_key(name: str) -> str:
    """The name key, not remembered: for one pass over a long list of names (GeoNames'
    half a million), which would only push the names of the news out of the cache."""
    text = name.lower().replace("ё", "е").replace("–", "-").replace("—", "-")
    return _SPACE.sub(" ", _PUNCTUATION.sub(" ", text)).strip()


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    return spelt_key(name)


def name_parts(name: str) -> list[str]:
    """Words of a person name without initials ("К. Жубанов" → ["жубанов"])."""
    return [part for part in re.split(r"[\s.]+", name_key(name)) if len(part) > 1]


# What a person is called by rank or courtesy, never a post and never part of the name:
# "лорд Джон Смит" is John Smith, "шейх Мухаммед" is Mohammed.
PERSON_TITLES = frozenset({
    "лорд", "леди", "сэр", "дама", "пэр", "принц", "принцесса", "барон", "баронесса", "граф",
    "графиня", "герцог", "герцогиня", "маркиз", "маркиза", "виконт", "виконтесса", "князь",
    "княгиня", "княжна", "шейх", "эрл", "мистер", "миссис", "мисс", "мадам", "месье",
})  # fmt: skip


def lemma_key(name: str) -> str:
    """The name key with every word in its dictionary form: "Центральной Азии" and
    "Центральная Азия" differ, their lemma keys do not."""
    return " ".join(
        readings[0].normal_form if (readings := parses(word)) else word
        for word in name_key(name).split()
    )
