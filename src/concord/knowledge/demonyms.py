"""English adjectives of states and the state each names ("Qatari" → Qatar), read from
`demonyms_en.txt`: a report calls a minister "the Qatari premier" after naming him with
"Qatar's Prime Minister", so the adjective and the state's name must meet."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from concord.knowledge.data_files import rows


@lru_cache(maxsize=1)
def states_by_adjective() -> Mapping[str, tuple[str, ...]]:
    """Each adjective with the state's names, its English name first."""
    return MappingProxyType(
        {adjective: tuple(names) for adjective, *names in rows("demonyms_en.txt")}
    )


def state_of_adjective(adjective: str) -> str | None:
    """The state an English adjective names ("Emirati" → United Arab Emirates)."""
    names = states_by_adjective().get(" ".join(adjective.lower().split()))
    return names[0] if names else None


@lru_cache(maxsize=1)
def _state_by_name() -> Mapping[str, str]:
    found: dict[str, str] = {}
    for names in states_by_adjective().values():
        for name in names:
            found.setdefault(name.lower(), names[0])
    return MappingProxyType(found)


def state_named(name: str) -> str | None:
    """The state a name or an adjective gives ("UAE", "Qatar's", "Emirati"), or None."""
    key = " ".join(name.lower().split())
    if key.endswith("'s") or key.endswith("’s"):
        key = key[:-2]
    return _state_by_name().get(key) or state_of_adjective(key)
