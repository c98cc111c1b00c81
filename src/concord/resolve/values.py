"""When do two values of one role agree? Precision differs without contradiction.

"2026" and "2026-09" agree (the second is more precise); "Лондон" and "Lancaster House,
Лондон" agree (one contains the other); "кампус" and "лицензионный кампус" agree.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from concord.fact import Value
from concord.knowledge.gazetteer import canonical_place
from concord.knowledge.morphology import parses
from concord.knowledge.names import name_key

_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
GENERIC_KINDS = {"сотрудничество", "проект", "партнерство", "инициатива", "программа"}
# Project nouns that name one kind of thing in different words: a plant is an enterprise.
KIND_FAMILIES = [
    {"завод", "фабрика", "комбинат", "предприятие", "производство"},
    {"центр", "хаб", "лаборатория"},
]
GENERIC_POSITIONS = {"глава", "руководитель", "представитель", "член", "сотрудник"}


def is_date(text: str) -> bool:
    return bool(_ISO.match(text))


def dates_agree(first: str, second: str) -> bool:
    return first.startswith(second) or second.startswith(first)


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
    place_a, place_b = canonical_place(first.text), canonical_place(second.text)
    if place_a and place_b:
        return place_a == place_b
    return texts_agree(first.text, second.text) or same_kind_family(first.text, second.text)


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
        return abs((date.fromisoformat(first[:10]) - date.fromisoformat(second[:10])).days)
    except ValueError:
        return None


@lru_cache(maxsize=65536)
def kind_head(kind: str) -> str:
    """The noun that names the kind: the last word of "лицензионный кампус"."""
    words = name_key(kind).split()
    nouns = [word for word in words if _is_noun(word)]
    return (nouns or words or [""])[0]


@lru_cache(maxsize=65536)
def _is_noun(word: str) -> bool:
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS == "NOUN"
