"""Article text cut into plain and highlighted pieces; the template escapes every piece."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    text: str
    kind: str = ""  # "", "evidence", or an entity type (PER, ORG, LOC, LOCORG)
    link: str = ""  # a page of this site, never a URL taken from the article


def highlight(text: str, marks: list[tuple[int, int, str, str]]) -> list[Piece]:
    """`marks` are (start, end, kind, link); overlapping marks keep the earlier one."""
    pieces: list[Piece] = []
    position = 0
    for start, end, kind, link in sorted(marks):
        if start < position or end <= start:
            continue
        if start > position:
            pieces.append(Piece(text[position:start]))
        pieces.append(Piece(text[start:end], kind, link))
        position = end
    if position < len(text):
        pieces.append(Piece(text[position:]))
    return pieces


def safe_url(url: str | None) -> str | None:
    """Only plain web addresses become links; "javascript:" and the like stay text."""
    if (
        url
        and url.lower().startswith(("http://", "https://"))
        and not any(c in url for c in "\"'<> ")
    ):
        return url
    return None
