"""HTML pages: the article body without navigation, ads and footers (trafilatura)."""

from __future__ import annotations

from pathlib import Path

import trafilatura

from concord.document import Document, ReadError

MIN_ARTICLE_CHARACTERS = 80  # what is left of a page without an article: a menu, a cookie banner


def parse_html(html: str, location: str) -> Document:
    body = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True
    )
    if not body or len(body.strip()) < MIN_ARTICLE_CHARACTERS:
        raise ReadError(location, "no article text found in the HTML page")
    metadata = trafilatura.extract_metadata(html)
    title = (metadata.title if metadata else None) or body.strip().splitlines()[0]
    text = body if body.startswith(title) else f"{title}\n\n{body}"
    return Document(
        text=text,
        title=title,
        source=(metadata.sitename if metadata and metadata.sitename else Path(location).stem),
        url=metadata.url if metadata else None,
        published=metadata.date if metadata and metadata.date else None,
        path=location,
    )
