"""The text's paragraphs and the claims read from them: direct speech, interviews and
quotes carried on are laid out by line, so these readers walk the non-empty lines of the
text, keep to lines a claim may come from (not captions or bylines), and build a
statement from a speaker and the quoted words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from concord.analysis import AnalysedDocument
from concord.claim import Argument, Claim, Span


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where each line holding more than spaces starts and ends."""
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            yield match.start(), match.end()


def consecutive_paragraphs(
    text: str,
) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """Each paragraph with the one after it: a quote and its attribution, a label and its
    answer, a report and the quote carrying it on stand on neighbouring lines."""
    return pairwise(paragraph_spans(text))


def claimable(analysed: AnalysedDocument, start: int, end: int) -> bool:
    """Whether every sentence the span touches may hold a claim (no caption, no byline)."""
    return all(s.claimable for s in analysed.sentences if s.start < end and start < s.end)


def text_span(analysed: AnalysedDocument, start: int, end: int) -> Span:
    """The document's text between two offsets, as a span."""
    return Span(start, end, analysed.document.text[start:end])


def statement_claim(speaker: Argument, quote: Span, evidence: Span) -> Claim:
    """A statement: who spoke and their words, with the lines they stand in as evidence."""
    return Claim("statement", [speaker, Argument("quote", quote.text, quote)], evidence)


def carried_speaker(speaker: Argument) -> Argument:
    """An earlier claim's speaker for words that do not name them: the same entity and
    name, and no span, since the name does not stand in these words."""
    return Argument(speaker.role, speaker.value, None, speaker.entity)
