"""Organisation blocks recomputed for names in two languages: an organisation is blocked
by the sorted tokens of its own words, generic words as concepts and proper names by
transliteration key ("University of Oulu" and "университет Оулу" meet in "#university
oulu"). An organisation the old blocks filed elsewhere would never be a candidate again;
its block is recomputed from its name. Entity keys are unchanged.

Revision ID: 0010_organisation_blocks
Revises: 0009_crosslingual_blocks
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from concord.knowledge.entity_keys import entity_block

revision: str = "0010_organisation_blocks"
down_revision: str | None = "0009_crosslingual_blocks"
branch_labels: str | None = None
depends_on: str | None = None

_LENGTH = 300  # entities.block is String(300)
_BATCH = 5000


def upgrade() -> None:
    connection = op.get_bind()
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


def downgrade() -> None:
    """The old blocks are not kept: a downgraded store matches with whatever blocks it has."""
