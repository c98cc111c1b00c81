"""Schema versions: which revision a store is at, and Alembic upgrades to this Concord's.

The migrations ship inside the package (store/migrations/), and Alembic's Config is built
here in code, so an installed Concord needs no alembic.ini. Every function works on a
connection the caller holds in a locked transaction (see store/database.py). Alembic is
imported only when a store is created or migrated: opening a store at head reads its
version row and costs a command no extra imports."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from concord.store.schema import SEARCH_INDEX

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.runtime.environment import NameFilterParentNames, NameFilterType
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

# The newest revision in migrations/versions (tests/test_migrations.py checks they agree).
HEAD_REVISION = "0012"

VERSION_TABLE = "alembic_version"

# A store with Concord's tables and no version table was made by the first release.
RELEASE_REVISION = "0001"

# Made beside the tables, outside the metadata: SQLite's FTS5 table (and the shadow tables
# FTS5 keeps, documents_fts_data and so on) and PostgreSQL's text-search index.
FULL_TEXT_TABLE = "documents_fts"
FULL_TEXT_INDEXES = {"documents_search", SEARCH_INDEX}  # the release's, today's


class StoreSchemaError(RuntimeError):
    """The store's schema is not the one this Concord reads and writes."""


def ignore_full_text_structures(
    name: str | None, type_: NameFilterType, _parent: NameFilterParentNames
) -> bool:
    """Alembic's include_name hook: the full-text structures are no part of the metadata,
    so autogenerate must neither drop them nor report them as differences."""
    if type_ == "table" and name is not None:
        return not name.startswith(FULL_TEXT_TABLE)
    return not (type_ == "index" and name in FULL_TEXT_INDEXES)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@cache
def scripts() -> ScriptDirectory:
    """The migrations, read once per process."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def stored_revision(connection: Connection, where: str = "") -> str | None:
    """The store's revision; None for an empty database (no Concord tables yet)."""
    tables = inspect(connection)
    if tables.has_table(VERSION_TABLE):
        revisions = list(connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")))
        if len(revisions) > 1:
            found = ", ".join(sorted(row[0] for row in revisions))
            raise StoreSchemaError(f"store {where} records more than one schema revision: {found}")
        if revisions:
            return str(revisions[0][0])
    return RELEASE_REVISION if tables.has_table("documents") else None


def _stamp(connection: Connection, revision: str) -> None:
    from alembic.runtime.migration import MigrationContext

    MigrationContext.configure(connection).stamp(scripts(), revision)


def stamp_head(connection: Connection) -> None:
    """Records a store made from the current metadata as being at the newest revision."""
    _stamp(connection, HEAD_REVISION)


def _known(revision: str, where: str) -> None:
    """A revision from a newer Concord is not something an older one can upgrade from."""
    if revision not in {script.revision for script in scripts().walk_revisions()}:
        raise StoreSchemaError(
            f"store {where} is at schema {revision}, which this Concord does not know "
            f"(it knows up to {HEAD_REVISION}): use a newer Concord"
        )


def require_head(revision: str, where: str) -> None:
    """Normal use of a store needs it at head; anything else is one error saying what to do."""
    if revision == HEAD_REVISION:
        return
    _known(revision, where)
    raise StoreSchemaError(
        f"store {where} is at schema {revision}, this Concord needs {HEAD_REVISION}: "
        f"run `concord db upgrade --db {where}`"
    )


def upgrade(connection: Connection, where: str) -> tuple[str | None, str]:
    """Runs the migrations from the store's revision to head: (from, to). A release's store
    is stamped 0001 first; an empty database gets every migration from the first."""
    from alembic import command

    before = stored_revision(connection, where)
    if before is not None:
        _known(before, where)
        if not inspect(connection).has_table(VERSION_TABLE):
            _stamp(connection, before)
    command.upgrade(alembic_config(connection), "head")
    return before, HEAD_REVISION
