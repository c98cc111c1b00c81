"""read → nlp → extract for one document or a stream of them; models load once."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator

from concord.analysis import AnalysedDocument
from concord.claimtypes import CLAIM_TYPES
from concord.document import Document
from concord.extract import extract_claims
from concord.read.boilerplate import non_claim_zones


class Pipeline:
    def __init__(self) -> None:
        from concord.nlp.russian import RussianAnalyser

        self.russian = RussianAnalyser()

    def analyse(self, document: Document) -> AnalysedDocument:
        analysed = self.russian.annotate(document, non_claim_zones(document.text))
        analysed.claims = extract_claims(analysed, CLAIM_TYPES)
        return analysed

    def analyse_many(
        self, documents: Iterable[Document], batch_size: int = 32
    ) -> Iterator[AnalysedDocument]:
        """Like analyse on each document, with the models run over a batch at a time."""
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) == batch_size:
                yield from self._analyse_batch(batch)
                batch = []
        if batch:
            yield from self._analyse_batch(batch)

    def _analyse_batch(self, documents: list[Document]) -> list[AnalysedDocument]:
        items = [(document, non_claim_zones(document.text)) for document in documents]
        analysed = self.russian.annotate_many(items)
        for result in analysed:
            result.claims = extract_claims(result, CLAIM_TYPES)
        return analysed


_SHARED: Pipeline | None = None
# The models are not known to be safe to run from several threads at once, and the web
# app analyses POSTed documents in its thread pool: the shared pipeline runs one at a time.
_SHARED_LOCK = threading.RLock()


def shared_pipeline() -> Pipeline:
    """One pipeline per process for callers that analyse now and then (the web app, the
    Python API); built on first use."""
    global _SHARED
    with _SHARED_LOCK:
        if _SHARED is None:
            _SHARED = Pipeline()
        return _SHARED


def analyse_shared(document: Document) -> AnalysedDocument:
    """`document` through the shared pipeline, one caller at a time."""
    with _SHARED_LOCK:
        return shared_pipeline().analyse(document)
