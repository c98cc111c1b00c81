"""Shared fixtures: the Natasha models load once per test run."""

from __future__ import annotations

from pathlib import Path

import pytest

from concord.analysis import AnalysedDocument
from concord.document import Document
from concord.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def analyse(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    def run(text: str, published: str | None = "2026-02-27") -> AnalysedDocument:
        return pipeline.analyse(Document(text=text, published=published))

    return run
