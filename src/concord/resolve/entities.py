"""One entity across documents and spellings: "Кошербаев" = "Ермек Кошербаев",
"РК" = "Казахстан", "Аксуорси" = "Аксворти" (with the same first name), "Палата общин" =
"Палата общин Великобритании", and across scripts "Sergey Lavrov" = "Сергей Лавров",
"Germany" = "Германия", "Tashkent" = "Ташкент".

The one matcher: an exact key first, then an organisation's other names, else the checks
against the newest entities of the newcomer's block. It decides; a repository keeps the
entities (`MemoryEntities` here for tests and benchmarks, the SQL one in `concord.store`
in production). In a block a newcomer is compared with each candidate's preferred name
only, never every alias: were "Петров" enough, once an entity had been called so, every
Петров would join it. For the same reason a shorter organisation name joins a longer one
only when that one is the only candidate it fits: "МИД" is not guessed between "МИД
России" and "МИД Казахстана".

An organisation is also looked up by every name a report gave it: a report that spelt
"Уральская горно-металлургическая компания (УГМК)" out stores both names, so a later one
saying either finds it, in whichever order they come. Two organisations that share a
short name but were each named in full differently ("Служба государственной безопасности
(СГБ)", "Совет гражданской безопасности (СГБ)") are kept apart: the second is stored under
its full name.

Names that earlier reports stored as two organisations ("ЕБРР" from one, "Европейский
банк реконструкции и развития" from another) are joined when a later report gives both:
the organisations its names find are merged into the oldest when no two of them, nor the
newcomer and any of them, are different bodies. Otherwise the picture would depend on the
order the reports came in (the report giving both first would have joined all three)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from concord.claim import Entity
from concord.knowledge.entity_keys import entity_block, entity_key
from concord.knowledge.gazetteer import place_name
from concord.knowledge.names import lemma_key, name_key
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


def organisation_names(entity: Entity) -> set[str]:
    """The lookup keys of every name a report gave an organisation: its name, the full name
    its short one stands for, their case forms. None for people (a short form of a person's
    name says too little) or places (the gazetteer keys them already); a place among an
    organisation's aliases is not one of its names."""
    if entity.type != "ORG" or place_name(entity.name):
        return set()
    return {
        entity_key("ORG", name)[:LENGTH]
        for name in {entity.name, *entity.aliases}
        if not place_name(name) and entity_key("ORG", name)
    }


def _full_names(names: set[str]) -> set[str]:
    """The names of more than one word: a body spelt out, not its short name."""
    return {name for name in names if len(name.split()) > 1}


def different_organisations(names: set[str], other_names: set[str]) -> bool:
    """Two organisations that may share a short name are two when each was spelt out and no
    full name of one is a full name of the other in any case form, place or legal form
    ("Министерство финансов России (Минфин)", "Министерство финансов Казахстана (Минфин)")."""
    full, other_full = _full_names(names), _full_names(other_names)
    if not full or not other_full:
        return False
    other_lemmas = {lemma_key(name) for name in other_full}
    return not any(
        lemma_key(name) in other_lemmas
        or any(same_organisation(name, other) for other in other_full)
        for name in full
    )


class EntityRepository(Protocol):
    def by_key(self, keys: set[EntityKey]) -> dict[EntityKey, KnownEntity]: ...

    def by_name(self, keys: set[EntityKey]) -> dict[EntityKey, list[KnownEntity]]:
        """The organisations known by each of these names (see organisation_names)."""

    def names_of(self, ids: set[int]) -> dict[int, set[str]]:
        """Every name each of these organisations is known by."""

    def in_blocks(self, blocks: set[str]) -> dict[str, list[KnownEntity]]:
        """Each block's CANDIDATES most recently created entities, newest first: in a news
        stream, the people in the news lately."""

    def create(self, rows: list[tuple[EntityKey, str, str]]) -> dict[EntityKey, KnownEntity]:
        """New entities from (key, block, name); one another writer created meanwhile is
        taken as it is."""

    def rename(self, entity: KnownEntity, name: str) -> None: ...

    def add_aliases(self, aliases: list[tuple[int, str, bool]]) -> None:
        """(entity id, alias, is a nominative form); aliases already known are skipped."""

    def add_names(self, names: list[tuple[int, EntityKey]]) -> None:
        """(entity id, a name's key); names already known are skipped."""

    def merge(self, into: KnownEntity, others: list[KnownEntity]) -> None:
        """The `others` become `into`: everything that named them names it, and they are
        no more (the SQL store also re-files their facts)."""

    def kept_apart(self, ids: set[int]) -> set[frozenset[int]]:
        """Pairs of these entities an analyst said are two (a merge undone): never merged
        again by the matcher, whatever report bridges them."""


@dataclass
class _Found:
    """Where a newcomer goes: a stored entity, or a new one under `key`; `exact` when its
    own key found it (a looser match is open to the document-wide check below); `joins`
    are other stored organisations the newcomer shows to be `known` too."""

    known: KnownEntity | None
    key: EntityKey
    exact: bool
    joins: list[KnownEntity] = field(default_factory=list)


class _NameIndex:
    """What the store knows of the batch's organisation names, read in two statements."""

    def __init__(self, repository: EntityRepository, entities: Sequence[Entity]) -> None:
        self.names = [organisation_names(entity) for entity in entities]
        wanted = {("ORG", name) for names in self.names for name in names}
        self.named = repository.by_name(wanted)
        # An organisation's own names are read when the newcomer was spelt out (is it
        # another body?) or its names find several (are they one, to be merged?).
        wanted_names: set[int] = set()
        for names in self.names:
            found = {known.id for name in names for known in self.named.get(("ORG", name), [])}
            if _full_names(names) or len(found) > 1:
                wanted_names |= found
        self.stored_names = repository.names_of(wanted_names)
        self.kept_apart = repository.kept_apart(wanted_names) if len(wanted_names) > 1 else set()

    def find(self, index: int, entity: Entity, exact: KnownEntity | None) -> _Found:
        """An exact key unless it is another organisation of the same short name; else the
        one organisation known by a full name of the newcomer's, else the one known by any
        of its names; several are no answer."""
        names = self.names[index]
        key = key_of(entity)
        if not names:
            return _Found(exact, key, exact is not None)
        candidates = {
            known.id: known for name in names for known in self.named.get(("ORG", name), [])
        }
        if exact is not None:
            candidates.setdefault(exact.id, exact)
        apart = {
            id_
            for id_ in candidates
            if different_organisations(names, self.stored_names.get(id_, set()))
        }
        fitting = [known for id_, known in sorted(candidates.items()) if id_ not in apart]
        if len(fitting) > 1 and self._one_body(fitting):
            oldest, *others = fitting  # sorted by id
            return _Found(oldest, key, exact is not None and exact.id not in apart, others)
        if exact is not None and exact.id not in apart:
            return _Found(exact, key, True)
        if exact is not None:  # the short name is another body's key: stored by its full name
            key = ("ORG", max(_full_names(names), key=lambda name: (len(name), name)))
        full = _full_names(names)
        spelt_alike = [
            known
            for known in fitting
            if any(known in self.named.get(("ORG", name), []) for name in full)
        ]
        for group in (spelt_alike, fitting):
            if len(group) == 1:
                return _Found(group[0], key, False)
        return _Found(None, key, False)

    def _one_body(self, found: list[KnownEntity]) -> bool:
        """No two of these stored organisations are different bodies by their names."""
        names = [self.stored_names.get(known.id, set()) for known in found]
        ids = [known.id for known in found]
        return not any(
            different_organisations(first, second)
            or frozenset((ids[position], ids[position + offset])) in self.kept_apart
            for position, first in enumerate(names)
            for offset, second in enumerate(names[position + 1 :], start=1)
        )

    def apart(self, index: int, known: KnownEntity) -> bool:
        return different_organisations(self.names[index], self.stored_names.get(known.id, set()))


def match_entities(repository: EntityRepository, entities: Sequence[Entity]) -> list[int]:
    """Stored entity ids in the order given, creating those nobody has stored; each
    entity's aliases and names are added to it and its preferred name kept up to date."""
    exact = repository.by_key({key_of(entity) for entity in entities})
    index = _NameIndex(repository, entities)
    found = [
        index.find(position, entity, exact.get(key_of(entity)))
        for position, entity in enumerate(entities)
    ]
    unmatched = [entity for entity, where in zip(entities, found, strict=True) if not where.known]
    blocks = repository.in_blocks({block_of(entity) for entity in unmatched})
    for position, (entity, where) in enumerate(zip(entities, found, strict=True)):
        if where.known is None:
            known = _match_in_block(entity, blocks.get(block_of(entity), []))
            if known is not None and not index.apart(position, known):
                where.known = known
    # Entities the document keeps apart ("Барак Обама", "Мишель Обама") do not both join
    # one stored entity by a looser name ("Обама"): which of them it is, is unknown.
    loose = Counter(where.known.id for where in found if where.known and not where.exact)
    for where in found:
        if where.known is not None and not where.exact and loose[where.known.id] > 1:
            where.known = None
    _merge_joined(repository, found)
    rows = {
        where.key: (where.key, block_of(entity), entity.name[:LENGTH])
        for entity, where in zip(entities, found, strict=True)
        if where.known is None
    }
    created = repository.create([rows[key] for key in sorted(rows)])
    ids: list[int] = []
    aliases: dict[tuple[int, str], bool] = {}
    names: set[tuple[int, EntityKey]] = set()
    for position, (entity, where) in enumerate(zip(entities, found, strict=True)):
        known = where.known or created[where.key]
        # The stored name is the preferred one of all names so far, so choosing between
        # it and the newcomer is choosing among all of them.
        preferred = preferred_name(known.type, {known.name, entity.name})[:LENGTH]
        if preferred != known.name:
            repository.rename(known, preferred)
        for alias in sorted(entity.aliases | {entity.name}):
            aliases.setdefault((known.id, alias[:LENGTH]), alias == entity.name)
        names |= {(known.id, ("ORG", name)) for name in index.names[position]}
        ids.append(known.id)
    repository.add_aliases(
        [(entity_id, alias, normal) for (entity_id, alias), normal in sorted(aliases.items())]
    )
    repository.add_names(sorted(names))
    return ids


def _merge_joined(repository: EntityRepository, found: list[_Found]) -> None:
    """Merges the organisations each newcomer showed to be one into the oldest of them;
    a newcomer pointing at one merged away then points at the one it joined."""
    merged_into: dict[int, KnownEntity] = {}

    def current(known: KnownEntity) -> KnownEntity:
        seen: set[int] = set()
        while known.id in merged_into and known.id not in seen:
            seen.add(known.id)
            known = merged_into[known.id]
        return known

    for where in found:
        if where.known is None or not where.joins:
            continue
        group = {known.id: known for known in map(current, [where.known, *where.joins])}
        into, *others = (group[id_] for id_ in sorted(group))
        if others:
            names = {into.name, *(other.name for other in others)}
            repository.merge(into, others)
            preferred = preferred_name(into.type, names)[:LENGTH]
            if preferred != into.name:
                repository.rename(into, preferred)
            merged_into.update((other.id, into) for other in others)
    for where in found:
        if where.known is not None:
            where.known = current(where.known)


class MemoryEntities:
    """Entities in dictionaries, read the way the SQL repository reads its tables."""

    def __init__(self) -> None:
        self.entities: dict[int, KnownEntity] = {}
        self.keys: dict[EntityKey, int] = {}
        self.blocks: dict[str, list[int]] = defaultdict(list)
        self.aliases: dict[int, dict[str, bool]] = defaultdict(dict)
        self.names: dict[EntityKey, set[int]] = defaultdict(set)
        self.names_by_entity: dict[int, set[str]] = defaultdict(set)
        self.apart: set[frozenset[int]] = set()

    def by_key(self, keys: set[EntityKey]) -> dict[EntityKey, KnownEntity]:
        return {key: self.entities[self.keys[key]] for key in keys if key in self.keys}

    def by_name(self, keys: set[EntityKey]) -> dict[EntityKey, list[KnownEntity]]:
        return {
            key: [self.entities[id_] for id_ in sorted(self.names[key])]
            for key in keys
            if self.names.get(key)
        }

    def names_of(self, ids: set[int]) -> dict[int, set[str]]:
        return {id_: set(self.names_by_entity[id_]) for id_ in ids if id_ in self.names_by_entity}

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

    def add_names(self, names: list[tuple[int, EntityKey]]) -> None:
        for entity_id, key in names:
            self.names[key].add(entity_id)
            self.names_by_entity[entity_id].add(key[1])

    def kept_apart(self, ids: set[int]) -> set[frozenset[int]]:
        return {pair for pair in self.apart if pair <= ids}

    def merge(self, into: KnownEntity, others: list[KnownEntity]) -> None:
        for other in others:
            del self.entities[other.id]
            for key, id_ in list(self.keys.items()):
                if id_ == other.id:
                    del self.keys[key]
            for block in self.blocks.values():
                if other.id in block:
                    block.remove(other.id)
            for alias, normal in self.aliases.pop(other.id, {}).items():
                self.aliases[into.id].setdefault(alias, normal)
            for name in self.names_by_entity.pop(other.id, set()):
                self.names[("ORG", name)].discard(other.id)
                self.names[("ORG", name)].add(into.id)
                self.names_by_entity[into.id].add(name)
