"""Stored entities across documents: exact key first, then the resolver's blocking and checks."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from concord.claim import Entity
from concord.resolve.entities import entity_block, entity_key, preferred_name, same_entity
from concord.store.schema import EntityAliasRow, EntityRow

CANDIDATES = 200  # entities compared per block; blocks are small (surname prefix, place key)


def _known_names(session: Session, row: EntityRow) -> set[str]:
    aliases = session.scalars(
        select(EntityAliasRow.alias).where(
            EntityAliasRow.entity_id == row.id, EntityAliasRow.normal
        )
    )
    return {row.name, *aliases}


def _match(session: Session, entity: Entity) -> EntityRow | None:
    key = entity_key(entity.type, entity.name)[:300]
    exact = session.scalar(
        select(EntityRow).where(EntityRow.type == entity.type, EntityRow.key == key)
    )
    if exact is not None:
        return exact
    block = entity_block(entity.type, entity.name)[:300]
    for row in session.scalars(select(EntityRow).where(EntityRow.block == block).limit(CANDIDATES)):
        if same_entity(row.type, _known_names(session, row), entity.type, entity.name):
            return row
    return None


def store_entity(session: Session, entity: Entity) -> int:
    """The stored entity's id; safe when another writer creates the same entity at once."""
    row = _match(session, entity)
    if row is None:
        try:
            with session.begin_nested():
                row = EntityRow(
                    type=entity.type,
                    key=entity_key(entity.type, entity.name)[:300],
                    block=entity_block(entity.type, entity.name)[:300],
                    name=entity.name[:300],
                )
                session.add(row)
        except IntegrityError:
            row = _match(session, entity)
            assert row is not None
    names = _known_names(session, row)
    if entity.name not in names:
        row.name = preferred_name(row.type, names | {entity.name})[:300]
    known = set(
        session.scalars(select(EntityAliasRow.alias).where(EntityAliasRow.entity_id == row.id))
    )
    for alias in sorted(entity.aliases | {entity.name}):
        if alias[:300] not in known:
            session.add(
                EntityAliasRow(entity_id=row.id, alias=alias[:300], normal=alias == entity.name)
            )
    return row.id
