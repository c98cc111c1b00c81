"""facts.date: each fact's date kept by the writer, so a date filter is an indexed query
with paging in SQL. Existing facts get theirs computed here, in batches.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from concord.store.fact_dates import update_fact_dates

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None

_BATCH = 2000


def upgrade() -> None:
    connection = op.get_bind()
    columns = sa.inspect(connection).get_columns("facts")
    if not any(column["name"] == "date" for column in columns):
        op.add_column("facts", sa.Column("date", sa.String(64), nullable=True))
        op.create_index("ix_facts_date", "facts", ["date"])
    facts = sa.table("facts", sa.column("id"))
    session = Session(bind=connection)
    last = 0
    while True:
        ids = list(
            connection.scalars(
                sa.select(facts.c.id).where(facts.c.id > last).order_by(facts.c.id).limit(_BATCH)
            )
        )
        if not ids:
            break
        update_fact_dates(session, ids)
        last = ids[-1]
    session.flush()


def downgrade() -> None:
    op.drop_index("ix_facts_date", "facts")
    op.drop_column("facts", "date")
