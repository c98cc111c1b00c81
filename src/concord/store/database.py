"""Opening the store: URL from the caller, else CONCORD_DB, else ./concord.db."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Executable,
    bindparam,
    create_engine,
    event,
    func,
    insert,
    select,
    union_all,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from concord.store import migrate
from concord.store.schema import SEARCH_CONFIGURATION, SEARCH_INDEX, SEARCH_TEXT, Base
from concord.store.time_limit import limit_queries

DEFAULT_URL = "sqlite:///concord.db"
IN_LIST = 500  # values bound in one `IN (...)`: well inside every database's parameter limit

Item = TypeVar("Item")


def in_chunks(items: list[Item], size: int = IN_LIST) -> Iterator[list[Item]]:
    """`items` in slices small enough for one `IN (...)` each."""
    for start in range(0, len(items), size):
        yield items[start : start + size]

# Execution option a writer sets on its session's connection: on SQLite its transaction
# starts with BEGIN IMMEDIATE, so two ingesting processes queue for the write lock instead
# of one failing when its read snapshot can no longer be upgraded to a write.
WRITE_TRANSACTION = "concord_write_transaction"

# PostgreSQL advisory lock keys: schema creation, and writers (one document at a time,
# as SQLite's write lock does, so consolidation never sees two half-filed documents).
SCHEMA_LOCK = 0x636F6E63
WRITER_LOCK = 0x636F6E64

SQLITE_CACHE_KB = 256 * 1024  # page cache and memory map per connection

# Seconds a SQLite connection waits for another process's write lock before giving up.
SQLITE_LOCK_TIMEOUT = 60


def database_url(url: str | None = None) -> str:
    return url or os.environ.get("CONCORD_DB") or DEFAULT_URL


def _use_write_ahead_log(cursor: Any) -> None:
    """Switching a new file to WAL needs it to itself, and SQLite answers 'locked' at once
    (no busy wait) when another process opens the same new store at that moment."""
    deadline = time.monotonic() + SQLITE_LOCK_TIMEOUT
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _take_over_sqlite_transactions(engine: Engine) -> None:
    """Python 3.11's sqlite3 opens transactions only before INSERT/UPDATE/DELETE, so a
    SAVEPOINT issued first would commit on its own; SQLAlchemy emits BEGIN instead, which
    keeps savepoints inside the document's transaction (SQLAlchemy's documented recipe)."""

    @event.listens_for(engine, "connect")
    def _configure(connection: Any, _record: Any) -> None:
        connection.isolation_level = None
        cursor = connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        _use_write_ahead_log(cursor)
        # WAL with NORMAL sync survives a crashed process; only power loss can drop the
        # last commits, never corrupt the file.
        cursor.execute("PRAGMA synchronous=NORMAL")
        # A store of 100k documents is gigabytes; the default 2 MB page cache makes every
        # lookup a read from the file.
        cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KB}")
        cursor.execute(f"PRAGMA mmap_size={SQLITE_CACHE_KB * 1024}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        writes = connection.get_execution_options().get(WRITE_TRANSACTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _create_engine(url: URL, pool_size: int | None = None) -> Engine:
    on_sqlite = url.get_backend_name() == "sqlite"
    pooling = {} if pool_size is None else {"pool_size": pool_size, "max_overflow": pool_size // 4}
    engine = create_engine(
        url, connect_args={"timeout": SQLITE_LOCK_TIMEOUT} if on_sqlite else {}, **pooling
    )
    if on_sqlite:
        _take_over_sqlite_transactions(engine)
    limit_queries(engine)
    return engine


@contextmanager
def _schema_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction holding the schema lock from its start (SQLite's write lock, an
    advisory lock on PostgreSQL): two processes opening a new store at once take turns,
    and the second finds the tables made."""
    with engine.connect() as connection:
        writing = connection.execution_options(**{WRITE_TRANSACTION: True})
        with writing.begin():
            if engine.dialect.name == "postgresql":
                writing.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SCHEMA_LOCK})")
            yield writing


def _create_schema(connection: Connection) -> None:
    """Every table of the current metadata and the full-text structures, stamped as the
    newest revision (the migrations build the same schema step by step)."""
    Base.metadata.create_all(connection)
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts "
            "USING fts5(id UNINDEXED, title, text, tokenize='unicode61')"
        )
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {SEARCH_INDEX} ON documents USING gin "
            f"(to_tsvector({SEARCH_CONFIGURATION}, {SEARCH_TEXT}))"
        )
    migrate.stamp_head(connection)


def _shown(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def open_database(url: str | None = None, pool_size: int | None = None) -> Engine:
    """An engine on a store at this Concord's schema: an empty database gets every table;
    a store at an older schema is a StoreSchemaError saying how to upgrade it. A server
    passes `pool_size`, its thread count: SQLAlchemy's default of 5 (+10) connections made
    requests beyond the 15th wait for a connection and fail after 30 s under load."""
    resolved = make_url(database_url(url))
    engine = _create_engine(resolved, pool_size)
    try:
        with _schema_transaction(engine) as connection:
            revision = migrate.stored_revision(connection, _shown(resolved))
            if revision is None:
                _create_schema(connection)
            else:
                migrate.require_head(revision, _shown(resolved))
    except BaseException:
        engine.dispose()
        raise
    return engine


def upgrade_database(url: str | None = None) -> tuple[str | None, str]:
    """Migrates the store to this Concord's schema: (revision before, revision now)."""
    resolved = make_url(database_url(url))
    engine = _create_engine(resolved)
    try:
        with _schema_transaction(engine) as connection:
            return migrate.upgrade(connection, _shown(resolved))
    finally:
        engine.dispose()


def database_revision(url: str | None = None) -> str | None:
    """The store's schema revision (None: an empty database), changing nothing."""
    resolved = make_url(database_url(url))
    engine = _create_engine(resolved)
    try:
        with engine.connect() as connection:
            return migrate.stored_revision(connection, _shown(resolved))
    finally:
        engine.dispose()


def take_write_lock(session: Session) -> None:
    """First statement of a writing transaction: writers queue here, one transaction at
    a time, on SQLite (BEGIN IMMEDIATE) and PostgreSQL (a transaction-scoped advisory lock)."""
    connection = session.connection(execution_options={WRITE_TRANSACTION: True})
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")


def _dialect(session: Session) -> Any:
    """The dialect module whose insert has ON CONFLICT clauses."""
    return postgresql if session.get_bind().dialect.name == "postgresql" else sqlite


def insert_skipping_duplicates(session: Session, table: type[Base]) -> Any:
    return _dialect(session).insert(table.__table__).on_conflict_do_nothing()


def insert_ignoring_duplicates(
    session: Session, table: type[Base], rows: Sequence[dict[str, Any]]
) -> None:
    """A multi-row insert that skips rows whose unique key another writer stored first."""
    if rows:
        session.execute(insert_skipping_duplicates(session, table), list(rows))


def insert_or_update(
    session: Session, table: type[Base], rows: Sequence[dict[str, Any]], columns: Sequence[str]
) -> None:
    """A multi-row insert where a row whose key is stored updates that row's `columns`."""
    if not rows:
        return
    statement = _dialect(session).insert(table.__table__)
    statement = statement.on_conflict_do_update(
        index_elements=list(table.__table__.primary_key.columns),
        set_={column: statement.excluded[column] for column in columns},
    )
    session.execute(statement, list(rows))


def insert_new(session: Session, table: type[Base], rows: Sequence[dict[str, Any]]) -> set[Any]:
    """Inserts the rows whose key is not stored yet; the keys it inserted. RETURNING
    says which on both databases (psycopg reports no row count for this statement)."""
    if not rows:
        return set()
    key = table.__table__.primary_key.columns.values()[0]
    statement = insert_skipping_duplicates(session, table).returning(key)
    return set(session.scalars(statement, list(rows)))


SQLITE_LARGEST_ROWID = 2**63 - 1


def insert_returning_ids(
    session: Session, table: type[Base], rows: Sequence[dict[str, Any]]
) -> list[int]:
    """Inserts the rows, returning their new ids in the rows' order. SQLite does not
    promise RETURNING's order, so SQLAlchemy keeps it there by sending one statement per
    row. On SQLite the ids are given here instead, in one statement, as SQLite gives them
    itself: each one above the largest id in the table (no table uses AUTOINCREMENT).
    Every writer calls this holding the write lock, so no other insert comes between
    reading the largest id and using it."""
    if not rows:
        return []
    key = table.__table__.primary_key.columns.values()[0]
    if session.get_bind().dialect.name == "sqlite":
        newest = session.scalar(select(func.max(key))) or 0
        if newest + len(rows) < SQLITE_LARGEST_ROWID:  # beyond it SQLite picks at random
            ids = list(range(newest + 1, newest + 1 + len(rows)))
            given = [{**row, key.name: id_} for row, id_ in zip(rows, ids, strict=True)]
            session.execute(insert(table.__table__), given)
            return ids
    statement = insert(table.__table__).returning(key, sort_by_parameter_order=True)
    return list(session.scalars(statement, list(rows)))


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


VALUES_PER_STATEMENT = 128  # SQLite allows 500 terms in one compound select


def limited_rows_per_value(
    session: Session,
    columns: tuple[InstrumentedAttribute[Any], ...],
    match: InstrumentedAttribute[Any],
    values: Iterable[Any],
    order: InstrumentedAttribute[Any],
    limit: int,
    descending: bool = True,
) -> list[tuple[Any, ...]]:
    """For each value, the `limit` rows with `match == value` highest in `order` (lowest
    with `descending=False`).

    One indexed, limited select per value, all joined in one statement: a hot value
    (a name in every story) costs `limit` rows, not all of its rows. Statements come in
    a few sizes, padded by repeating a value, so each is compiled once per process."""
    ordered = sorted(set(values))
    found: dict[tuple[Any, ...], None] = {}
    for start in range(0, len(ordered), VALUES_PER_STATEMENT):
        chunk = ordered[start : start + VALUES_PER_STATEMENT]
        size = 1 << (len(chunk) - 1).bit_length()
        padded = chunk + [chunk[-1]] * (size - len(chunk))
        statement = _limited_union(columns, match, order, descending, limit, size)
        parameters = {f"value_{index}": value for index, value in enumerate(padded)}
        found.update((tuple(row), None) for row in session.execute(statement, parameters))
    return list(found)


@lru_cache(maxsize=64)
def _limited_union(
    columns: tuple[InstrumentedAttribute[Any], ...],
    match: InstrumentedAttribute[Any],
    order: InstrumentedAttribute[Any],
    descending: bool,
    limit: int,
    size: int,
) -> Executable:
    parts = [
        select(*columns)
        .where(match == bindparam(f"value_{index}"))
        .order_by(order.desc() if descending else order)
        .limit(limit)
        .subquery()
        .select()
        for index in range(size)
    ]
    return parts[0] if size == 1 else union_all(*parts)
