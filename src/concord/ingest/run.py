"""One ingest: read the inputs, analyse them in batches wherever the runner runs them,
and store each batch through this process's single writer.

Reading and storing stay here; only analysis moves to workers. A bad input, a failed
analysis or a refused write costs one document and one report, never the run. A document
in a language no analyser reads is stored without claims and reported as a warning."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from concord.analysis import AnalysedDocument
from concord.document import Document, ReadError
from concord.ingest.runners import Runner
from concord.ingest.work import AnalysisFailure, describe
from concord.read import read_items
from concord.store import writer

BATCH_SIZE = 32  # documents analysed together: the models run faster over a batch
# Analysis runs below interactive work's priority (a nice value): where a server shares
# the machine, its readers get the cores first; alone, the ingest loses nothing.
ANALYSIS_NICENESS = 10


@dataclass
class IngestCounts:
    stored: int = 0  # analysed and stored
    known: int = 0
    failed: int = 0
    not_analysed: int = 0  # stored without analysis: no analyser for its language


def location(document: Document) -> str:
    return document.path or document.url or document.id


def ingest_paths(
    inputs: Iterable[Path | ReadError],
    sessions: sessionmaker[Session],
    runner: Runner,
    report_error: Callable[[str, str], None],
    files_done: Callable[[int], None] = lambda count: None,
    batch_size: int = BATCH_SIZE,
    report_warning: Callable[[str, str], None] = lambda where, why: None,
    counts: IngestCounts | None = None,
) -> IngestCounts:
    """`inputs` as `concord.read.expand_paths` gives them; `report_error(where, why)` is
    called once per failure, `report_warning(where, why)` once per document stored but
    not analysed; `files_done(n)` when n more input files are all stored. `counts`, when
    given, is updated as the run goes (what an interrupted run had stored)."""
    counts = counts if counts is not None else IngestCounts()

    def fail(where: str, why: str) -> None:
        counts.failed += 1
        report_error(where, why)

    files_per_batch: deque[int] = deque()
    in_flight: set[str] = set()  # documents handed out for analysis and not stored yet

    def new_only(batch: list[Document]) -> list[Document]:
        """Texts already stored, or already on their way, are not analysed again."""
        with sessions() as session:
            stored = writer.stored_ids(session, [document.id for document in batch])
        fresh = []
        for document in batch:
            if document.id in stored or document.id in in_flight:
                counts.known += 1
            else:
                in_flight.add(document.id)
                fresh.append(document)
        return fresh

    def batches() -> Iterator[list[Document]]:
        batch: list[Document] = []
        finished = 0  # files whose documents are all in batches already handed out
        for item in inputs:
            if isinstance(item, ReadError):
                fail(item.location, item.reason)
                files_done(1)
                continue
            for document in read_items(item):
                if isinstance(document, ReadError):
                    fail(document.location, document.reason)
                    continue
                batch.append(document)
                if len(batch) == batch_size:
                    files_per_batch.append(finished)
                    yield new_only(batch)
                    batch, finished = [], 0
            finished += 1
        files_per_batch.append(finished)
        yield new_only(batch)

    def count(analysed: AnalysedDocument, stored: bool) -> None:
        if not stored:  # another process stored it meanwhile
            counts.known += 1
        elif analysed.analysed:
            counts.stored += 1
        else:
            counts.not_analysed += 1
            report_warning(location(analysed.document), analysed.status)

    for outcomes in runner.run(batches()):
        analysed = []
        for outcome in outcomes:
            in_flight.discard(outcome.document.id)
            if isinstance(outcome, AnalysisFailure):
                fail(location(outcome.document), f"not analysed ({outcome.reason})")
            else:
                analysed.append(outcome)
        results: list[tuple[AnalysedDocument, bool]] = []
        try:  # the batch in one transaction ...
            with sessions() as session:
                results = list(zip(analysed, writer.store_documents(session, analysed), strict=True))
        except Exception:  # ... or, when one is refused, each in its own
            for document in analysed:
                try:
                    with sessions() as session:
                        results.append((document, writer.store_document(session, document)))
                except Exception as error:  # a refusal for one document must not end the run
                    fail(location(document.document), f"not stored ({describe(error)})")
        for document, stored in results:
            count(document, stored)
        files_done(files_per_batch.popleft())
    return counts
