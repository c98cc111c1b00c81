"""RSS and Atom feeds: each entry an article (full content where the feed carries it)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser
import trafilatura

from concord.document import Document, ReadError


def read_feed(data: bytes, location: str) -> Iterator[Document | ReadError]:
    feed = feedparser.parse(data)
    if not feed.entries:
        yield ReadError(location, "feed has no entries")
        return
    for number, entry in enumerate(feed.entries, start=1):
        html = (entry.get("content") or [{}])[0].get("value") or entry.get("summary", "")
        body = trafilatura.extract(f"<html><body><article>{html}</article></body></html>") or ""
        title = entry.get("title", "").strip()
        if not body.strip():
            yield ReadError(f"{location}#{number}", "feed entry has no text")
            continue
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        yield Document(
            text=f"{title}\n\n{body}" if title else body,
            title=title,
            source=feed.feed.get("title", ""),
            url=entry.get("link"),
            published=time.strftime("%Y-%m-%d", parsed) if parsed else None,
            path=f"{location}#{number}",
        )
