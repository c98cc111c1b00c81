"""One comparable Latin key for a name in either script: "Сергей Лавров" and "Sergey
Lavrov", "Токаев", "Tokayev" and "Tokaev", "Мирзиёев" and "Mirziyoyev".

Cyrillic (Russian, Kazakh, Uzbek, Ukrainian letters) is romanised by anyascii, a
maintained table of every script; the English romanisation variants that one Russian
spelling takes in news ("y"/"i"/"iy", "kh"/"h", "ye"/"e", "yo"/"e", "ts", "-yev"/"-ev",
doubled letters) are then reduced to one spelling, so both scripts meet in the key. The key
only says two spellings may be one name; whether they are one person is decided in
people.py, with the first names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from concord.knowledge.names import name_key

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f]")
# Applied in order to the lower-case romanised text.
_VARIANTS: list[tuple[str, str]] = [
    (r"[''`ʹʺ’]", ""),  # soft and hard signs
    (r"shch|sch", "sh"),
    (r"dzh|dj|zh", "j"),  # Jomart / Zhomart / Жомарт
    (r"kh", "h"),
    (r"(?<=[bdgjrt])h|(?<=[aeiou])h(?=[^aeiouy])", ""),  # Thatcher, Ghani, Johnson
    (r"tz", "ts"),
    (r"qu(?=[aeiouy])", "kv"),  # Quentin / Квентин, Aquarius / Акварис
    (r"ck|q|c(?!h)", "k"),  # Cameron / Кэмерон; "ts" stands for ц
    (r"ph", "f"),
    (r"ow\b", "ou"),  # Marlow / Марлоу, Barlow / Барлоу: an English "-ow" is never "-ов"
    (r"w", "v"),
    (r"x", "ks"),
    (r"y[eo]", "e"),  # Yevgeny / Евгений, Mirziyoyev / Мирзиёев, Tokayev / Токаев
    (r"y", "i"),  # Sergey / Sergei, Zelenskyy / Zelensky, Yakov / Iakov
    (r"([a-z])\1+", r"\1"),  # doubled letters: Zelenskii, Johnsonn
]
_COMPILED = [(re.compile(pattern), replacement) for pattern, replacement in _VARIANTS]


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def is_latin(text: str) -> bool:
    """Written in the Latin script (at least one Latin letter and no Cyrillic one)."""
    return bool(_LATIN.search(text)) and not is_cyrillic(text)


@lru_cache(maxsize=65536)
def latin_key(text: str) -> str:
    """The comparable romanised key of a name or word, in either script."""
    key = anyascii(name_key(text)).lower()
    for pattern, replacement in _COMPILED:
        key = pattern.sub(replacement, key)
    return re.sub(r"\s+", " ", key).strip()


# How Russian renders English spellings that English pronounces otherwise: "ee"/"ea"/"ie"
# as "и" (Steele / Стил, Keane / Кин), "oo" as "у" (Moody / Муди), a silent final "e"
# (Steele, Blake). Not applied in latin_key itself: the same letters are read as written
# in other languages ("Eeva" / "Ээва"), so names are compared with and without it.
_ENGLISH_SPELLING = [
    (re.compile(r"ee|ea|ie(?=[^aeiou\s]|\b)"), "i"),
    (re.compile(r"oo"), "u"),
    (re.compile(r"(?<=[a-z][^aeiouy\s])e\b"), ""),
]


@lru_cache(maxsize=65536)
def english_pronounced(text: str) -> str:
    """A Latin-script name respelt as Russian renders its English pronunciation
    ("Robert Steele" -> "robert stil"); other text unchanged."""
    if not is_latin(text):
        return text
    spelt = text.lower()
    for pattern, replacement in _ENGLISH_SPELLING:
        spelt = pattern.sub(replacement, spelt)
    return spelt


_VOWEL = re.compile(r"[aeiou]")
_SIMILAR_CONSONANTS = str.maketrans({"s": "t", "z": "d"})  # as people.phonetic_key merges


def consonant_block(key: str) -> str:
    """The first letter and the next consonant of a transliteration key: English and
    Russian renderings of a foreign name differ in vowels ("Lammy" / "Лэмми", "Trump" /
    "Трамп"), rarely in these."""
    if not key:
        return ""
    consonant = next((letter for letter in key[1:] if not _VOWEL.match(letter)), "")
    return key[0] + consonant.translate(_SIMILAR_CONSONANTS)
