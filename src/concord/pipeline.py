"""read → nlp → extract for one document or a stream of them; models load once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from concord.analysis import AnalysedDocument
from concord.document import Document
from concord.extract import extract_claims
from concord.read.boilerplate import non_claim_zones


class Pipeline:
    def __init__(self) -> None:
        from concord.nlp.russian import RussianAnalyser

        self.russian = RussianAnalyser()

    def analyse(self, document: Document) -> AnalysedDocument:
        analysed = self.russian.annotate(document, non_claim_zones(document.text))
        analysed.claims = extract_claims(analysed)
        return analysed

    def analyse_many(self, documents: Iterable[Document]) -> Iterator[AnalysedDocument]:
        for document in documents:
            yield self.analyse(document)
