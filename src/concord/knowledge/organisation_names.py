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

from concord.knowledge.countries import english_adjectives
from concord.knowledge.gazetteer import canonical_place
from concord.knowledge.morphology import parses
from concord.knowledge.names import name_key
from concord.knowledge.organisation_kinds import kind_words, organisation_tokens
from concord.knowledge.places import country_of_word, is_place_word, place_of_adjective
from concord.knowledge.transliteration import is_cyrillic, is_latin

# Legal forms that may stand before or after a name without making it another body.
LEGAL_FORMS = frozenset({
    "ооо", "оао", "зао", "пао", "ао", "нао", "нко", "ано", "фгуп", "гуп", "муп", "ип",
    "ltd", "inc", "plc", "llc", "corp", "gmbh", "ag", "sa", "co",
})  # fmt: skip
_WORD = re.compile(r"[\w-]+")
# Relative adjectives of states whose stem is not the state's name ("финский университет
# Оулу" is the University of Oulu in Finland), as pymorphy cannot derive them.
STATE_ADJECTIVES: dict[str, str] = {
    "финский": "Финляндия", "шведский": "Швеция", "датский": "Дания",
    "норвежский": "Норвегия", "нидерландский": "Нидерланды", "голландский": "Нидерланды",
    "турецкий": "Турция", "греческий": "Греция", "немецкий": "Германия",
    "французский": "Франция", "корейский": "Корея", "литовский": "Литва",
    "польский": "Польша", "венгерский": "Венгрия", "узбекский": "Узбекистан",
    "таджикский": "Таджикистан", "итальянский": "Италия",
}  # fmt: skip
_ENGLISH_PLACE_PREPOSITIONS = frozenset({"of", "in"})


def _state_adjective(word: str) -> bool:
    return is_cyrillic(word) and any(
        reading.tag.POS == "ADJF" and reading.normal_form in STATE_ADJECTIVES
        for reading in parses(name_key(word))
    )


@lru_cache(maxsize=65536)
def _place_of(word: str) -> str | None:
    """The place a word names or is an adjective of, as one key ("британского",
    "Великобритании", "UK" → "великобритания"), or None for any other word."""
    if is_latin(word) and word in english_adjectives():  # "Kyrgyz Foreign Ministry"
        return name_key(english_adjectives()[word])
    if not is_place_word(word) and not _state_adjective(word):
        return None
    country = country_of_word(word)
    if country:
        return name_key(country)
    for reading in parses(name_key(word)):
        if reading.tag.POS == "ADJF" and reading.normal_form in STATE_ADJECTIVES:
            return name_key(STATE_ADJECTIVES[reading.normal_form])
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


def organisation_identity(name: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """What two names of one body share in any language: the sorted tokens of its own
    words (generic words as concepts, proper names by transliteration key) and its places
    ("University of Oulu" and "университет Оулу")."""
    own, places = _parts(name)
    return organisation_tokens(own), places


def organisation_block(name: str) -> str:
    """The tokens of the name's own words, the same in both scripts: "#chamber obshin"
    for "Палата общин Великобритании" and for "британская Палата общин", "#university
    oulu" for "University of Oulu" and "университет Оулу". Names that are one body always
    have the same own words, so they meet in one block."""
    tokens, _ = organisation_identity(name)
    return " ".join(tokens) if tokens else name_key(name)


def _same_across_languages(first: str, second: str) -> bool:
    """One body named in two languages or in English twice: the same tokens, at least one
    of them more than a kind of body (bare "Bank" and "банк" say nothing) unless both say
    the same place, and the places either the same or said by one name only."""
    tokens_a, places_a = organisation_identity(first)
    tokens_b, places_b = organisation_identity(second)
    if not tokens_a or tokens_a != tokens_b:
        return False
    if set(tokens_a) <= kind_words():
        return bool(places_a) and places_a == places_b
    return not places_a or not places_b or places_a == places_b


def same_organisation(first: str, second: str) -> bool:
    """The same own words, and the places either both the same or said by one name only.
    Where either name is in the Latin script, the words are compared as tokens."""
    own_a, places_a = _parts(first)
    own_b, places_b = _parts(second)
    if (not own_a or own_a != own_b) and (is_latin(first) or is_latin(second)):
        return _same_across_languages(first, second)
    if not own_a or own_a != own_b:
        return name_key(first) == name_key(second)
    return not places_a or not places_b or places_a == places_b
