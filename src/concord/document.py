"""The unit every reader produces and every later stage consumes."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Canonical form used for identity: the same article re-saved or re-wrapped hashes the same."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    return _SPACE.sub(" ", text).strip()


def document_id(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Document:
    """One article. `text` is what offsets in mentions and evidence count into (code points)."""

    text: str
    title: str = ""
    source: str = ""
    url: str | None = None
    published: str | None = None  # ISO date, as precise as the source gives it
    # ISO 639-1 code the source states ("ru"); "" until the nlp stage detects it
    language: str = ""
    path: str | None = None
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", document_id(self.text))


class ReadError(Exception):
    """An input that could not be turned into a Document; the message names the file (and line)."""

    def __init__(self, location: str, reason: str) -> None:
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason
