"""fact_links: facts related to one another (a side meeting part_of its summit).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # An unversioned store made from a newer metadata (read as 0001) has the table already.
    if sa.inspect(op.get_bind()).has_table("fact_links"):
        return
    op.create_table(
        "fact_links",
        sa.Column(
            "fact_id",
            sa.Integer(),
            sa.ForeignKey("facts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("relation", sa.String(32), primary_key=True),
        sa.Column(
            "other_id",
            sa.Integer(),
            sa.ForeignKey("facts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_fact_links_other_id", "fact_links", ["other_id"])


def downgrade() -> None:
    op.drop_index("ix_fact_links_other_id", table_name="fact_links")
    op.drop_table("fact_links")
