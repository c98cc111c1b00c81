"""Where POST /api/documents analyses and stores a document: in a child process.

The analysis is seconds of Python CPU (2.7 s p50 under load on the 10k store); in a
server thread it held the server process's GIL against every reader. A small pool of
child processes (started on the first POST, models loaded there once, shut down with the
app) does the whole `ingest_document` — the duplicate check, the analysis and the write,
in the child's own connection — so the server only parses the body and waits. The queue
is bounded: when every child is busy and `queued` more documents wait, the POST answers
503 with Retry-After at once instead of stalling.

`InProcessAnalysis` is the same interface in a server thread: the app's default for
tests and embedding (a test can stand in a pipeline), `concord serve` uses the pool."""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import Protocol

from fastapi import HTTPException
from fastapi.concurrency import run_in_threadpool
from sqlalchemy.orm import Session, sessionmaker

from concord.document import Document
from concord.ingest.document import IngestedDocument, ingest_document
from concord.ingest.run import ANALYSIS_NICENESS

RETRY_AFTER_SECONDS = 5
_CHILD_SESSIONS: sessionmaker[Session] | None = None  # in a child: its own engine


class Analysis(Protocol):
    async def ingest(self, document: Document) -> IngestedDocument: ...

    def close(self) -> None: ...


class InProcessAnalysis:
    """In a server thread, through the process's shared pipeline (the behaviour before
    the pool; the event loop stays free, the GIL does not)."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    async def ingest(self, document: Document) -> IngestedDocument:
        return await run_in_threadpool(ingest_document, self.sessions, document)

    def close(self) -> None:
        pass


class Busy(HTTPException):
    """Every child busy and the queue full: 503, try again in a few seconds."""

    def __init__(self, reason: str) -> None:
        super().__init__(503, reason, headers={"Retry-After": str(RETRY_AFTER_SECONDS)})


class AnalysisPool:
    """`processes` children, at most `processes + queued` documents accepted at once."""

    def __init__(
        self,
        database_url: str | None,
        processes: int,
        queued: int,
        initializer: Callable[..., None] | None = None,
        work: Callable[[Document], IngestedDocument] | None = None,
    ) -> None:
        """`initializer(parent pid, database_url)` and `work(document)` run in the child:
        by default `start_child` and `ingest_in_child` (a test stands in others)."""
        self.database_url = database_url
        self.initializer: Callable[..., None] = initializer or start_child
        self.work: Callable[[Document], IngestedDocument] = work or ingest_in_child
        self.processes = processes
        self.limit = processes + queued
        self.accepted = 0
        self.lock = threading.Lock()
        self.pool: ProcessPoolExecutor | None = None

    def _started(self) -> ProcessPoolExecutor:
        with self.lock:
            if self.pool is None:
                self.pool = ProcessPoolExecutor(
                    max_workers=self.processes,
                    mp_context=get_context("spawn"),  # never fork a process holding connections
                    initializer=self.initializer,
                    initargs=(os.getpid(), self.database_url),
                )
            return self.pool

    def start(self) -> None:
        """Starts the children now, their models loading in the background (`concord
        serve` does: started on the first POST, each server process's first POST waited
        27-30 s for the models under load)."""
        self._started().submit(os.getpid)

    async def ingest(self, document: Document) -> IngestedDocument:
        with self.lock:
            if self.accepted >= self.limit:
                raise Busy(f"{self.accepted} documents are being analysed; try again later")
            self.accepted += 1
        try:
            pool = self._started()
            try:
                return await asyncio.wrap_future(pool.submit(self.work, document))
            except BrokenProcessPool:  # a child died (killed, out of memory): a new pool next
                self._discard(pool)
                raise Busy("the analysis process was lost; try again") from None
        finally:
            with self.lock:
                self.accepted -= 1

    def _discard(self, pool: ProcessPoolExecutor) -> None:
        with self.lock:
            if self.pool is pool:
                self.pool = None
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        """With the app: queued documents are dropped (not stored), a document being
        analysed is finished, then the children exit."""
        with self.lock:
            pool, self.pool = self.pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def start_child(parent: int, database_url: str | None) -> None:
    """A child's initialiser: bound to the server's life, a lower priority, one numeric
    thread, the models and a connection to the store, once."""
    from concord import pipeline
    from concord.ingest.shutdown import die_with_parent
    from concord.ingest.work import single_threaded_numerics
    from concord.store.database import open_database, session_factory

    global _CHILD_SESSIONS
    die_with_parent(parent)
    os.nice(ANALYSIS_NICENESS)
    single_threaded_numerics()
    _CHILD_SESSIONS = session_factory(open_database(database_url))
    pipeline.shared_pipeline().load_all()


def ingest_in_child(document: Document) -> IngestedDocument:
    if _CHILD_SESSIONS is None:
        raise RuntimeError("the analysis child was not initialised")
    return ingest_document(_CHILD_SESSIONS, document)
