"""read → nlp → extract for one document or a stream of them; models load once.

Each document goes to the analyser of its language (stated by its source, else
detected here); a language without one gives a stored but unanalysed document."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace

from concord.analysis import TOO_LONG, AnalysedDocument, not_analysed
from concord.claimtypes import CLAIM_TYPES
from concord.document import Document
from concord.extract import extract_claims
from concord.nlp.analyser import ANALYSERS, Analyser, AnalyserFactory
from concord.nlp.datelines import dateline_date
from concord.nlp.language import language_of
from concord.read.boilerplate import non_claim_zones

# Characters one document may have to be analysed: time and memory grow linearly (see
# bench/sentence_length.py; 400k characters take about 6 s and 0.7 GB), and this bound keeps
# one document from holding a worker for long or its memory above about 1 GB.
ANALYSIS_CHARACTER_BUDGET = 500_000


class Pipeline:
    def __init__(
        self,
        analysers: Mapping[str, AnalyserFactory] | None = None,
        character_budget: int | None = None,
    ) -> None:
        """`analysers`: language code -> factory, by default nlp.analyser.ANALYSERS;
        a longer text than `character_budget` (by default ANALYSIS_CHARACTER_BUDGET) is
        stored as TOO_LONG, not analysed."""
        self.factories = dict(ANALYSERS if analysers is None else analysers)
        self.character_budget = (
            ANALYSIS_CHARACTER_BUDGET if character_budget is None else character_budget
        )
        self.analysers: dict[str, Analyser] = {}

    def analyser_for(self, language: str) -> Analyser | None:
        """The language's analyser, built on first use; None when there is none."""
        if language not in self.analysers:
            factory = self.factories.get(language)
            if factory is None:
                return None
            self.analysers[language] = factory()
        return self.analysers[language]

    def load_all(self) -> None:
        """Every language's models now, for a worker process whose job is analysis."""
        for language in self.factories:
            self.analyser_for(language)

    def with_language(self, document: Document) -> Document:
        """The document with its language known: a stated one is kept, else it is
        detected, the languages with an analyser favoured. A report with no publication
        date takes its dateline's ("Лондон, 26 февраля 2026 года.")."""
        language = language_of(document.language, document.text, self.factories.keys())
        published = document.published or dateline_date(document.text)
        if (language, published) == (document.language, document.published):
            return document
        return replace(document, language=language, published=published)

    def analyse(self, document: Document) -> AnalysedDocument:
        document = self.with_language(document)
        if len(document.text) > self.character_budget:
            return AnalysedDocument(document, status=TOO_LONG)
        analyser = self.analyser_for(document.language)
        if analyser is None:
            return AnalysedDocument(document, status=not_analysed(document.language))
        analysed = analyser.annotate(document, non_claim_zones(document.text))
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
        """Each language's documents go through its analyser together; results keep the
        order the documents came in."""
        documents = [self.with_language(document) for document in documents]
        positions: dict[str, list[int]] = defaultdict(list)
        results: dict[int, AnalysedDocument] = {}
        for position, document in enumerate(documents):
            if len(document.text) > self.character_budget:
                results[position] = AnalysedDocument(document, status=TOO_LONG)
            else:
                positions[document.language].append(position)
        for language, indices in positions.items():
            analyser = self.analyser_for(language)
            if analyser is None:
                status = not_analysed(language)
                results.update((i, AnalysedDocument(documents[i], status=status)) for i in indices)
                continue
            items = [(documents[i], non_claim_zones(documents[i].text)) for i in indices]
            analysed = analyser.annotate_many(items)
            for result in analysed:
                result.claims = extract_claims(result, CLAIM_TYPES)
            results.update(zip(indices, analysed, strict=True))
        return [results[position] for position in range(len(documents))]


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
