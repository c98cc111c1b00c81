"""The keys an entity is stored and looked up under, the same in every stage: extraction
uses them to tell whether two mentions name one country, the store to find an entity.

Keys are the same in both scripts: a place by its usual Russian name ("Germany" and
"Германия" have one key), a person's and another place's block by the transliteration key
("Lavrov" and "Лавров", "Samarkand" and "Самарканд" are compared)."""

from __future__ import annotations

from functools import lru_cache

from concord.knowledge.gazetteer import place_name
from concord.knowledge.names import name_key
from concord.knowledge.organisation_names import organisation_block
from concord.knowledge.people import surname_block
from concord.knowledge.transliteration import latin_key


@lru_cache(maxsize=65536)
def entity_block(type_: str, name: str) -> str:
    """Blocking key: entities that could be the same share it. Remembered: the matcher
    asks it up to three times per new name, and every report names the same people."""
    if type_ == "PER":
        return f"PER:{surname_block(name)}"
    canonical = place_name(name)
    if canonical:
        return f"GEO:{name_key(canonical)}"
    if type_ == "ORG":  # names that contain one another meet: "Палата общин (Великобритании)"
        return f"ORG:{organisation_block(name)}"
    return f"{type_}:{latin_key(name)}"


@lru_cache(maxsize=65536)
def entity_key(type_: str, name: str) -> str:
    """Exact identity: two names with one key are one entity without further checks.
    Remembered: asked for every name and alias at extraction, matching and lookup."""
    return name_key(place_name(name) or name) if type_ != "PER" else name_key(name)
