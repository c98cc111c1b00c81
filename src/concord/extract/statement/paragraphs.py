"""The text's paragraphs and the claims read from them: direct speech, interviews and
quotes carried on are laid out by line, so these readers walk the non-empty lines of the
text, keep to lines a claim may come from (not captions or bylines), and build a
statement from a speaker and the quoted words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from concord.analysis import AnalysedDocument


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            yield match.start(), match.end()


def claimable(analysed: AnalysedDocument, start: int, end: int) -> bool:
    return all(s.claimable for s in analysed.sentences if s.start < end and start < s.end)
