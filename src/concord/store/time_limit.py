"""A time limit on the store queries of one piece of work, such as a web request: a
query that would hold a server's connection and CPU for long is stopped and reported,
not left running. SQLite stops a statement from its progress handler, PostgreSQL by
`statement_timeout`. Work without a limit (the CLI, background recomputes) is not
touched: the limit lives in a context variable, which worker threads inherit from the
request that hands them work."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy import Connection, Engine, event
from sqlalchemy.engine import ExceptionContext

PROGRESS_STEPS = 20_000  # SQLite virtual machine steps between two looks at the clock

_deadline: ContextVar[float | None] = ContextVar("concord_query_deadline", default=None)


class QueryTimeLimit(Exception):
    """A query ran past the time limit of the work it belongs to."""


@contextmanager
def query_time_limit(seconds: float) -> Iterator[None]:
    """Queries inside the block stop `seconds` from now (an inner block sets its own)."""
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def _remaining() -> float | None:
    deadline = _deadline.get()
    return None if deadline is None else deadline - time.monotonic()


def _past_deadline() -> int:
    """SQLite's progress handler: a true value interrupts the running statement."""
    remaining = _remaining()
    return int(remaining is not None and remaining < 0)


def limit_queries(engine: Engine) -> None:
    """Makes the engine's statements honour the time limit of the work running them."""
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _watch(connection: sqlite3.Connection, _record: object) -> None:
            connection.set_progress_handler(_past_deadline, PROGRESS_STEPS)

    elif engine.dialect.name == "postgresql":

        @event.listens_for(engine, "begin")
        def _limit(connection: Connection) -> None:
            remaining = _remaining()
            if remaining is not None:
                milliseconds = max(1, int(remaining * 1000))
                connection.exec_driver_sql(f"SET LOCAL statement_timeout = {milliseconds}")

    @event.listens_for(engine, "handle_error")
    def _report(context: ExceptionContext) -> None:
        remaining = _remaining()
        if remaining is not None and remaining < 0 and _stopped(context.original_exception):
            raise QueryTimeLimit("the query took longer than the time limit") from (
                context.original_exception
            )


def _stopped(error: BaseException) -> bool:
    """Whether the database stopped the statement for its time (not any other failure)."""
    text = str(error).lower()
    return "interrupted" in text or "statement timeout" in text
