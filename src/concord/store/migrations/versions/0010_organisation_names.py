"""entity_names: every name an organisation is known by, as a lookup key, so a report that
names only "Уральская горно-металлургическая компания" finds the company stored as "УГМК"
(and the other way). Filled from the stored entities and their aliases.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from concord.store.migrations.steps import fill_organisation_names

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # An unversioned store made from a newer metadata (read as 0001) has the table already.
    if sa.inspect(op.get_bind()).has_table("entity_names"):
        return
    op.create_table(
        "entity_names",
        sa.Column("type", sa.String(16), primary_key=True),
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("entity_id", sa.Integer(), sa.ForeignKey("entities.id"), primary_key=True),
    )
    op.create_index("ix_entity_names_entity_id", "entity_names", ["entity_id"])
    fill_organisation_names(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_entity_names_entity_id", table_name="entity_names")
    op.drop_table("entity_names")
