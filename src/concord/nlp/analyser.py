"""What every language's pipeline offers, and which languages have one.

A language is supported by adding its factory to ANALYSERS; the pipeline builds each
analyser the first time a document in that language arrives, so a process that only
sees Russian never loads another language's models and vice versa.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from concord.analysis import AnalysedDocument
from concord.document import Document

Zones = Sequence[tuple[int, int]]  # character ranges that hold no claims (captions, credits)


class Analyser(Protocol):
    """Fills sentences, tokens, mentions, entities, dates and quantities of documents."""

    def annotate(self, document: Document, non_claim_zones: Zones = ()) -> AnalysedDocument:
        """One document: a batch of one (an analyser that subclasses this inherits it)."""
        return self.annotate_many([(document, non_claim_zones)])[0]

    def annotate_many(self, items: Sequence[tuple[Document, Zones]]) -> list[AnalysedDocument]:
        """Results in the order of `items`; models may run over all of them at once."""
        ...


AnalyserFactory = Callable[[], Analyser]


def _russian() -> Analyser:
    from concord.nlp.russian import RussianAnalyser

    return RussianAnalyser()


def _english() -> Analyser:
    from concord.nlp.english import EnglishAnalyser

    return EnglishAnalyser()


ANALYSERS: dict[str, AnalyserFactory] = {"ru": _russian, "en": _english}
