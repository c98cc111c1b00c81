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
