"""Stored entities across documents: exact key first, then the resolver's blocking and checks.

A document's entities are matched and written together, in a handful of statements
whatever their number: this is the hottest part of ingest after the models."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, tuple_, update
from sqlalchemy.orm import Session

from concord.claim import Entity
from concord.resolve.entities import entity_block, entity_key, preferred_name, same_entity
from concord.store.database import insert_ignoring_duplicates, latest_rows_per_value
from concord.store.schema import EntityAliasRow, EntityRow

CANDIDATES = 200  # entities compared per block; blocks are small (surname prefix, place key)
LENGTH = 300  # String(300) columns


@dataclass
class _Known:
    """A stored entity as the matcher sees it (plain values, not ORM objects: blocks are
    read for every new name) and its aliases (True: a nominative name)."""

    id: int
    type: str
    key: str
    name: str
    aliases: dict[str, bool] = field(default_factory=dict)

    def names(self) -> set[str]:
        return {self.name, *(alias for alias, normal in self.aliases.items() if normal)}


_COLUMNS = (EntityRow.id, EntityRow.type, EntityRow.key, EntityRow.name)


def _with_aliases(session: Session, rows: Sequence[Any], normal_only: bool = False) -> list[_Known]:
    known = {row[0]: _Known(*row) for row in rows}
    if known:
        query = select(EntityAliasRow.entity_id, EntityAliasRow.alias, EntityAliasRow.normal)
        query = query.where(EntityAliasRow.entity_id.in_(known))
        if normal_only:  # what the matcher compares; the surface forms can be many
            query = query.where(EntityAliasRow.normal)
        for entity_id, alias, normal in session.execute(query):
            aliases = known[entity_id].aliases
            aliases[alias] = aliases.get(alias, False) or normal
    return list(known.values())


def _by_key(session: Session, keys: set[tuple[str, str]]) -> dict[tuple[str, str], _Known]:
    if not keys:
        return {}
    rows = session.execute(select(*_COLUMNS).where(tuple_(EntityRow.type, EntityRow.key).in_(keys)))
    return {(k.type, k.key): k for k in _with_aliases(session, rows.all())}


def _in_blocks(session: Session, blocks: set[str]) -> dict[str, list[_Known]]:
    """Each block's CANDIDATES most recently created entities, newest first: in a news
    stream, the people in the news lately."""
    rows = latest_rows_per_value(
        session, (*_COLUMNS, EntityRow.block), EntityRow.block, blocks, EntityRow.id, CANDIDATES
    )
    block_of = {row[0]: row[4] for row in rows}
    found: dict[str, list[_Known]] = defaultdict(list)
    for known in _with_aliases(session, [row[:4] for row in rows], normal_only=True):
        found[block_of[known.id]].append(known)
    for members in found.values():
        members.sort(key=lambda known: known.id, reverse=True)
    return found


def _key(entity: Entity) -> tuple[str, str]:
    return entity.type, entity_key(entity.type, entity.name)[:LENGTH]


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
                    if same_entity(known.type, known.names(), entity.type, entity.name)
                ),
                None,
            )
        matches.append(found)
    # Entities found in a block carry their nominative names only; read every alias, to
    # add only the new ones.
    exact_ids = {known.id for known in exact.values()}
    by_block = {known.id for known in matches if known is not None and known.id not in exact_ids}
    complete = {
        known.id: known
        for known in _with_aliases(
            session, [(k.id, k.type, k.key, k.name) for k in matches if k and k.id in by_block]
        )
    }
    return [complete.get(known.id, known) if known else None for known in matches]


def _block(entity: Entity) -> str:
    return entity_block(entity.type, entity.name)[:LENGTH]


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
    """Stored entity ids in the order given; each entity's aliases added to its row."""
    matches = _match(session, entities)
    created = _create(session, [e for e, m in zip(entities, matches, strict=True) if m is None])
    aliases = []
    for index, entity in enumerate(entities):
        known = matches[index] or created[_key(entity)]
        matches[index] = known
        names = known.names()
        if entity.name not in names:
            preferred = preferred_name(known.type, names | {entity.name})[:LENGTH]
            if preferred != known.name:
                known.name = preferred
                session.execute(
                    update(EntityRow).where(EntityRow.id == known.id).values(name=preferred)
                )
        for alias in sorted(entity.aliases | {entity.name}):
            if alias[:LENGTH] not in known.aliases:
                known.aliases[alias[:LENGTH]] = alias == entity.name
                aliases.append(
                    {
                        "entity_id": known.id,
                        "alias": alias[:LENGTH],
                        "normal": alias == entity.name,
                    }
                )
    insert_ignoring_duplicates(session, EntityAliasRow, aliases)
    return [known.id for known in matches if known is not None]
