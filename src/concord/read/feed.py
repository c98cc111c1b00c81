"""RSS and Atom feeds: each entry one article, with the full content where the feed carries it.

feedparser is handed a stream, never a string: given a string it would treat a URL as
something to fetch and a path as a file to open.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser

from concord.document import Document, ReadError
from concord.read.common import (
    MAX_CHARACTERS,
    declared_language,
    read_bytes_within_limit,
    source_from_path,
    title_from_text,
    too_large,
)
from concord.read.html import html_to_text

FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")
# A feed is many articles: the size limit holds per entry; the file as a whole is bounded
# only against a dump passed by mistake (25 articles of the largest size).
FEED_FILE_CHARACTERS = 25 * MAX_CHARACTERS


def looks_like_feed(head: bytes) -> bool:
    """True when the first kilobytes hold an RSS, Atom or RSS 1.0 (RDF) root element."""
    lowered = head[:4096].lower()
    return any(root in lowered for root in FEED_ROOTS)


def _entry_body(entry: Any) -> str:
    """The fullest text an entry has: content:encoded / Atom content, else the summary."""
    candidates = [part.get("value", "") for part in entry.get("content") or []]
    candidates.append(entry.get("summary", ""))
    texts = [html_to_text(candidate) for candidate in candidates if candidate]
    return max(texts, key=len, default="")


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def parse_feed(
    data: bytes, location: str, limit: int = MAX_CHARACTERS
) -> Iterator[Document | ReadError]:
    """Each entry's Document, or a ReadError named "file#N" for an entry without text."""
    feed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    if not feed.entries:
        problem = feed.get("bozo_exception")
        reason = f"not a readable feed ({problem})" if feed.get("bozo") else "feed has no entries"
        yield ReadError(location, reason)
        return
    source = " ".join(str(feed.feed.get("title", "")).split()) or source_from_path(location)
    language = feed.feed.get("language")
    for number, entry in enumerate(feed.entries, start=1):
        entry_location = f"{location}#{number}"
        title = html_to_text(entry.get("title", "")).replace("\n", " ")
        body = _entry_body(entry)
        if not body:
            yield ReadError(entry_location, "feed entry has no text")
            continue
        text = body if body.startswith(title) else f"{title}\n\n{body}" if title else body
        if len(text) > limit:
            yield too_large(entry_location, len(text), limit)
            continue
        yield Document(
            text=text,
            title=title or title_from_text(text),
            source=source,
            url=entry.get("link") or None,
            published=_entry_date(entry),
            language=declared_language(language),
            path=entry_location,
        )


def read_feed(path: Path, limit: int = MAX_CHARACTERS) -> Iterator[Document | ReadError]:
    location = str(path)
    try:
        data = read_bytes_within_limit(path, max(limit, FEED_FILE_CHARACTERS))
    except ReadError as error:
        yield error
        return
    if not data.strip():
        yield ReadError(location, "empty file")
        return
    yield from parse_feed(data, location, limit)
