"""PostgreSQL full-text search in each document's own language.

The release indexed every document with the 'russian' configuration; now the
configuration follows documents.language (russian, english, else simple), under a new
index name so that a store cannot keep the old expression unnoticed. SQLite's FTS5
table is language-neutral and unchanged.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

from concord.store.schema import SEARCH_CONFIGURATION, SEARCH_INDEX, SEARCH_TEXT

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS documents_search")
    op.execute(
        f"CREATE INDEX IF NOT EXISTS {SEARCH_INDEX} ON documents USING gin "
        f"(to_tsvector({SEARCH_CONFIGURATION}, {SEARCH_TEXT}))"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {SEARCH_INDEX}")
    op.execute(
        "CREATE INDEX documents_search ON documents USING gin "
        "(to_tsvector('russian', coalesce(title, '') || ' ' || text))"
    )
