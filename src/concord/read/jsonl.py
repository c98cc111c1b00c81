"""JSON Lines: one article a line, {"text", "title", "url", "published", "source"}; streamed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from concord.document import Document, ReadError
from concord.read.encoding import decode


def read_jsonl(path: Path, limit: int) -> Iterator[Document | ReadError]:
    with path.open("rb") as stream:
        for number, raw in enumerate(stream, start=1):
            location = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                record = json.loads(decode(raw, location))
            except ReadError as error:
                yield error
                continue
            except json.JSONDecodeError as error:
                yield ReadError(location, f"not valid JSON ({error.msg})")
                continue
            if (
                not isinstance(record, dict)
                or not isinstance(record.get("text"), str)
                or not record["text"].strip()
            ):
                yield ReadError(location, 'not an object with a non-empty "text"')
                continue
            if len(record["text"]) > limit:
                yield ReadError(
                    location, f"too large: {len(record['text'])} characters, limit {limit}"
                )
                continue
            text = record["text"]
            title = record.get("title") or text.strip().splitlines()[0]
            yield Document(
                text=text,
                title=str(title),
                source=str(record.get("source") or path.stem),
                url=record.get("url"),
                published=record.get("published"),
                language=str(record.get("language") or "ru"),
                path=location,
            )
