"""entity_merges: every merge of stored entities, so an analyst sees what an entity absorbed
(the merged entity as it was), when, and why (the bridging report, or by hand), and so a
merge moves the store's version stamp. Merges made before this revision left no trace:
the table starts empty.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # An unversioned store made from a newer metadata (read as 0001) has the table already.
    if sa.inspect(op.get_bind()).has_table("entity_merges"):
        return
    op.create_table(
        "entity_merges",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kept_id", sa.Integer(), sa.ForeignKey("entities.id"), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("merged_type", sa.String(16), nullable=False),
        sa.Column("merged_name", sa.String(300), nullable=False),
        sa.Column("merged_aliases", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(32), nullable=True),
        sa.Column("merged_by", sa.String(100), nullable=False),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_entity_merges_kept_id", "entity_merges", ["kept_id"])
    op.create_index("ix_entity_merges_merged_id", "entity_merges", ["merged_id"])


def downgrade() -> None:
    op.drop_index("ix_entity_merges_merged_id", table_name="entity_merges")
    op.drop_index("ix_entity_merges_kept_id", table_name="entity_merges")
    op.drop_table("entity_merges")
