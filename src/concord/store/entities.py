"""Stored entities: the matcher's repository over the entity tables.

A document's entities are matched and written together, in a handful of statements
whatever their number: this is the hottest part of ingest after the models. Matching
reads entity rows and the keys of organisation names, never aliases as written; an
organisation's own names are read only when the newcomer was spelt out and shares one,
so the cost of a match grows little with the names an entity has gathered."""

from __future__ import annotations

from bisect import insort
from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from concord.claim import Entity
from concord.resolve.entities import (
    CANDIDATES,
    EntityKey,
    KnownEntity,
    key_of,
    match_entities,
    organisation_names,
)
from concord.store.database import (
    in_chunks,
    insert_ignoring_duplicates,
    insert_skipping_duplicates,
    limited_rows_per_value,
)
from concord.store.merge import merge_stored_entities
from concord.store.schema import EntitiesApartRow, EntityAliasRow, EntityNameRow, EntityRow

_COLUMNS = (EntityRow.id, EntityRow.type, EntityRow.name)


def _keys_by_type(
    type_column: InstrumentedAttribute[str],
    key_column: InstrumentedAttribute[str],
    keys: set[EntityKey],
) -> ColumnElement[bool]:
    """`type = ? AND key IN (...)` per type, OR-ed: SQLite scans the whole table for a
    row-value `(type, key) IN (...)`, but searches its index for this."""
    by_type: dict[str, list[str]] = defaultdict(list)
    for type_, key in sorted(keys):
        by_type[type_].append(key)
    return or_(
        *(and_(type_column == type_, key_column.in_(same)) for type_, same in by_type.items())
    )


class BatchLookups:
    """The exact keys and organisation names of a whole batch's entities, as the store
    holds them: read at the batch's first lookup, one statement per few hundred keys (as
    the writer reads fact keys once per batch), instead of two statements per document.
    The batch's own writes keep them true: entities it creates, names it renames, names
    it adds. A merge changes rows these cannot follow, so after one every lookup reads
    the tables again. Used inside the writer's transaction only, holding the write lock:
    no other writer changes the tables meanwhile."""

    def __init__(self, documents: Iterable[Sequence[Entity]]) -> None:
        self.entities = [entity for entities in documents for entity in entities]
        self.read = False
        self.valid = True
        self.keys: dict[EntityKey, int | None] = {}  # None: no entity has the key
        self.names: dict[EntityKey, list[int]] = {}  # ids in ascending order, as by_name
        self.rows: dict[int, tuple[str, str]] = {}  # id -> (type, name) as stored now

    def load(self, session: Session) -> None:
        """Keys and names are worked out here, not when the batch starts: matching is
        what needs them."""
        wanted_keys = {key_of(entity) for entity in self.entities}
        wanted_names = {
            ("ORG", name) for entity in self.entities for name in organisation_names(entity)
        }
        self.keys = dict.fromkeys(wanted_keys)
        for chunk in in_chunks(sorted(wanted_keys)):
            condition = _keys_by_type(EntityRow.type, EntityRow.key, set(chunk))
            for row in session.execute(select(*_COLUMNS, EntityRow.key).where(condition)):
                self.keys[(row.type, row.key)] = row.id
                self.rows[row.id] = (row.type, row.name)
        self.names = {key: [] for key in wanted_names}
        for chunk in in_chunks(sorted(wanted_names)):
            condition = _keys_by_type(EntityNameRow.type, EntityNameRow.key, set(chunk))
            for row in session.execute(
                select(*_COLUMNS, EntityNameRow.key)
                .join(EntityNameRow, EntityNameRow.entity_id == EntityRow.id)
                .where(condition)
                .order_by(EntityRow.id)
            ):
                self.names[(row.type, row.key)].append(row.id)
                self.rows[row.id] = (row.type, row.name)
        self.read = True

    def known(self, entity_id: int) -> KnownEntity:
        """A new object each time, as each statement's rows would be."""
        return KnownEntity(entity_id, *self.rows[entity_id])

    def seen(self, entities: Iterable[KnownEntity]) -> None:
        self.rows.update((known.id, (known.type, known.name)) for known in entities)


class SqlEntities:
    """`document_id`: the report being matched, logged as the reason of any merge its
    names bring about; `lookups`: its batch's keys and names, read once for the batch."""

    def __init__(
        self,
        session: Session,
        document_id: str | None = None,
        lookups: BatchLookups | None = None,
    ) -> None:
        self.session = session
        self.document_id = document_id
        self.lookups = lookups

    def _batch(self) -> BatchLookups | None:
        """The batch's lookups, read on first use; None once a merge made them stale."""
        if self.lookups is None or not self.lookups.valid:
            return None
        if not self.lookups.read:
            self.lookups.load(self.session)
        return self.lookups

    def by_key(self, keys: set[EntityKey]) -> dict[EntityKey, KnownEntity]:
        """The entities stored under these keys, found through the keys' index."""
        if not keys:
            return {}
        batch = self._batch()
        if batch is None:
            return self._by_key_in_table(keys)
        found = self._by_key_in_table(keys - batch.keys.keys())
        batch.seen(found.values())
        for key in keys & batch.keys.keys():
            entity_id = batch.keys[key]
            if entity_id is not None:
                found[key] = batch.known(entity_id)
        return found

    def _by_key_in_table(self, keys: set[EntityKey]) -> dict[EntityKey, KnownEntity]:
        if not keys:
            return {}
        condition = _keys_by_type(EntityRow.type, EntityRow.key, keys)
        rows = self.session.execute(select(*_COLUMNS, EntityRow.key).where(condition))
        return {(row.type, row.key): KnownEntity(row.id, row.type, row.name) for row in rows}

    def by_name(self, keys: set[EntityKey]) -> dict[EntityKey, list[KnownEntity]]:
        """The organisations known by these names, found through the names' primary key."""
        if not keys:
            return {}
        batch = self._batch()
        if batch is None:
            return self._by_name_in_table(keys)
        found = self._by_name_in_table(keys - batch.names.keys())
        batch.seen(known for same in found.values() for known in same)
        for key in keys & batch.names.keys():
            if batch.names[key]:
                found[key] = [batch.known(entity_id) for entity_id in batch.names[key]]
        return found

    def _by_name_in_table(self, keys: set[EntityKey]) -> dict[EntityKey, list[KnownEntity]]:
        found: dict[EntityKey, list[KnownEntity]] = defaultdict(list)
        if not keys:
            return found
        condition = _keys_by_type(EntityNameRow.type, EntityNameRow.key, keys)
        rows = self.session.execute(
            select(*_COLUMNS, EntityNameRow.key)
            .join(EntityNameRow, EntityNameRow.entity_id == EntityRow.id)
            .where(condition)
            .order_by(EntityRow.id)
        )
        for row in rows:
            found[(row.type, row.key)].append(KnownEntity(row.id, row.type, row.name))
        return found

    def names_of(self, ids: set[int]) -> dict[int, set[str]]:
        if not ids:
            return {}
        rows = self.session.execute(
            select(EntityNameRow.entity_id, EntityNameRow.key).where(
                EntityNameRow.entity_id.in_(sorted(ids))
            )
        )
        found: dict[int, set[str]] = defaultdict(set)
        for entity_id, key in rows:
            found[entity_id].add(key)
        return found

    def in_blocks(self, blocks: set[str]) -> dict[str, list[KnownEntity]]:
        rows = limited_rows_per_value(
            self.session,
            (*_COLUMNS, EntityRow.block),
            EntityRow.block,
            blocks,
            EntityRow.id,
            CANDIDATES,
        )
        found: dict[str, list[KnownEntity]] = defaultdict(list)
        for row in sorted(rows, key=lambda row: row[0], reverse=True):
            found[row[3]].append(KnownEntity(*row[:3]))
        if self.lookups is not None:
            self.lookups.seen(known for same in found.values() for known in same)
        return found

    def create(self, rows: list[tuple[EntityKey, str, str]]) -> dict[EntityKey, KnownEntity]:
        """The insert returns the rows it made, so only keys another writer inserted
        meanwhile (skipped instead of failing) are read back."""
        if not rows:
            return {}
        statement = insert_skipping_duplicates(self.session, EntityRow).returning(
            *_COLUMNS, EntityRow.key
        )
        made = self.session.execute(
            statement,
            [
                {"type": key[0], "key": key[1], "block": block, "name": name}
                for key, block, name in rows
            ],
        )
        found = {(row.type, row.key): KnownEntity(row.id, row.type, row.name) for row in made}
        batch = self._batch()
        if batch is not None:
            batch.seen(found.values())
            batch.keys.update((key, known.id) for key, known in found.items())
        skipped = {key for key, _, _ in rows} - found.keys()
        return found | self.by_key(skipped)

    def rename(self, entity: KnownEntity, name: str) -> None:
        entity.name = name
        self.session.execute(update(EntityRow).where(EntityRow.id == entity.id).values(name=name))
        if self.lookups is not None:
            self.lookups.seen([entity])

    def add_aliases(self, aliases: list[tuple[int, str, bool]]) -> None:
        insert_ignoring_duplicates(
            self.session,
            EntityAliasRow,
            [
                {"entity_id": entity_id, "alias": alias, "normal": normal}
                for entity_id, alias, normal in aliases
            ],
        )

    def add_names(self, names: list[tuple[int, EntityKey]]) -> None:
        insert_ignoring_duplicates(
            self.session,
            EntityNameRow,
            [{"entity_id": entity_id, "type": key[0], "key": key[1]} for entity_id, key in names],
        )
        batch = self._batch()
        if batch is None:
            return
        for entity_id, key in names:
            same = batch.names.get(key)
            if same is not None and entity_id not in same:
                insort(same, entity_id)

    def kept_apart(self, ids: set[int]) -> set[frozenset[int]]:
        """Both columns indexed; the pairs are few (one per merge undone)."""
        if not ids:
            return set()
        wanted = sorted(ids)
        rows = self.session.execute(
            select(EntitiesApartRow.first_id, EntitiesApartRow.second_id).where(
                EntitiesApartRow.first_id.in_(wanted), EntitiesApartRow.second_id.in_(wanted)
            )
        )
        return {frozenset(row) for row in rows}

    def merge(self, into: KnownEntity, others: list[KnownEntity]) -> None:
        if self.lookups is not None:
            self.lookups.valid = False
        merge_stored_entities(
            self.session, into.id, [other.id for other in others], self.document_id
        )


def store_entities(
    session: Session,
    entities: Sequence[Entity],
    document_id: str | None = None,
    lookups: BatchLookups | None = None,
) -> list[int]:
    """Stored entity ids in the order given (see resolve.entities.match_entities); a
    merge they bring about is logged with `document_id` as its reason. `lookups`: the
    batch's keys and names (BatchLookups), when the caller writes several documents."""
    return match_entities(SqlEntities(session, document_id, lookups), entities)
