"""Alembic's environment: runs on the connection concord.store.migrate hands it, inside that
connection's transaction (and lock), so no alembic.ini or URL is needed at run time."""

from __future__ import annotations

from alembic import context

from concord.store.migrate import ignore_full_text_structures
from concord.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Concord's migrations run through concord.store.migrate (a connection)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # No batch mode (SQLite's copy-and-rename): the store runs with foreign keys on, and
    # dropping a parent table's old copy would cascade-delete its children's rows. A later
    # revision that must rebuild a table on SQLite has to move the children's rows itself.
    render_as_batch=False,
    include_name=ignore_full_text_structures,
)
with context.begin_transaction():
    context.run_migrations()
