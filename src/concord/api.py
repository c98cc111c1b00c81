"""The Python API's store: the queries the command line prints, and ingest, over one
database. `concord.open_store(url)` returns one; the CLI is a thin layer over it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from concord.document import Document
from concord.ingest import (
    BATCH_SIZE,
    IngestCounts,
    IngestedDocument,
    Interrupted,
    ingest_document,
    ingest_paths,
    open_runner,
)
from concord.store import merge, queries, reviews, unmerge
from concord.store.database import database_url, open_database, session_factory

logger = logging.getLogger("concord.ingest")


def log_error(where: str, why: str) -> None:
    """Where ingest errors go when the caller gives no `report_error`."""
    logger.warning("%s: %s", where, why)


class Store:
    """One store (any SQLAlchemy URL; default `CONCORD_DB`, else sqlite:///concord.db).

    Every query opens its own short session and returns plain lists and dicts, in the
    shapes of the CLI's `--json` output (DESIGN.md contracts)."""

    def __init__(self, url: str | None = None) -> None:
        self.url = database_url(url)
        self.engine: Engine = open_database(self.url)
        self.sessions: sessionmaker[Session] = session_factory(self.engine)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exception: object) -> None:
        self.close()

    def close(self) -> None:
        """Closes the store's database connections."""
        self.engine.dispose()

    def facts(self, type: str | None = None) -> list[dict[str, Any]]:
        """Consolidated facts, each with every source and its conflicts (`concord facts`)."""
        with self.sessions() as session:
            return queries.list_facts(session, type)

    def conflicts(self, status: str | None = None) -> list[dict[str, Any]]:
        """Where sources disagree: each value with the sentences giving it, and the
        conflict's status. Dismissed ones are left out unless `status` is "dismissed" or
        "all"; "open" or "confirmed" lists only those."""
        with self.sessions() as session:
            return queries.list_conflicts(session, status=status)

    def review_conflict(
        self, fact: int, role: str, status: str, note: str = "", reviewer: str = ""
    ) -> dict[str, Any]:
        """Settles the conflict in `role` of fact `fact`: status "confirmed", "dismissed"
        or "open", with a note; returns the conflict as listed now. Raises
        reviews.InvalidReview for a bad status or note, reviews.ConflictNotFound when
        the fact has no conflict in that role."""
        with self.sessions() as session:
            reviews.review_conflict(session, fact, role, status, note, reviewer)
            session.commit()
            listed = queries.list_conflicts(session, [fact], status="all")
        return next(conflict for conflict in listed if conflict["role"] == role)

    def entities(self, type: str | None = None) -> list[dict[str, Any]]:
        """People, organisations and places (type PER, ORG, LOC) with aliases and counts."""
        with self.sessions() as session:
            return queries.list_entities(session, type)

    def merge_entities(self, names: list[str], merged_by: str = "") -> dict[str, Any]:
        """Joins entities the rules could not (each given by id, name or alias) into the
        oldest, re-filing their facts (`concord entities --merge A B`), logged as a merge
        by hand by `merged_by`; returns the survivor's id and name and the ids merged
        into it. Raises merge.MergeRefused for an unknown or ambiguous name, or entities
        of different types."""
        with self.sessions() as session:
            return merge.merge_entities_by_hand(session, names, merged_by)

    def unmerge_entities(self, merge_id: int, undone_by: str = "") -> dict[str, Any]:
        """Undoes merge `merge_id` (`concord entities --unmerge`): the merged entity back
        as it was, the facts of both re-filed, the pair kept apart from then on. Raises
        unmerge.UnmergeRefused for an unknown merge, one undone already or logged before
        schema 0012, or one whose survivor was merged in turn since."""
        with self.sessions() as session:
            return unmerge.unmerge(session, merge_id, undone_by)

    def timeline(self, name: str) -> list[dict[str, Any]]:
        """Facts about an entity (any alias) or naming `name`, oldest first."""
        with self.sessions() as session:
            return queries.timeline_of(session, name)

    def document(self, id_prefix: str) -> dict[str, Any] | None:
        """A document and the claims read from it; None unless exactly one id has the prefix."""
        with self.sessions() as session:
            return queries.show_document(session, id_prefix)

    def summary(self) -> dict[str, Any]:
        """Counts: documents, entities, facts and claims per type, conflicts."""
        with self.sessions() as session:
            return queries.summary(session)

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        workers: int = 1,
        dask: str | None = None,
        report_error: Callable[[str, str], None] = log_error,
        report_warning: Callable[[str, str], None] = log_error,
        progress: Callable[[int, int], None] | None = None,
        batch_size: int = BATCH_SIZE,
    ) -> IngestCounts:
        """Read, analyse and store files, folders or glob patterns, as `concord ingest`.

        A bad input costs itself only: `report_error(where, why)` is called for it and the
        rest are stored; `report_warning(where, why)` for a document stored without
        analysis (no analyser for its language). `progress(files_done, files_total)`
        follows the run. Texts
        already stored are counted as known, not analysed again. Each batch of
        `batch_size` documents is analysed together and stored in one transaction."""
        from concord.read import expand_paths  # the readers pull in trafilatura and lxml

        runner = open_runner(workers, dask)
        counts = IngestCounts()
        try:
            inputs = list(expand_paths([str(path) for path in paths]))
            done = 0

            def files_done(count: int) -> None:
                nonlocal done
                done += count
                if progress is not None:
                    progress(done, len(inputs))

            files_done(0)
            return ingest_paths(
                inputs,
                self.sessions,
                runner,
                report_error,
                files_done,
                batch_size=batch_size,
                report_warning=report_warning,
                counts=counts,
            )
        except BaseException as error:  # an interrupt: workers stopped now, not awaited
            runner.terminate()
            if isinstance(error, Interrupted):
                error.counts = counts
            raise
        finally:
            runner.close()

    def ingest_document(self, document: Document) -> IngestedDocument:
        """Analyse and store one document (unless its text is stored already)."""
        return ingest_document(self.sessions, document)
