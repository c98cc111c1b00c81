"""Readers: files, folders and globs in; Documents, or one clear ReadError per bad input, out.

Each file goes to one reader chosen by its extension or, for other extensions, by its
first bytes. `read_paths` never raises for bad input, so one broken file in a folder of
thousands costs one error line, not the run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from concord.document import Document, ReadError
from concord.read.common import MAX_CHARACTERS
from concord.read.encoding import binary_kind
from concord.read.feed import FEED_ROOTS, looks_like_feed, read_feed
from concord.read.html import read_html
from concord.read.jsonl import read_jsonl
from concord.read.paths import expand
from concord.read.text import read_text

__all__ = [
    "MAX_CHARACTERS",
    "expand_paths",
    "read_file",
    "read_items",
    "read_paths",
]

_SNIFF_BYTES = 4096
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<p>", b"<div")


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | ReadError]:
    """Files in the order given: folders recursively and sorted, hidden files skipped, globs sorted.

    A path that matches nothing is a ReadError naming it; a file reached twice is read once;
    links are not followed out of the named inputs, nor into folders (see `read.paths`).
    """
    if isinstance(paths, str | os.PathLike):  # one path given where a list was meant
        paths = [paths]
    return expand([os.fspath(given) for given in paths])


def _single(reader: Callable[[Path, int], Document]) -> Callable[[Path, int], Iterator[Document]]:
    def read(path: Path, limit: int) -> Iterator[Document]:
        yield reader(path, limit)

    return read


def _by_content(path: Path, limit: int) -> Iterator[Document | ReadError]:
    """For extensions no reader claims: feed, JSON Lines, HTML or text, judged by the first bytes."""
    with path.open("rb") as stream:
        head = stream.read(_SNIFF_BYTES)
    kind = binary_kind(head)
    if kind:
        raise ReadError(str(path), f"binary file ({kind})")
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<?xml", *FEED_ROOTS)) and looks_like_feed(head):
        return read_feed(path, limit)
    if start.startswith(b"{"):
        return read_jsonl(path, limit)
    if start.startswith(_HTML_STARTS):
        return _single(read_html)(path, limit)
    return _single(read_text)(path, limit)


def _xml(path: Path, limit: int) -> Iterator[Document | ReadError]:
    with path.open("rb") as stream:
        head = stream.read(_SNIFF_BYTES)
    if looks_like_feed(head):
        return read_feed(path, limit)
    if b"<html" in head.lower():
        return _single(read_html)(path, limit)
    raise ReadError(str(path), "XML that is neither an RSS/Atom feed nor XHTML")


_READERS: dict[str, Callable[[Path, int], Iterator[Document | ReadError]]] = {
    ".txt": _single(read_text),
    ".text": _single(read_text),
    ".html": _single(read_html),
    ".htm": _single(read_html),
    ".xhtml": _single(read_html),
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": _xml,
}


def read_items(
    path: str | os.PathLike[str], limit: int = MAX_CHARACTERS
) -> Iterator[Document | ReadError]:
    """One file's Documents and ReadErrors (several for JSON Lines and feeds); never raises."""
    path = Path(path)
    location = str(path)
    reader = _READERS.get(path.suffix.lower(), _by_content)
    try:
        yield from reader(path, limit)
    except ReadError as error:
        yield error
    except OSError as error:
        yield ReadError(location, f"cannot read: {error.strerror or error}")
    except Exception as error:  # a parser library failing on odd input must not end the batch
        yield ReadError(location, f"unreadable ({type(error).__name__}: {error})")


def read_file(path: str | os.PathLike[str], limit: int = MAX_CHARACTERS) -> list[Document]:
    """All Documents of one file; the first problem found is raised as a ReadError."""
    documents: list[Document] = []
    for item in read_items(path, limit):
        if isinstance(item, ReadError):
            raise item
        documents.append(item)
    return documents


def read_paths(
    paths: Iterable[str | os.PathLike[str]], limit: int = MAX_CHARACTERS
) -> Iterator[Document | ReadError]:
    """Every Document of every input, in order; each problem is yielded as a ReadError."""
    for item in expand_paths(paths):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from read_items(item, limit)
