"""Plain-text articles: a title line, an optional " date YYYY-MM-DD" header, then paragraphs.

The header stands at the very start of the file, alone on its line or followed by the
title on the same line. Document.text is the article as written with only the header
removed (and line ends made "\\n"), so offsets of later stages point at real text.
"""

from __future__ import annotations

import re
from pathlib import Path

from concord.document import Document, ReadError
from concord.read.common import (
    MAX_CHARACTERS,
    check_length,
    iso_date,
    read_bytes_within_limit,
    source_from_path,
    title_from_text,
)
from concord.read.encoding import decode

_DATE_HEADER = re.compile(
    r"\A[ \t]*date:?[ \t]+(?P<date>\d{4}(?:-\d{2}){0,2})(?=[ \t]|\n|\Z)[ \t]*"
)


def split_date_header(text: str) -> tuple[str | None, str]:
    """The header's ISO date (None if absent or not a real date) and the text without it."""
    header = _DATE_HEADER.match(text)
    if not header:
        return None, text
    try:
        published: str | None = iso_date(header.group("date"))
    except ValueError:
        published = None  # a header with an impossible date: still a header, not article text
    return published, text[header.end() :]


def parse_text(text: str, location: str, source: str = "") -> Document:
    """A Document from decoded text; `source` overrides the name derived from the location."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    published, text = split_date_header(text)
    text = text.strip()
    if not text:
        raise ReadError(location, "no text after the date header" if published else "empty file")
    return Document(
        text=text,
        title=title_from_text(text),
        source=source or source_from_path(location),
        published=published,
        path=location,
    )


def read_text(path: Path, limit: int = MAX_CHARACTERS) -> Document:
    location = str(path)
    text = check_length(decode(read_bytes_within_limit(path, limit), location), location, limit)
    return parse_text(text, location)
