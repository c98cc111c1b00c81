"""HTML pages: the article without menus, ads and footers (trafilatura), with its metadata.

Nothing is fetched: trafilatura only parses the string it is given. The canonical link is
preferred to og:url because it carries no tracking parameters.
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import trafilatura
from lxml import etree

from concord.document import Document, ReadError
from concord.read.common import (
    MAX_CHARACTERS,
    check_length,
    declared_language,
    iso_date_or_none,
    read_bytes_within_limit,
    source_from_path,
)
from concord.read.encoding import decode

# What a page without an article still yields: a menu, a cookie notice, a one-line teaser.
MIN_ARTICLE_CHARACTERS = 50
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_BLOCKS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "br",
    "section", "article", "figcaption", "dd", "dt", "table", "ul", "ol",
}  # fmt: skip
_DROPPED = {"script", "style", "noscript", "template", "iframe", "svg"}
_BLANK_LINES = re.compile(r"\n\s*\n+")
_INLINE_SPACE = re.compile(r"[ \t\u00a0]+")


def declared_charset(data: bytes) -> str | None:
    """The charset a page names in a <meta> tag, for pages that are not UTF-8."""
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii", "replace") if found else None


def _page_metadata(html: str) -> dict[str, str]:
    """Canonical URL, og:url, og:site_name and <html lang>, read directly from the markup."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return {}
    found: dict[str, str] = {}
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            found.setdefault("canonical", link.get("href", "").strip())
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in ("og:url", "og:site_name") and meta.get("content"):
            found.setdefault(key, meta.get("content", "").strip())
    if tree.get("lang"):
        found["lang"] = tree.get("lang", "")
    return found


def _normalised(line: str) -> str:
    return " ".join(line.casefold().split()).strip(" .")


def _paragraphs(text: str) -> str:
    """trafilatura puts one block a line; a blank line between them matches the text layout."""
    lines = [_INLINE_SPACE.sub(" ", line).strip() for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def parse_html(html: str, location: str) -> Document:
    """A Document from a decoded HTML page; ReadError if the page holds no article."""
    extracted = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = _paragraphs(getattr(extracted, "text", None) or "")
    title = " ".join((getattr(extracted, "title", None) or "").split())
    first_line, _, rest = body.partition("\n")
    article = rest if title and _normalised(first_line) == _normalised(title) else body
    if len(article.strip()) < MIN_ARTICLE_CHARACTERS:
        raise ReadError(location, "no article text found")
    if not title:
        title = first_line.strip()
    elif article is body:
        body = f"{title}\n\n{body}"
    page = _page_metadata(html)
    url = page.get("canonical") or page.get("og:url") or getattr(extracted, "url", None)
    site = page.get("og:site_name") or getattr(extracted, "sitename", None)
    return Document(
        text=body,
        title=title,
        source=site or source_from_path(location),
        url=url or None,
        published=iso_date_or_none(getattr(extracted, "date", None)),
        language=declared_language(page.get("lang") or getattr(extracted, "language", None)),
        path=location,
    )


def read_html(path: Path, limit: int = MAX_CHARACTERS) -> Document:
    location = str(path)
    data = read_bytes_within_limit(path, limit)
    html = check_length(decode(data, location, declared_charset(data)), location, limit)
    return parse_html(html, location)


def html_to_text(fragment: str) -> str:
    """Plain paragraphs from a small piece of HTML (a feed entry), without judging relevance.

    trafilatura is for whole pages; on a short fragment it may discard the only paragraph.
    """
    if "<" not in fragment:
        return _BLANK_LINES.sub("\n\n", fragment).strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []

    def walk(element: lxml.html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else None
        if tag is None or tag in _DROPPED:  # comments and processing instructions have no tag
            if element.tail:
                parts.append(element.tail)
            return
        if tag in _BLOCKS:
            parts.append("\n\n")
        if element.text:
            parts.append(element.text)
        for child in element:
            walk(child)
        if tag in _BLOCKS:
            parts.append("\n\n")
        if element.tail:
            parts.append(element.tail)

    walk(root)
    text = "".join(parts)
    lines = [_INLINE_SPACE.sub(" ", line).strip() for line in text.splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
