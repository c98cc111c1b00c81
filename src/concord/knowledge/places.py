"""Adjectives made from place names ("российский", "британский", "подмосковный").

A post's holder is often placed by such an adjective ("подмосковный губернатор"); the
adjective is recognised by stripping its suffix and finding a geographical name
(pymorphy's Geox) that the stem begins.
"""

from __future__ import annotations

from functools import lru_cache

from concord.knowledge.gazetteer import canonical_place
from concord.knowledge.morphology import analyser, parses
from concord.knowledge.names import name_key

# State adjectives the dictionary cannot trace back to a country's name ("французский" is
# not made from "Франция"), or traces to a wrong one ("белорусский" → "белорусь").
_STATE_ADJECTIVES = {
    "французский": "Франция", "немецкий": "Германия", "шведский": "Швеция",
    "турецкий": "Турция", "греческий": "Греция", "датский": "Дания", "норвежский": "Норвегия",
    "финский": "Финляндия", "польский": "Польша", "чешский": "Чехия", "итальянский": "Италия",
    "армянский": "Армения", "белорусский": "Белоруссия", "узбекский": "Узбекистан",
    "литовский": "Литва", "венгерский": "Венгрия", "южнокорейский": "Южная Корея",
    "северокорейский": "КНДР", "афганский": "Афганистан", "бразильский": "Бразилия",
    "голландский": "Нидерланды", "нидерландский": "Нидерланды", "хорватский": "Хорватия",
    "сербский": "Сербия", "болгарский": "Болгария", "румынский": "Румыния",
    "таджикский": "Таджикистан", "туркменский": "Туркмения", "кыргызский": "Киргизия",
    "португальский": "Португалия", "словацкий": "Словакия", "ливийский": "Ливия",
}  # fmt: skip
_SUFFIXES = ("анский", "янский", "енский", "инский", "ийский", "ский", "цкий", "ный")
_ENDINGS = ("ия", "я", "а", "", "ь", "е", "ье", "и", "о")


@lru_cache(maxsize=20_000)
def place_of_adjective(lemma: str) -> str | None:
    """The place a relative adjective is made from, or None."""
    if lemma.lower() in _STATE_ADJECTIVES:
        return _STATE_ADJECTIVES[lemma.lower()]
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


@lru_cache(maxsize=65536)
def is_place_word(word: str) -> bool:
    """A country or place name in any case ("Великобритании", "РК") or an adjective made
    from one ("британского"): the words that only say where a body is."""
    key = name_key(word)
    if canonical_place(key):
        return True
    if not analyser().word_is_known(key):
        return False
    readings = parses(key)
    if readings and all("Geox" in reading.tag for reading in readings):
        return True
    return any(
        canonical_place(reading.normal_form)
        or (reading.tag.POS == "ADJF" and place_of_adjective(reading.normal_form))
        for reading in readings
    )


@lru_cache(maxsize=65536)
def country_of_word(word: str) -> str | None:
    """The country a single word names in any case ("РФ", "России" → "Россия")."""
    key = name_key(word)
    found = canonical_place(key)
    if found or not analyser().word_is_known(key):
        return found
    return next((place for r in parses(key) if (place := canonical_place(r.normal_form))), None)


# Words that make a name a building or a street, a place where something happens, never a
# person or a body: "Ланкастер-хаус", "Дворец Независимости", "Даунинг-стрит". Not "дом"
# or "центр": "Дом правительства" and "Центр … разработок" are bodies as often as places.
BUILDING_WORDS = frozenset({
    "дворец", "хаус", "холл", "палас", "плейс", "башня", "замок", "собор", "стадион", "арена",
    "отель", "гостиница", "резиденция", "стрит", "авеню", "сквер", "площадь", "тауэр",
    "билдинг", "мэншн",
})  # fmt: skip


def is_building_name(words: list[str], first_lemma: str = "") -> bool:
    """A name that opens with a building word ("Дворец Независимости", its lemma given for
    an oblique form) or has one as a hyphenated part ("Ланкастер-хаус"); a plain word is
    not enough, "Холл" is as often a surname."""
    if not words:
        return False
    if name_key(words[0]) in BUILDING_WORDS or name_key(first_lemma) in BUILDING_WORDS:
        return True
    return any(
        part in BUILDING_WORDS
        for word in words
        if "-" in word
        for part in name_key(word).split("-")[1:]
    )
