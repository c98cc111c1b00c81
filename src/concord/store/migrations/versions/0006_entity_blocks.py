"""Entity blocks recomputed: organisations are blocked by their first words that are not a
place (so that "Палата общин" meets "Палата общин Великобритании"), and a surname's
phonetic key no longer changes its first letter. An entity the old blocks filed
elsewhere would never be a candidate again; its block is recomputed from its name.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

from concord.store.migrations.steps import recompute_entity_blocks

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    recompute_entity_blocks(op.get_bind())


def downgrade() -> None:
    """The old blocks are not kept: a downgraded store matches with whatever blocks it has."""
