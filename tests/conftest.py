"""Shared fixtures: the Natasha models load once per test run."""

from __future__ import annotations

from pathlib import Path

import pytest

from concord.analysis import AnalysedDocument
from concord.document import Document
from concord.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"


def store_paths(pipeline: Pipeline, url: str, *paths: Path) -> None:
    """Read, analyse and store files or folders into the database at `url`."""
    from concord.read import read_paths
    from concord.store.database import open_database, session_factory
    from concord.store.writer import store_document

    sessions = session_factory(open_database(url))
    documents = [d for d in read_paths([str(p) for p in paths]) if isinstance(d, Document)]
    for analysed in pipeline.analyse_many(documents):
        with sessions() as session:
            store_document(session, analysed)


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def analyse(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    def run(text: str, published: str | None = "2026-02-27") -> AnalysedDocument:
        return pipeline.analyse(Document(text=text, published=published))

    return run
