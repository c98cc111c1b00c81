"""Comparable keys for names: case, ё, quotes and punctuation do not make two names differ."""

from __future__ import annotations

import re
from functools import lru_cache

_PUNCTUATION = re.compile(r"[«»\"'“”„()\[\],.;:!?]+")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    text = name.lower().replace("ё", "е").replace("–", "-").replace("—", "-")
    return _SPACE.sub(" ", _PUNCTUATION.sub(" ", text)).strip()


def name_parts(name: str) -> list[str]:
    """Words of a person name without initials ("К. Жубанов" → ["жубанов"])."""
    return [part for part in re.split(r"[\s.]+", name_key(name)) if len(part) > 1]
