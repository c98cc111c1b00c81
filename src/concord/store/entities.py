"""Stored entities across documents: exact key first, then the resolver's blocking and checks.

A document's entities are matched and written together, in a handful of statements
whatever their number: this is the hottest part of ingest after the models. Matching
reads entity rows only, never their aliases: a newcomer is compared with each
candidate's preferred name, so the cost of a match does not grow with the names an
entity has gathered, and one loose alias cannot pull in everyone who shares a surname."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from concord.claim import Entity
from concord.resolve.entities import entity_block, entity_key, preferred_name, same_entity
from concord.store.database import insert_ignoring_duplicates, limited_rows_per_value
from concord.store.schema import EntityAliasRow, EntityRow

CANDIDATES = 200  # entities compared per block; blocks are small (surname prefix, place key)
LENGTH = 300  # String(300) columns


@dataclass
class _Known:
    """A stored entity as the matcher sees it: plain values, not ORM objects, since
    blocks are read for every new name."""

    id: int
    type: str
    name: str


_COLUMNS = (EntityRow.id, EntityRow.type, EntityRow.name)


def _by_key(session: Session, keys: set[tuple[str, str]]) -> dict[tuple[str, str], _Known]:
    """Spelt as one `type = ? AND key IN (...)` per type: SQLite scans the whole table for
    a row-value `(type, key) IN (...)`, but searches its index for this."""
    if not keys:
        return {}
    by_type: dict[str, list[str]] = defaultdict(list)
    for type_, key in sorted(keys):
        by_type[type_].append(key)
    condition = or_(
        *(and_(EntityRow.type == type_, EntityRow.key.in_(same)) for type_, same in by_type.items())
    )
    rows = session.execute(select(*_COLUMNS, EntityRow.key).where(condition))
    return {(row.type, row.key): _Known(*row[:3]) for row in rows}


def _in_blocks(session: Session, blocks: set[str]) -> dict[str, list[_Known]]:
    """Each block's CANDIDATES most recently created entities, newest first: in a news
    stream, the people in the news lately."""
    rows = limited_rows_per_value(
        session, (*_COLUMNS, EntityRow.block), EntityRow.block, blocks, EntityRow.id, CANDIDATES
    )
    found: dict[str, list[_Known]] = defaultdict(list)
    for row in sorted(rows, key=lambda row: row[0], reverse=True):
        found[row[3]].append(_Known(*row[:3]))
    return found


def _key(entity: Entity) -> tuple[str, str]:
    return entity.type, entity_key(entity.type, entity.name)[:LENGTH]


def _block(entity: Entity) -> str:
    return entity_block(entity.type, entity.name)[:LENGTH]


def _match(session: Session, entities: Sequence[Entity]) -> list[_Known | None]:
    """The stored entity each one is, by exact key, else by the checks within its block."""
    exact = _by_key(session, {_key(entity) for entity in entities})
    unmatched = [entity for entity in entities if _key(entity) not in exact]
    blocks = _in_blocks(session, {_block(entity) for entity in unmatched})
    matches: list[_Known | None] = []
    for entity in entities:
        found = exact.get(_key(entity))
        if found is None:
            found = next(
                (
                    known
                    for known in blocks.get(_block(entity), [])
                    if same_entity(known.type, known.name, entity.type, entity.name)
                ),
                None,
            )
        matches.append(found)
    return matches


def _create(session: Session, entities: Sequence[Entity]) -> dict[tuple[str, str], _Known]:
    """New rows for entities nobody has stored; a row another writer inserted meanwhile
    is taken as it is (the insert skips duplicates instead of failing)."""
    rows = {
        _key(entity): {
            "type": entity.type,
            "key": _key(entity)[1],
            "block": _block(entity),
            "name": entity.name[:LENGTH],
        }
        for entity in entities
    }
    insert_ignoring_duplicates(session, EntityRow, [rows[key] for key in sorted(rows)])
    return _by_key(session, set(rows))


def store_entities(session: Session, entities: Sequence[Entity]) -> list[int]:
    """Stored entity ids in the order given; each entity's aliases added to its row
    (those it has already are skipped by the insert)."""
    matches = _match(session, entities)
    created = _create(session, [e for e, m in zip(entities, matches, strict=True) if m is None])
    aliases: dict[tuple[int, str], bool] = {}
    for index, entity in enumerate(entities):
        known = matches[index] or created[_key(entity)]
        matches[index] = known
        # The stored name is the preferred one of all names so far, so choosing between
        # it and the newcomer is choosing among all of them.
        preferred = preferred_name(known.type, {known.name, entity.name})[:LENGTH]
        if preferred != known.name:
            known.name = preferred
            session.execute(
                update(EntityRow).where(EntityRow.id == known.id).values(name=preferred)
            )
        for alias in sorted(entity.aliases | {entity.name}):
            aliases.setdefault((known.id, alias[:LENGTH]), alias == entity.name)
    insert_ignoring_duplicates(
        session,
        EntityAliasRow,
        [
            {"entity_id": entity_id, "alias": alias, "normal": normal}
            for (entity_id, alias), normal in sorted(aliases.items())
        ],
    )
    return [known.id for known in matches if known is not None]
