"""SQLite's full-text table indexes dictionary forms: each stored document's title and
text are replaced there by their lemmatised copies (store/search.py), in batches, so a
query in one word form finds documents using another. PostgreSQL already stems in each
document's language and is unchanged.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from concord.store.search import INDEX_INSERT, indexed_row

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None

_BATCH = 500


def _refill(lemmatise: bool) -> None:
    """The full-text table emptied and filled again from the documents table."""
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    connection.exec_driver_sql("DELETE FROM documents_fts")
    documents = sa.table("documents", sa.column("id"), sa.column("title"), sa.column("text"))
    last = ""
    while True:
        rows = connection.execute(
            sa.select(documents.c.id, documents.c.title, documents.c.text)
            .where(documents.c.id > last)
            .order_by(documents.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        connection.execute(
            sa.text(INDEX_INSERT),
            [
                indexed_row(i, title, body)
                if lemmatise
                else {"id": i, "title": title, "text": body}
                for i, title, body in rows
            ],
        )
        last = rows[-1][0]


def upgrade() -> None:
    _refill(lemmatise=True)


def downgrade() -> None:
    _refill(lemmatise=False)
