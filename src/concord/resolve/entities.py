"""One entity across documents and spellings: "Кошербаев" = "Ермек Кошербаев",
"РК" = "Казахстан", "Аксуорси" = "Аксворти" (with the same first name), "Палата общин" =
"Палата общин Великобритании", and across scripts "Sergey Lavrov" = "Сергей Лавров",
"Germany" = "Германия", "Tashkent" = "Ташкент".

The one matcher: an exact key first, else the checks against the newest entities of the
newcomer's block. It decides; a repository keeps the entities (`MemoryEntities` here for
tests and benchmarks, the SQL one in `concord.store` in production). A newcomer is
compared with each candidate's preferred name only, never every alias: were "Петров"
enough, once an entity had been called so, every Петров would join it. For the same
reason a shorter organisation name joins a longer one only when that one is the only
candidate it fits: "МИД" is not guessed between "МИД России" and "МИД Казахстана"."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from concord.claim import Entity
from concord.knowledge.entity_keys import entity_block, entity_key
from concord.knowledge.gazetteer import place_name
from concord.knowledge.names import name_key
from concord.knowledge.organisation_names import (
    organisation_identity,
    organisation_words,
    same_organisation,
)
from concord.knowledge.people import same_person
from concord.knowledge.transliteration import is_latin, latin_key

CANDIDATES = 200  # entities compared per block; blocks are small (surname prefix, place key,
# an organisation's first two words that are not a place)
LENGTH = 300  # names, keys and blocks are stored in String(300) columns


@dataclass
class KnownEntity:
    """A stored entity as the matcher sees it: plain values, read for every new name."""

    id: int
    type: str
    name: str  # the preferred name of all seen so far


EntityKey = tuple[str, str]  # (type, key)


def same_entity(known_type: str, known_name: str, type_: str, name: str) -> bool:
    """Is `name` the entity known by its preferred name `known_name`?"""
    if type_ == "PER" or known_type == "PER":
        return type_ == known_type and same_person(known_name, name)
    canonical = place_name(name)
    if canonical or place_name(known_name):
        return place_name(known_name) == canonical
    if type_ != known_type:
        return False
    if type_ == "ORG":
        return same_organisation(known_name, name)
    if is_latin(name) != is_latin(known_name):  # "Samarkand" and "Самарканд"
        return latin_key(name) == latin_key(known_name)
    return name_key(name) == name_key(known_name)


def _match_in_block(entity: Entity, candidates: list[KnownEntity]) -> KnownEntity | None:
    """The newest candidate that is the same entity; for an organisation, the one with the
    same words, else the only one that contains or is contained in it."""
    found = (
        known
        for known in candidates
        if same_entity(known.type, known.name, entity.type, entity.name)
    )
    if entity.type != "ORG" or place_name(entity.name):
        return next(found, None)
    fitting = list(found)
    words = organisation_words(entity.name)
    same_words = [known for known in fitting if organisation_words(known.name) == words] or [
        known
        for known in fitting
        if organisation_identity(known.name) == organisation_identity(entity.name)
    ]
    if same_words:
        return same_words[0]
    return fitting[0] if len(fitting) == 1 else None


def preferred_name(type_: str, names: set[str]) -> str:
    """Places by their usual Russian name, people by their fullest name, in Cyrillic where
    one is known (a person's page keeps one script); organisations by their fullest name."""
    for name in names:
        canonical = place_name(name)
        if canonical:
            return canonical
    return max(
        names, key=lambda n: (type_ != "PER" or not is_latin(n), len(n.split()), len(n), n)
    )


def key_of(entity: Entity) -> EntityKey:
    return entity.type, entity_key(entity.type, entity.name)[:LENGTH]


def block_of(entity: Entity) -> str:
    return entity_block(entity.type, entity.name)[:LENGTH]


class EntityRepository(Protocol):
    def by_key(self, keys: set[EntityKey]) -> dict[EntityKey, KnownEntity]: ...

    def in_blocks(self, blocks: set[str]) -> dict[str, list[KnownEntity]]:
        """Each block's CANDIDATES most recently created entities, newest first: in a news
        stream, the people in the news lately."""

    def create(self, rows: list[tuple[EntityKey, str, str]]) -> dict[EntityKey, KnownEntity]:
        """New entities from (key, block, name); one another writer created meanwhile is
        taken as it is."""

    def rename(self, entity: KnownEntity, name: str) -> None: ...

    def add_aliases(self, aliases: list[tuple[int, str, bool]]) -> None:
        """(entity id, alias, is a nominative form); aliases already known are skipped."""


def match_entities(repository: EntityRepository, entities: Sequence[Entity]) -> list[int]:
    """Stored entity ids in the order given, creating those nobody has stored; each
    entity's aliases are added to it and its preferred name kept up to date."""
    exact = repository.by_key({key_of(entity) for entity in entities})
    unmatched = [entity for entity in entities if key_of(entity) not in exact]
    blocks = repository.in_blocks({block_of(entity) for entity in unmatched})
    matches: list[KnownEntity | None] = []
    for entity in entities:
        found = exact.get(key_of(entity)) or _match_in_block(
            entity, blocks.get(block_of(entity), [])
        )
        matches.append(found)
    # Entities the document keeps apart ("Барак Обама", "Мишель Обама") do not both join
    # one stored entity by a looser name ("Обама"): which of them it is, is unknown.
    loose = Counter(
        match.id
        for entity, match in zip(entities, matches, strict=True)
        if match is not None and key_of(entity) not in exact
    )
    matches = [
        None if match is not None and key_of(entity) not in exact and loose[match.id] > 1 else match
        for entity, match in zip(entities, matches, strict=True)
    ]
    rows = {
        key_of(entity): (key_of(entity), block_of(entity), entity.name[:LENGTH])
        for entity, match in zip(entities, matches, strict=True)
        if match is None
    }
    created = repository.create([rows[key] for key in sorted(rows)])
    ids: list[int] = []
    aliases: dict[tuple[int, str], bool] = {}
    for entity, match in zip(entities, matches, strict=True):
        known = match or created[key_of(entity)]
        # The stored name is the preferred one of all names so far, so choosing between
        # it and the newcomer is choosing among all of them.
        preferred = preferred_name(known.type, {known.name, entity.name})[:LENGTH]
        if preferred != known.name:
            repository.rename(known, preferred)
        for alias in sorted(entity.aliases | {entity.name}):
            aliases.setdefault((known.id, alias[:LENGTH]), alias == entity.name)
        ids.append(known.id)
    repository.add_aliases(
        [(entity_id, alias, normal) for (entity_id, alias), normal in sorted(aliases.items())]
    )
    return ids


class MemoryEntities:
    """Entities in dictionaries, read the way the SQL repository reads its tables."""

    def __init__(self) -> None:
        self.entities: dict[int, KnownEntity] = {}
        self.keys: dict[EntityKey, int] = {}
        self.blocks: dict[str, list[int]] = defaultdict(list)
        self.aliases: dict[int, dict[str, bool]] = defaultdict(dict)

    def by_key(self, keys: set[EntityKey]) -> dict[EntityKey, KnownEntity]:
        return {key: self.entities[self.keys[key]] for key in keys if key in self.keys}

    def in_blocks(self, blocks: set[str]) -> dict[str, list[KnownEntity]]:
        return {
            block: [self.entities[i] for i in reversed(self.blocks[block][-CANDIDATES:])]
            for block in blocks
            if block in self.blocks
        }

    def create(self, rows: list[tuple[EntityKey, str, str]]) -> dict[EntityKey, KnownEntity]:
        for key, block, name in rows:
            if key not in self.keys:
                known = KnownEntity(len(self.entities) + 1, key[0], name)
                self.entities[known.id] = known
                self.keys[key] = known.id
                self.blocks[block].append(known.id)
        return self.by_key({key for key, _, _ in rows})

    def rename(self, entity: KnownEntity, name: str) -> None:
        entity.name = name

    def add_aliases(self, aliases: list[tuple[int, str, bool]]) -> None:
        for entity_id, alias, normal in aliases:
            self.aliases[entity_id].setdefault(alias, normal)
