"""documents.status: whether a document was analysed, and why not.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # A store made between this column's arrival and its migration already has it.
    columns = sa.inspect(op.get_bind()).get_columns("documents")
    if any(column["name"] == "status" for column in columns):
        return
    # Every document a release stored was analysed, so the default is true of all of them.
    op.add_column(
        "documents",
        sa.Column("status", sa.String(64), nullable=False, server_default="analysed"),
    )


def downgrade() -> None:
    # Not batch mode: on SQLite that copies and drops the table, and dropping `documents`
    # with foreign keys on deletes every claim of it. SQLite 3.35+ drops a column in place.
    op.drop_column("documents", "status")
