"""conflict_reviews: users' verdicts on conflicts (confirmed, dismissed, open again), kept
apart from the conflict rows that consolidation replaces.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # An unversioned store made from a newer metadata (read as 0001) has the table already.
    if sa.inspect(op.get_bind()).has_table("conflict_reviews"):
        return
    op.create_table(
        "conflict_reviews",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "fact_id", sa.Integer(), sa.ForeignKey("facts.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reviewer", sa.String(100), nullable=False),
        sa.Column("reviewed_values", sa.Text(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_conflict_reviews_fact_role", "conflict_reviews", ["fact_id", "role", "id"])


def downgrade() -> None:
    op.drop_index("ix_conflict_reviews_fact_role", table_name="conflict_reviews")
    op.drop_table("conflict_reviews")
