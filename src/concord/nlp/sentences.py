"""Sentence splitting that respects the layout of news pages.

Headlines, captions and credits carry no final full stop, so splitting the whole text
with razdel glues them to the next paragraph. Each line is split on its own instead;
a line is joined to the next only when the next starts in lower case (a hard wrap).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from razdel import sentenize

_LINE = re.compile(r"[^\n]+")


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    start = end = None
    for match in _LINE.finditer(text):
        line = match.group()
        if not line.strip():
            continue
        first = line.lstrip()[:1]
        if start is not None and end is not None and first.islower():
            end = match.end()
            continue
        if start is not None and end is not None:
            yield start, end
        start, end = match.start(), match.end()
    if start is not None and end is not None:
        yield start, end


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every sentence, in order, trimmed of surrounding space."""
    for block_start, block_end in _blocks(text):
        block = text[block_start:block_end]
        for sentence in sentenize(block):
            piece = sentence.text
            if not piece.strip():
                continue
            lead = len(piece) - len(piece.lstrip())
            start = block_start + sentence.start + lead
            yield start, start + len(piece.strip())
