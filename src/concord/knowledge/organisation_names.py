"""When two organisation names name one body: "Палата общин" is "Палата общин
Великобритании", "британская Палата общин" and "МИД РФ" is "МИД России", because the words
one name has beyond the other only say where the body is (a country, a place adjective)
or give its legal form. "Палата лордов" is another body, and so is the "Министерство
финансов" of another country. In a Latin-script name a country says where only before
the name or after "of"/"in" ("UK Parliament", "Ministry of Foreign Affairs of
Kazakhstan"); after the name it is part of it: "Coventry University Kazakhstan" is
another body than "Coventry University".
"""

from __future__ import annotations

import re
from functools import lru_cache

from concord.knowledge.gazetteer import canonical_place
from concord.knowledge.morphology import parses
from concord.knowledge.names import name_key
from concord.knowledge.places import country_of_word, is_place_word, place_of_adjective
from concord.knowledge.transliteration import is_latin

# Legal forms that may stand before or after a name without making it another body.
LEGAL_FORMS = frozenset({
    "ооо", "оао", "зао", "пао", "ао", "нао", "нко", "ано", "фгуп", "гуп", "муп", "ип",
    "ltd", "inc", "plc", "llc", "corp", "gmbh", "ag", "sa", "co",
})  # fmt: skip
_WORD = re.compile(r"[\w-]+")
_ENGLISH_PLACE_PREPOSITIONS = frozenset({"of", "in"})


@lru_cache(maxsize=65536)
def _place_of(word: str) -> str | None:
    """The place a word names or is an adjective of, as one key ("британского",
    "Великобритании", "UK" → "великобритания"), or None for any other word."""
    if not is_place_word(word):
        return None
    country = country_of_word(word)
    if country:
        return name_key(country)
    for reading in parses(name_key(word)):
        place = place_of_adjective(reading.normal_form) if reading.tag.POS == "ADJF" else None
        if place:
            return name_key(canonical_place(place) or place)
    return name_key(parses(name_key(word))[0].normal_form)


@lru_cache(maxsize=65536)
def _parts(name: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The name's own words in order, and the places it is said to be in."""
    own: list[str] = []
    places: set[str] = set()
    for word in _WORD.findall(name_key(name)):
        if word in LEGAL_FORMS:
            continue
        place = _place_of(word)
        if place is not None and is_latin(word) and own:
            if own[-1] not in _ENGLISH_PLACE_PREPOSITIONS:
                place = None  # "Coventry University Kazakhstan": part of the name
            else:
                own.pop()
        if place is None:
            own.append(word)
        else:
            places.add(place)
    return tuple(own), frozenset(places)


def organisation_words(name: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """What two names of one body share exactly ("МИД РФ", "МИД России")."""
    return _parts(name)


def organisation_block(name: str) -> str:
    """The first two words that are neither place nor legal form: "палата общин" for
    "Палата общин Великобритании" and for "британская Палата общин", so that names that
    contain one another meet in one block."""
    own, _ = _parts(name)
    return " ".join(own[:2]) if own else name_key(name)


def same_organisation(first: str, second: str) -> bool:
    """The same own words, and the places either both the same or said by one name only."""
    own_a, places_a = _parts(first)
    own_b, places_b = _parts(second)
    if not own_a or own_a != own_b:
        return name_key(first) == name_key(second)
    return not places_a or not places_b or places_a == places_b
