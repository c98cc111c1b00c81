"""Stored entities: the matcher's repository over the entity tables.

A document's entities are matched and written together, in a handful of statements
whatever their number: this is the hottest part of ingest after the models. Matching
reads entity rows and the keys of organisation names, never aliases as written; an
organisation's own names are read only when the newcomer was spelt out and shares one,
so the cost of a match grows little with the names an entity has gathered."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from concord.claim import Entity
from concord.resolve.entities import CANDIDATES, EntityKey, KnownEntity, match_entities
from concord.store.database import insert_ignoring_duplicates, limited_rows_per_value
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


class SqlEntities:
    """`document_id`: the report being matched, logged as the reason of any merge its
    names bring about."""

    def __init__(self, session: Session, document_id: str | None = None) -> None:
        self.session = session
        self.document_id = document_id

    def by_key(self, keys: set[EntityKey]) -> dict[EntityKey, KnownEntity]:
        """The entities stored under these keys, found through the keys' index."""
        if not keys:
            return {}
        condition = _keys_by_type(EntityRow.type, EntityRow.key, keys)
        rows = self.session.execute(select(*_COLUMNS, EntityRow.key).where(condition))
        return {(row.type, row.key): KnownEntity(row.id, row.type, row.name) for row in rows}

    def by_name(self, keys: set[EntityKey]) -> dict[EntityKey, list[KnownEntity]]:
        """The organisations known by these names, found through the names' primary key."""
        if not keys:
            return {}
        condition = _keys_by_type(EntityNameRow.type, EntityNameRow.key, keys)
        rows = self.session.execute(
            select(*_COLUMNS, EntityNameRow.key)
            .join(EntityNameRow, EntityNameRow.entity_id == EntityRow.id)
            .where(condition)
            .order_by(EntityRow.id)
        )
        found: dict[EntityKey, list[KnownEntity]] = defaultdict(list)
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
        return found

    def create(self, rows: list[tuple[EntityKey, str, str]]) -> dict[EntityKey, KnownEntity]:
        """The insert skips rows another writer inserted meanwhile instead of failing."""
        insert_ignoring_duplicates(
            self.session,
            EntityRow,
            [
                {"type": key[0], "key": key[1], "block": block, "name": name}
                for key, block, name in rows
            ],
        )
        return self.by_key({key for key, _, _ in rows})

    def rename(self, entity: KnownEntity, name: str) -> None:
        entity.name = name
        self.session.execute(update(EntityRow).where(EntityRow.id == entity.id).values(name=name))

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
        merge_stored_entities(
            self.session, into.id, [other.id for other in others], self.document_id
        )


def store_entities(
    session: Session, entities: Sequence[Entity], document_id: str | None = None
) -> list[int]:
    """Stored entity ids in the order given (see resolve.entities.match_entities); a
    merge they bring about is logged with `document_id` as its reason."""
    return match_entities(SqlEntities(session, document_id), entities)
