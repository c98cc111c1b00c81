"""When do two values of one role agree? Precision differs without contradiction.

"2026" and "2026-09" agree (the second is more precise); "Лондон" and "Lancaster House,
Лондон" agree (one contains the other); "кампус" and "лицензионный кампус" agree.

Across languages values meet as concepts and places (knowledge/concepts.py, gazetteer):
"Foreign Secretary" and "министр иностранных дел" agree, "Chancellor of the Exchequer"
does not; "campus" is "кампус". A period ("2025/2030", ISO 8601, as "2025-2030" or "на
2025–2030 годы" is read) agrees with the date its end gives: "2025-2030" and "до 2030
года" agree, "до 2029 года" does not. Two wordings in different scripts that no table
knows cannot be told apart, so they are no conflict.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from concord.fact import Value
from concord.knowledge.concepts import (
    kind_concept,
    kinds_agree,
    measures_agree,
    posts_agree,
    russian_kind,
)
from concord.knowledge.gazetteer import place_name
from concord.knowledge.morphology import parses
from concord.knowledge.names import name_key
from concord.knowledge.transliteration import is_cyrillic, is_latin

_DAY = r"\d{4}(-\d{2}(-\d{2})?)?"
_ISO = re.compile(rf"^{_DAY}(/{_DAY})?$")  # a day, month or year, or a period of them
GENERIC_KINDS = {"сотрудничество", "проект", "партнерство", "инициатива", "программа"}
# Project nouns that name one kind of thing in different words: a plant is an enterprise.
KIND_FAMILIES = [
    {"завод", "фабрика", "комбинат", "предприятие", "производство"},
    {"центр", "хаб", "лаборатория"},
]
GENERIC_POSITIONS = {"глава", "руководитель", "представитель", "член", "сотрудник"}


def is_date(text: str) -> bool:
    return bool(_ISO.match(text))


def period_end(text: str) -> str:
    """The last day a date or period ("2025/2030") covers, at the precision given."""
    return text.rpartition("/")[2]


def _points_agree(first: str, second: str) -> bool:
    return first.startswith(second) or second.startswith(first)


def dates_agree(first: str, second: str) -> bool:
    """Dates agree at the lower precision; a period agrees with a date by its end ("until
    2030" and "2025-2030") and with another period by both ends."""
    if "/" in first and "/" in second:
        start_a, _, end_a = first.partition("/")
        start_b, _, end_b = second.partition("/")
        return _points_agree(start_a, start_b) and _points_agree(end_a, end_b)
    return _points_agree(period_end(first), period_end(second))


@lru_cache(maxsize=65536)
def _words(text: str) -> frozenset[str]:
    """Content words in their dictionary form: "премьер-министры" is "премьер-министр"."""
    return frozenset(_normal(word) for word in name_key(text).split() if len(word) > 2)


def _normal(word: str) -> str:
    readings = parses(word)
    return readings[0].normal_form.replace("ё", "е") if readings else word


def texts_agree(first: str, second: str) -> bool:
    a, b = name_key(first), name_key(second)
    if a == b:
        return True
    words_a, words_b = _words(first), _words(second)
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


def values_agree(first: Value, second: Value) -> bool:
    if first.entity is not None and second.entity is not None:
        return first.entity == second.entity  # resolution already unified spellings
    if is_date(first.text) and is_date(second.text):
        return dates_agree(first.text, second.text)
    place_a, place_b = place_name(first.text), place_name(second.text)
    if place_a and place_b:
        return place_a == place_b
    if texts_agree(first.text, second.text) or same_kind_family(first.text, second.text):
        return True
    return concepts_agree(first.text, second.text)


def concepts_agree(first: str, second: str) -> bool:
    """Two wordings of one post or kind; in two scripts and unknown to the tables, no
    evidence of disagreement."""
    if posts_agree(first, second) or kinds_agree(first, second) or measures_agree(first, second):
        return True
    if (
        posts_agree(first, second) is False
        or kinds_agree(first, second) is False
        or measures_agree(first, second) is False
    ):
        return False
    return in_two_scripts(first, second)


def in_two_scripts(first: str, second: str) -> bool:
    """One text in the Latin script, the other in Cyrillic: their words cannot be compared."""
    return (is_latin(first) and is_cyrillic(second)) or (is_cyrillic(first) and is_latin(second))


def same_kind_family(first: str, second: str) -> bool:
    heads = {kind_head(first), kind_head(second)}
    return any(heads <= family for family in KIND_FAMILIES)


def more_precise(first: Value, second: Value) -> Value:
    """The value to show when two agree: the longer date, the fuller name."""
    return first if len(first.text) >= len(second.text) else second


def days_apart(first: str | None, second: str | None) -> int | None:
    if first is None or second is None:
        return None
    try:
        first, second = period_end(first), period_end(second)
        return abs((date.fromisoformat(first[:10]) - date.fromisoformat(second[:10])).days)
    except ValueError:
        return None


@lru_cache(maxsize=65536)
def kind_head(kind: str) -> str:
    """The noun that names the kind: the last word of "лицензионный кампус"; a kind in
    another language by its Russian head ("roadmap" → "карта"), so both are filed
    together."""
    if not is_cyrillic(kind) and (concept := kind_concept(kind)):
        kind = russian_kind(concept)
    words = name_key(kind).split()
    nouns = [word for word in words if _is_noun(word)]
    return (nouns or words or [""])[0]


@lru_cache(maxsize=65536)
def _is_noun(word: str) -> bool:
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS == "NOUN"
