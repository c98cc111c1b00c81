"""Steps more than one migration takes."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from concord.knowledge.entity_keys import entity_block

_LENGTH = 300  # entities.block is String(300)
_BATCH = 5000


def recompute_entity_blocks(connection: Connection) -> None:
    """Every entity's block from its name by today's rule, in batches."""
    entities = sa.table(
        "entities", sa.column("id"), sa.column("type"), sa.column("name"), sa.column("block")
    )
    last = 0
    while True:
        rows = connection.execute(
            sa.select(entities.c.id, entities.c.type, entities.c.name, entities.c.block)
            .where(entities.c.id > last)
            .order_by(entities.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        changed = [
            {"entity_id": row.id, "new_block": block}
            for row in rows
            if (block := entity_block(row.type, row.name)[:_LENGTH]) != row.block
        ]
        if changed:
            connection.execute(
                entities.update()
                .where(entities.c.id == sa.bindparam("entity_id"))
                .values(block=sa.bindparam("new_block")),
                changed,
            )
        last = rows[-1].id


def fill_organisation_names(connection: Connection) -> None:
    """Every organisation's names (its key and its aliases' keys) by today's rule, in
    batches of entities, so a stored organisation is found by a name it was given before."""
    from concord.claim import Entity
    from concord.resolve.entities import organisation_names

    entities = sa.table("entities", sa.column("id"), sa.column("type"), sa.column("name"))
    aliases = sa.table("entity_aliases", sa.column("entity_id"), sa.column("alias"))
    names = sa.table("entity_names", sa.column("type"), sa.column("key"), sa.column("entity_id"))
    last = 0
    while True:
        rows = connection.execute(
            sa.select(entities.c.id, entities.c.name)
            .where(entities.c.id > last, entities.c.type == "ORG")
            .order_by(entities.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        known: dict[int, set[str]] = {row.id: set() for row in rows}
        for entity_id, alias in connection.execute(
            sa.select(aliases.c.entity_id, aliases.c.alias).where(
                aliases.c.entity_id.in_(list(known))
            )
        ):
            known[entity_id].add(alias)
        found = {
            (row.id, key)
            for row in rows
            for key in organisation_names(Entity("ORG", row.name, known[row.id]))
        }
        if found:
            connection.execute(
                names.insert(),
                [{"type": "ORG", "key": key, "entity_id": id_} for id_, key in sorted(found)],
            )
        last = rows[-1].id
