"""Article text cut into plain and highlighted pieces; the template escapes every piece."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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


@dataclass(frozen=True)
class ClaimSentence:
    """A sentence claims were read from: its pieces (names inside linked to their
    entities) and the facts it supports. Rendered as a span, never as a link, so the
    names inside can be links without nesting one <a> in another."""

    pieces: list[Piece]
    facts: list[int]


def document_parts(
    text: str, claims: list[dict[str, Any]], mentions: list[dict[str, Any]]
) -> list[Piece | ClaimSentence]:
    """The article cut into plain pieces, name links and claim sentences. Overlapping
    claim sentences merge into one (with every fact); a name is linked where it lies
    wholly inside one part, and left as text where it straddles a sentence boundary."""
    sentences: list[tuple[int, int, list[int]]] = []
    for claim in sorted(claims, key=lambda c: (c["start"], c["end"])):
        if claim["end"] <= claim["start"]:
            continue
        if sentences and claim["start"] < sentences[-1][1]:
            start, end, facts = sentences[-1]
            facts = facts if claim["fact"] in facts else [*facts, claim["fact"]]
            sentences[-1] = (start, max(end, claim["end"]), facts)
        else:
            sentences.append((claim["start"], claim["end"], [claim["fact"]]))
    names = [(m["start"], m["end"], m["type"], f"/entities/{m['entity']}") for m in mentions]

    def named(start: int, end: int) -> list[Piece]:
        inside = [(s - start, e - start, kind, link) for s, e, kind, link in names
                  if start <= s and e <= end]  # fmt: skip
        return highlight(text[start:end], inside)

    parts: list[Piece | ClaimSentence] = []
    position = 0
    for start, end, facts in sentences:
        parts += named(position, start)
        parts.append(ClaimSentence(named(start, end), facts))
        position = end
    parts += named(position, len(text))
    return parts
