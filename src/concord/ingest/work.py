"""The unit of work sent wherever analysis runs: a batch of documents in, outcomes out.

The same function runs in this process, in a pool of worker processes and on Dask
workers, so every way of running gives the same claims. Each process keeps one
pipeline: the models load once per worker, not once per batch."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from concord.analysis import AnalysedDocument
from concord.document import Document

if TYPE_CHECKING:
    from concord.pipeline import Pipeline

_PIPELINE: Pipeline | None = None


@dataclass(frozen=True)
class AnalysisFailure:
    """A document the models could not analyse, with the reason to report."""

    document: Document
    reason: str


Outcome = AnalysedDocument | AnalysisFailure


def describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {' '.join(str(error).split())[:300]}"


def pipeline() -> Pipeline:
    """This process's pipeline, built on first use; looked up through the module so that
    tests can stand another one in."""
    global _PIPELINE
    if _PIPELINE is None:
        from concord import pipeline as pipeline_module

        _PIPELINE = pipeline_module.Pipeline()
    return _PIPELINE


def single_threaded_numerics() -> None:
    """Worker processes share the cores already: a BLAS thread pool in each only adds
    contention. Must run before numpy is imported in the worker."""
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")


def load_models(parent: int | None = None) -> None:
    """Initialiser of a worker process: bound to its parent's life, threads first, then
    the models, once. `parent`: the pid of the process that started the worker."""
    from concord.ingest.shutdown import die_with_parent

    if parent is not None:
        die_with_parent(parent)
    single_threaded_numerics()
    pipeline().load_all()


def analyse_batch(documents: list[Document], models: Pipeline | None = None) -> list[Outcome]:
    """The batch through the models at once; if that fails, each document alone, so the
    failure names the document that caused it and the others still come out. `models`
    is a pipeline of the caller's; by default, this process's own."""
    models = models or pipeline()
    try:
        return [for_store(analysed) for analysed in models.analyse_many(documents)]
    except Exception:
        outcomes: list[Outcome] = []
        for document in documents:
            try:
                outcomes.append(for_store(models.analyse(document)))
            except Exception as error:
                outcomes.append(AnalysisFailure(document, describe(error)))
        return outcomes


def for_store(analysed: AnalysedDocument) -> AnalysedDocument:
    """What the writer needs: tokens and parses stay behind (a quarter of the bytes a
    worker sends back)."""
    return replace(analysed, sentences=[])
