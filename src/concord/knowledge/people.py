"""Is this the same person? Name parts, initials, case forms and transliteration variants.

Russian renderings of one foreign surname differ ("Аксуорси" / "Аксворти",
"Джонсон" / "Джонсонн"), so foreign-looking surnames are compared through a phonetic key
and a similarity ratio, and only when the first names agree (or one is missing / an
initial). A Russian-looking surname ("-ов", "-ин", "-ский") is spelt one way: it matches
its own case and gender forms ("Кошербаев" / "Кошербаева") and nothing a letter away
("Костин" / "Котин"). No key ever changes a surname's first letter ("Тарасов" /
"Сарасов").

Across scripts ("Sergey Lavrov" / "Сергей Лавров", "Zelensky" / "Zelenskyy") names are
compared by their transliteration keys under the same rules: first names or initials must
agree when both are known, a Russian-looking surname must have one key ("Lavrov" is never
"Lavrin"), a foreign one may differ in vowels ("Lammy" / "Лэмми") when both first names
are known, and people are blocked by their key's first letter and first consonant.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from concord.knowledge.names import name_key
from concord.knowledge.transliteration import (
    consonant_block,
    english_pronounced,
    is_latin,
    latin_key,
)

_VOWELS = [
    (r"уо", "во"), (r"уэ", "ве"), (r"ью", "ю"), (r"э", "е"), (r"й", "и"), (r"ы", "и"),
    (r"ъ|ь", ""), (r"(.)\1", r"\1"),
]  # fmt: skip
# Consonants transliteration confuses ("th" → "т"/"с", "z" → "з"/"дз"): merged after the
# first letter only, and only in foreign-looking surnames.
_CONSONANTS = [(r"[тс]", "т"), (r"[дз]", "д"), (r"(.)\1", r"\1")]
SIMILAR_SURNAMES = 74  # rapidfuzz ratio on phonetic keys, for spellings the key does not unify
# A Russian surname's stem and the endings of its case and gender forms.
_RUSSIAN_SURNAME = re.compile(
    r"^(?P<stem>.+?(?:ов|ев|ин|ын))(?:а|у|ым|ом|е|ой|ою|ы|ых|ыми)?$"
    r"|^(?P<adjective>.+?(?:ск|цк))(?:ий|ой|ая|ого|ому|им|ом|ую|ие|их|ими)$"
)


@lru_cache(maxsize=65536)
def russian_surname_stem(surname: str) -> str | None:
    """ "кошербаев" for "Кошербаевым" or "Кошербаева"; None for a foreign-looking name."""
    match = _RUSSIAN_SURNAME.match(name_key(surname))
    if match is None:
        return None
    return match.group("stem") or match.group("adjective") + "ий"


@lru_cache(maxsize=65536)  # the store compares each new name with a block of known ones
def phonetic_key(word: str) -> str:
    key = name_key(word)
    for pattern, replacement in _VOWELS:
        key = re.sub(pattern, replacement, key)
    if not key or russian_surname_stem(word) is not None:
        return key
    rest = key[1:]
    for pattern, replacement in _CONSONANTS:
        rest = re.sub(pattern, replacement, rest)
    return key[0] + rest


@lru_cache(maxsize=65536)
def split_name(name: str) -> tuple[tuple[str, ...], str]:
    """(given names and initials, surname) — the surname is the last word."""
    words = [w for w in re.split(r"[\s]+", name_key(name.replace(".", ". "))) if w]
    if not words:
        return (), ""
    return tuple(w.rstrip(".") for w in words[:-1]), words[-1]


def _given_compatible(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    if not first or not second:
        return True
    a, b = first[0], second[0]
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return phonetic_key(a) == phonetic_key(b) or fuzz.ratio(phonetic_key(a), phonetic_key(b)) >= 80


def same_surname(first: str, second: str, with_given_names: bool) -> bool:
    """Russian-looking surnames by their stem (forms of one name), foreign ones by the
    phonetic key, or by similarity when both people's first names are known."""
    if first == second:
        return True
    if phonetic_key(first)[:1] != phonetic_key(second)[:1]:
        return False
    stem_a, stem_b = russian_surname_stem(first), russian_surname_stem(second)
    if stem_a is not None or stem_b is not None:
        return stem_a == stem_b
    key_a, key_b = phonetic_key(first), phonetic_key(second)
    if key_a == key_b:
        return True
    return (
        with_given_names and key_a[:2] == key_b[:2] and fuzz.ratio(key_a, key_b) >= SIMILAR_SURNAMES
    )


# A Russian-looking surname romanised, and the feminine form of its nominative:
# "Lavrova" is of the family "Lavrov", "Zelenska" of "Zelenski".
_LATIN_RUSSIAN_SURNAME = re.compile(
    r"^(?P<stem>.+?(?:ov|ev|in))a?$|^(?P<adjective>.+?sk)(?:i|a|aia)$"
)


@lru_cache(maxsize=65536)
def latin_surname(surname: str) -> tuple[str, bool]:
    """(the surname's transliteration key with case and gender endings removed, whether it
    looks Russian), for a surname in either script."""
    if not is_latin(surname):
        stem = russian_surname_stem(surname)
        return latin_key(stem or surname), stem is not None
    key = latin_key(surname)
    match = _LATIN_RUSSIAN_SURNAME.match(key)
    if match is None:
        return key, False
    return match.group("stem") or match.group("adjective") + "i", True


def _given_compatible_across_scripts(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    if not first or not second:
        return True
    a, b = latin_key(first[0]), latin_key(second[0])
    if not a or not b:
        return True
    if len(first[0]) <= 2 or len(second[0]) <= 2:  # an initial, "S." or "Sh."
        return a.startswith(b) or b.startswith(a)
    return a == b or fuzz.ratio(a, b) >= 80


def _same_person_across_scripts(first: str, second: str) -> bool:
    """Names of which one at least is in the Latin script."""
    given_a, surname_a = split_name(first)
    given_b, surname_b = split_name(second)
    if not surname_a or not surname_b:
        return False
    if not _given_compatible_across_scripts(given_a, given_b):
        return False
    if not (given_a or given_b):  # two bare surnames: one spelling up to romanisation
        return latin_key(surname_a) == latin_key(surname_b)
    (key_a, russian_a), (key_b, russian_b) = latin_surname(surname_a), latin_surname(surname_b)
    if key_a == key_b:
        return True
    if russian_a or russian_b or consonant_block(key_a) != consonant_block(key_b):
        return False
    if key_a[-1:] != key_b[-1:]:  # vowels differ inside a name, its ending is heard
        return False  # "Marlow" / "Марлоу" is not "Марли"
    return bool(given_a and given_b) and fuzz.ratio(key_a, key_b) >= SIMILAR_SURNAMES


def same_person(first: str, second: str) -> bool:
    if is_latin(first) and is_latin(second):
        return _same_person_across_scripts(first, second)
    if is_latin(first) or is_latin(second):  # as written, or as English pronounces it
        return _same_person_across_scripts(first, second) or _same_person_across_scripts(
            english_pronounced(first), english_pronounced(second)
        )
    given_a, surname_a = split_name(first)
    given_b, surname_b = split_name(second)
    if not surname_a or not surname_b or not _given_compatible(given_a, given_b):
        return False
    if not (given_a or given_b):  # two bare surnames: one spelling, one form
        return surname_a == surname_b
    return same_surname(surname_a, surname_b, bool(given_a and given_b))


def surname_block(name: str) -> str:
    """Blocking key: people who might be the same share it, in either script."""
    _, surname = split_name(name)
    return consonant_block(latin_surname(surname)[0])
