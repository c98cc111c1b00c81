"""Where quoted words stand. A person named only inside curly quotation marks is one the
speaker names, not one the report introduces (meeting37, statement50)."""

from __future__ import annotations

OPENING_QUOTES = "«“„"
CLOSING_QUOTES = "»”“"


def quotes_open(before: str) -> bool:
    """Whether curly quotation marks opened in `before` are still open at its end ("“"
    opens a quote at depth 0 and closes one inside it)."""
    depth = 0
    for character in before:
        if character in OPENING_QUOTES and (character not in CLOSING_QUOTES or depth == 0):
            depth += 1
        elif character in CLOSING_QUOTES and depth > 0:
            depth -= 1
    return depth > 0


def inside_quotation(text: str, offset: int) -> bool:
    """Whether `offset` is inside curly quotation marks opened earlier in its paragraph."""
    return quotes_open(text[text.rfind("\n", 0, offset) + 1 : offset])
