"""Other names of the same country: official long forms, short forms and abbreviations.

States come from countries.txt; a name that may mean several things ("Корея",
"Конго") is left out rather than guessed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from concord.knowledge.names import lemma_key, name_key

# Regions and unions whose other names news uses as often as their own.
REGION_NAMES: dict[str, tuple[str, ...]] = {
    "Центральная Азия": ("ЦА",),
    "ООН": ("Организация Объединенных Наций",),
    "Саудовская Аравия": ("Королевство Саудовская Аравия", "КСА"),
    "Иран": ("Исламская Республика Иран",),
    "Азербайджан": ("Азербайджанская Республика",),
    "Армения": ("Республика Армения",),
    "Узбекистан": ("Республика Узбекистан",),
    "Таджикистан": ("Республика Таджикистан",),
    "Китай": ("Китайская Народная Республика",),
    "Германия": ("Федеративная Республика Германия",),
    "Франция": ("Французская Республика",),
    "Индия": ("Республика Индия",),
    "Чехия": ("Чешская Республика",),
    "Великобритания": ("Соединенное Королевство Великобритании и Северной Ирландии", "UK"),
    "США": ("Соединенные Штаты Америки", "USA"),
}


def _read_states() -> dict[str, tuple[str, ...]]:
    """countries.txt: one state a line, its other names after "|"."""
    states: dict[str, tuple[str, ...]] = {}
    for line in (Path(__file__).parent / "countries.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            canonical, *aliases = (part.strip() for part in line.split("|"))
            states[canonical] = tuple(aliases)
    return states


STATE_NAMES = _read_states()
_CANONICAL: dict[str, str] = {}
for names in (STATE_NAMES, REGION_NAMES):
    for canonical, aliases in names.items():
        for alias in (canonical, *aliases):
            _CANONICAL[name_key(alias)] = canonical
_STATES = {key for key, canonical in _CANONICAL.items() if canonical in STATE_NAMES}


def is_state(name: str) -> bool:
    """A sovereign state (or the EU) by any of its names."""
    return name_key(name) in _STATES


def canonical_place(name: str) -> str | None:
    """The usual short name of a country or union, or None when the name is not one."""
    return _CANONICAL.get(name_key(name))


@lru_cache(maxsize=1)
def _canonical_by_lemmas() -> dict[str, str]:
    return {lemma_key(alias): canonical for alias, canonical in _CANONICAL.items()}


def canonical_place_in_any_case(name: str) -> str | None:
    """As canonical_place, for a name in any grammatical case ("Центральной Азии")."""
    return canonical_place(name) or _canonical_by_lemmas().get(lemma_key(name))
