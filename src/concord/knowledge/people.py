"""Is this the same person? Name parts, initials and transliteration variants.

Russian renderings of one foreign surname differ ("Аксуорси" / "Аксворти",
"Джонсон" / "Джонсонн"), so surnames are compared through a phonetic key and a
similarity ratio, and only when the first names agree (or one is missing / an initial).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from concord.knowledge.names import name_key

_PHONETIC = [
    (r"уо", "во"), (r"уэ", "ве"), (r"ью", "ю"), (r"э", "е"), (r"ё", "е"), (r"й", "и"),
    (r"ы", "и"), (r"ъ|ь", ""), (r"(.)\1", r"\1"), (r"[тс]", "т"), (r"[дз]", "д"),
]  # fmt: skip
SIMILAR_SURNAMES = 74  # rapidfuzz ratio on phonetic keys, for spellings the key does not unify


@lru_cache(maxsize=65536)  # the store compares each new name with a block of known ones
def phonetic_key(word: str) -> str:
    key = name_key(word)
    for pattern, replacement in _PHONETIC:
        key = re.sub(pattern, replacement, key)
    return key


@lru_cache(maxsize=65536)
def split_name(name: str) -> tuple[tuple[str, ...], str]:
    """(given names and initials, surname) — the surname is the last word."""
    words = [w for w in re.split(r"[\s]+", name.replace(".", ". ").strip()) if w]
    if not words:
        return (), ""
    return tuple(w.rstrip(".").lower() for w in words[:-1]), words[-1].lower()


def _given_compatible(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    if not first or not second:
        return True
    a, b = first[0], second[0]
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return phonetic_key(a) == phonetic_key(b) or fuzz.ratio(phonetic_key(a), phonetic_key(b)) >= 80


def same_person(first: str, second: str) -> bool:
    given_a, surname_a = split_name(first)
    given_b, surname_b = split_name(second)
    if not surname_a or not surname_b or not _given_compatible(given_a, given_b):
        return False
    key_a, key_b = phonetic_key(surname_a), phonetic_key(surname_b)
    if key_a == key_b:
        return True
    if not (given_a and given_b):  # a bare surname must match exactly
        return False
    return key_a[:2] == key_b[:2] and fuzz.ratio(key_a, key_b) >= SIMILAR_SURNAMES


def surname_block(name: str) -> str:
    """Blocking key: people who might be the same share it."""
    _, surname = split_name(name)
    return phonetic_key(surname)[:2]
