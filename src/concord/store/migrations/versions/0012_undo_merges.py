"""Undoing a merge: entity_merges records what each merge moved (`undo`, JSON) and when it
was undone and by whom; entities_apart holds the pairs an analyst kept apart, which the
matcher reads. Merges logged before this revision recorded nothing to undo (`undo` NULL):
they stay permanent.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    # An unversioned store made from a newer metadata (read as 0001) has both already.
    if inspector.has_table("entities_apart"):
        return
    op.add_column("entity_merges", sa.Column("undo", sa.Text(), nullable=True))
    op.add_column(
        "entity_merges", sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.add_column(
        "entity_merges",
        sa.Column("undone_by", sa.String(100), nullable=False, server_default=""),
    )
    op.create_table(
        "entities_apart",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("second_id", sa.Integer(), nullable=False),
        sa.Column("merge_id", sa.Integer(), nullable=True),
        sa.Column("decided_by", sa.String(100), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_entities_apart_first_id", "entities_apart", ["first_id"])
    op.create_index("ix_entities_apart_second_id", "entities_apart", ["second_id"])


def downgrade() -> None:
    op.drop_index("ix_entities_apart_second_id", table_name="entities_apart")
    op.drop_index("ix_entities_apart_first_id", table_name="entities_apart")
    op.drop_table("entities_apart")
    with op.batch_alter_table("entity_merges") as table:
        table.drop_column("undone_by")
        table.drop_column("undone_at")
        table.drop_column("undo")
