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
    # SQLite alters a table by copying it; Alembic's batch mode does that for later revisions.
    render_as_batch=connection.dialect.name == "sqlite",
    include_name=ignore_full_text_structures,
)
with context.begin_transaction():
    context.run_migrations()
