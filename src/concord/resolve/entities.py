"""One entity across documents and spellings: "Кошербаев" = "Ермек Кошербаев",
"РК" = "Казахстан", "Аксуорси" = "Аксворти" (with the same first name)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from concord.claim import Entity
from concord.resolve.gazetteer import canonical_place
from concord.resolve.names import name_key
from concord.resolve.people import same_person, surname_block


@dataclass
class KnownEntity:
    id: int
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)  # every form seen, inflected ones too


def entity_block(type_: str, name: str) -> str:
    """Blocking key: entities that could be the same share it."""
    if type_ == "PER":
        return f"PER:{surname_block(name)}"
    canonical = canonical_place(name)
    return f"GEO:{name_key(canonical)}" if canonical else f"{type_}:{name_key(name)}"


def entity_key(type_: str, name: str) -> str:
    """Exact identity: two names with one key are one entity without further checks."""
    return name_key(canonical_place(name) or name) if type_ != "PER" else name_key(name)


def same_entity(known_type: str, known_name: str, type_: str, name: str) -> bool:
    """Is `name` the entity known by its preferred name `known_name`? Only that name
    counts, not every alias: were "Петров" enough, once an entity has been called so, every
    Петров would join it, and each would widen it further."""
    if type_ == "PER" or known_type == "PER":
        return type_ == known_type and same_person(known_name, name)
    canonical = canonical_place(name)
    if canonical or canonical_place(known_name):
        return canonical_place(known_name) == canonical
    return type_ == known_type and name_key(name) == name_key(known_name)


def preferred_name(type_: str, names: set[str]) -> str:
    """Countries by their usual short name, people by their fullest name."""
    for name in names:
        canonical = canonical_place(name)
        if canonical:
            return canonical
    return max(names, key=lambda n: (len(n.split()), len(n), n))


class EntityRegistry:
    """In-memory resolver; the store keeps the same information in its entity tables."""

    def __init__(self) -> None:
        self.entities: dict[int, KnownEntity] = {}
        self.by_block: dict[str, list[int]] = defaultdict(list)

    def resolve(self, entity: Entity) -> int:
        names = {entity.name} | {a for a in entity.aliases if a}
        block = entity_block(entity.type, entity.name)
        for known_id in self.by_block.get(block, []):
            known = self.entities[known_id]
            if same_entity(known.type, known.name, entity.type, entity.name):
                known.aliases |= names
                known.name = preferred_name(known.type, {known.name, entity.name})
                return known.id
        known = KnownEntity(
            len(self.entities) + 1, entity.type, preferred_name(entity.type, {entity.name}), names
        )
        self.entities[known.id] = known
        self.by_block[block].append(known.id)
        return known.id
