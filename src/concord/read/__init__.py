"""Readers: files, folders and globs in; Documents (or one clear error per bad input) out."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from pathlib import Path

from concord.document import Document, ReadError
from concord.read.encoding import decode
from concord.read.feed import read_feed
from concord.read.html import parse_html
from concord.read.jsonl import read_jsonl
from concord.read.text import parse_text

MAX_CHARACTERS = 2_000_000  # far above any news article; guards memory against dumps
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_FEED_SUFFIXES = {".rss", ".atom", ".xml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def expand_paths(paths: Iterable[str]) -> Iterator[Path | ReadError]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                relative = found.relative_to(path)
                if found.is_file() and not any(part.startswith(".") for part in relative.parts):
                    yield found
        elif path.is_file():
            yield path
        else:
            matches = sorted(glob.glob(given, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                yield ReadError(given, "no such file, folder or matching pattern")
            yield from files


def read_file(path: Path, limit: int = MAX_CHARACTERS) -> Iterator[Document | ReadError]:
    location = str(path)
    suffix = path.suffix.lower()
    if suffix in _JSONL_SUFFIXES:
        yield from read_jsonl(path, limit)
        return
    try:
        size = path.stat().st_size
        if size > limit * 4:  # even 4-byte characters could not fit the limit
            raise ReadError(
                location, f"too large: {size / 1e6:.1f} MB, limit {limit / 1e6:.1f} M characters"
            )
        data = path.read_bytes()
        if suffix in _FEED_SUFFIXES or (
            data.lstrip()[:200].lower().startswith((b"<rss", b"<?xml"))
            and (b"<rss" in data[:2000] or b"<feed" in data[:2000])
        ):
            yield from read_feed(data, location)
            return
        text = decode(data, location)
        if len(text) > limit:
            raise ReadError(location, f"too large: {len(text)} characters, limit {limit}")
        if suffix in _HTML_SUFFIXES or text.lstrip()[:100].lower().startswith(
            ("<!doctype html", "<html")
        ):
            yield parse_html(text, location)
        else:
            yield parse_text(text, location)
    except ReadError as error:
        yield error
    except OSError as error:
        yield ReadError(location, f"cannot read: {error.strerror or error}")


def read_paths(paths: Iterable[str], limit: int = MAX_CHARACTERS) -> Iterator[Document | ReadError]:
    """Never raises for bad input: each problem is yielded as a ReadError naming the file."""
    for item in expand_paths(paths):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from read_file(item, limit)
