"""JSON Lines: one article a line, {"text", "title", "url", "published", "source", "language"}.

Only "text" is required. The file is streamed and each line is read with a size bound,
so a dump of millions of articles, or one absurd line, never sits in memory whole.
A bad line becomes one ReadError named "file:line"; the other lines are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from concord.document import Document, ReadError
from concord.read.common import (
    MAX_CHARACTERS,
    declared_language,
    iso_date,
    source_from_path,
    title_from_text,
    too_large,
)
from concord.read.encoding import binary_kind

_JSON_TYPES = {
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
}
_OPTIONAL_FIELDS = ("title", "url", "published", "source", "language")
_SKIP_CHUNK_BYTES = 1 << 20
# JSON escapes a character in at most 12 bytes (a surrogate pair as two \uXXXX) and wraps
# the text in other fields; this bounds a line whose text can still fit the limit.
_MAX_JSON_BYTES_PER_CHARACTER = 12


def _lines(stream: BinaryIO, limit_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(number, bytes, length) a line; bytes are None for a line over `limit_bytes`, skipped unkept."""
    number = 0
    while True:
        line = stream.readline(limit_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > limit_bytes and not line.endswith(b"\n"):
            length = len(line)
            while rest := stream.readline(_SKIP_CHUNK_BYTES):
                length += len(rest)
                if rest.endswith(b"\n"):
                    break
            yield number, None, length
            continue
        yield number, line, len(line)


def _lone_surrogate(value: str, field: str, location: str) -> None:
    """JSON may escape half a surrogate pair ("\\ud800"): no character, and no UTF-8 for it."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        code = ord(value[error.start])
        raise ReadError(location, f'"{field}" holds a lone surrogate (\\u{code:04x})') from None


def _optional_string(record: dict[str, Any], field: str, location: str) -> str | None:
    value = record.get(field)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ReadError(location, f'"{field}" is a {type(value).__name__}, expected a string')
    _lone_surrogate(value, field, location)
    return value.strip()


def parse_record(record: object, location: str, default_source: str, limit: int) -> Document:
    """A Document from one decoded JSON value; ReadError naming what is wrong with it."""
    if not isinstance(record, dict):
        raise ReadError(
            location,
            f'not an object with a non-empty "text" ({_JSON_TYPES.get(type(record), "null")})',
        )
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(location, 'not an object with a non-empty "text"')
    if len(text) > limit:
        raise too_large(location, len(text), limit)
    _lone_surrogate(text, "text", location)
    fields = {field: _optional_string(record, field, location) for field in _OPTIONAL_FIELDS}
    published = fields["published"]
    if published is not None:
        try:
            published = iso_date(published)
        except ValueError as error:
            raise ReadError(location, f'"published" is not a date: {published!r}') from error
    return Document(
        text=text,
        title=fields["title"] or title_from_text(text),
        source=fields["source"] or default_source,
        url=fields["url"],
        published=published,
        language=declared_language(fields["language"]),
        path=location,
    )


def read_jsonl(path: Path, limit: int = MAX_CHARACTERS) -> Iterator[Document | ReadError]:
    """Every line's Document or ReadError, in file order; blank lines are skipped."""
    default_source = source_from_path(path)
    limit_bytes = limit * _MAX_JSON_BYTES_PER_CHARACTER + 4096
    seen_any = False
    with path.open("rb") as stream:
        kind = binary_kind(stream.read(8192))
        if kind:
            yield ReadError(str(path), f"binary file ({kind})")
            return
        stream.seek(0)
        for number, raw, length in _lines(stream, limit_bytes):
            location = f"{path}:{number}"
            if raw is None:
                yield too_large(location, length, limit)
                seen_any = True
                continue
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            seen_any = True
            try:
                record = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as error:
                yield ReadError(location, f"not UTF-8 (invalid byte 0x{raw[error.start]:02x})")
                continue
            except json.JSONDecodeError as error:
                yield ReadError(location, f"not valid JSON ({error.msg})")
                continue
            except RecursionError:
                yield ReadError(location, "not readable JSON (nested too deeply)")
                continue
            try:
                yield parse_record(record, location, default_source, limit)
            except ReadError as error:
                yield error
            except Exception as error:  # one odd line costs that line, never the rest of the file
                yield ReadError(location, f"unreadable ({type(error).__name__}: {error})")
    if not seen_any:
        yield ReadError(str(path), "empty file")
