"""Plain-text articles: title on the first line, an optional " date YYYY-MM-DD" header, paragraphs.

The date header may share its line with the title. Document.text keeps the title and
paragraphs exactly as written (the header removed), so offsets point at real text.
"""

from __future__ import annotations

import re
from pathlib import Path

from concord.document import Document, ReadError

_DATE_HEADER = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})[ \t]*(?P<rest>[^\n]*)\n?")


def parse_text(text: str, location: str, source: str = "") -> Document:
    published = None
    header = _DATE_HEADER.match(text)
    if header:
        published = header.group("date")
        rest = header.group("rest")
        text = rest + "\n" + text[header.end() :] if rest.strip() else text[header.end() :]
    text = text.strip("\n\ufeff")
    if not text.strip():
        raise ReadError(location, "no text after the header")
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Document(
        text=text,
        title=title,
        source=source or Path(location).stem,
        published=published,
        path=location,
    )
