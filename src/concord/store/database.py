"""Opening the store: URL from the caller, else CONCORD_DB, else ./concord.db."""

from __future__ import annotations

import os

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import sessionmaker

from concord.store.schema import Base

DEFAULT_URL = "sqlite:///concord.db"


def database_url(url: str | None = None) -> str:
    return url or os.environ.get("CONCORD_DB") or DEFAULT_URL


def open_database(url: str | None = None) -> Engine:
    engine = create_engine(database_url(url))
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(connection, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            # WAL with NORMAL sync survives a crashed process; only power loss can drop the
            # last commits, never corrupt the file.
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

    Base.metadata.create_all(engine)
    if engine.dialect.name == "sqlite":
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts "
                "USING fts5(id UNINDEXED, title, text, tokenize='unicode61')"
            )
    return engine


def session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)
