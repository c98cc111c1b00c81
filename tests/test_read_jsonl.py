"""JSON Lines: one article a line; a bad line is one error naming file:line, the rest is read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from concord.document import Document, ReadError
from concord.read import read_file, read_paths

TEXT = "Министры встретились в Казани\n\nВ среду министры двух стран встретились в Казани."


def line(**record: object) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def test_all_fields_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(
        line(
            text=TEXT,
            title="Встреча в Казани",
            url="https://example.org/1",
            published="2025-05-14T09:30:00+03:00",
            source="Степной вестник",
            language="ru",
        ),
        encoding="utf-8",
    )
    (document,) = read_file(path)
    assert document.text == TEXT
    assert document.title == "Встреча в Казани"
    assert document.url == "https://example.org/1"
    assert document.published == "2025-05-14"
    assert document.source == "Степной вестник"
    assert document.path == f"{path}:1"


def test_only_text_is_required(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text(line(text=TEXT) + line(text="Ministers met in London.", language="en-GB"))
    first, second = read_file(path)
    assert (first.title, first.source, first.url, first.published) == (
        "Министры встретились в Казани",
        "wire",
        None,
        None,
    )
    assert (first.language, second.language) == ("", "en")  # unstated: detected later


def test_bad_lines_are_named_and_the_others_still_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        line(text=TEXT)
        + "{not json\n"
        + "\n"  # blank lines are skipped but still counted
        + '["a list"]\n'
        + line(title="no text")
        + line(text=TEXT, published="last spring")
        + line(text=TEXT, title=["not", "a", "string"])
        + line(text="Второй текст о встрече министров."),
        encoding="utf-8",
    )
    items = list(read_paths([str(path)]))
    assert [type(item).__name__ for item in items] == [
        "Document", "ReadError", "ReadError", "ReadError", "ReadError", "ReadError", "Document",
    ]  # fmt: skip
    errors = [item for item in items if isinstance(item, ReadError)]
    assert [error.location for error in errors] == [f"{path}:{n}" for n in (2, 4, 5, 6, 7)]
    assert errors[0].reason.startswith("not valid JSON (")
    assert errors[1].reason == 'not an object with a non-empty "text" (an array)'
    assert errors[2].reason == 'not an object with a non-empty "text"'
    assert errors[3].reason == "\"published\" is not a date: 'last spring'"
    assert errors[4].reason == '"title" is a list, expected a string'
    assert str(errors[0]).startswith(f"{path}:2: ")


def test_read_file_raises_the_first_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(line(text=TEXT) + "{not json\n", encoding="utf-8")
    with pytest.raises(ReadError) as raised:
        read_file(path)
    assert raised.value.location == f"{path}:2"


def test_invalid_utf8_line_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "bytes.jsonl"
    path.write_bytes(
        line(text=TEXT).encode() + b'{"text": "\xff\xfe"}\n' + line(text=TEXT).encode()
    )
    items = list(read_paths([path]))
    assert [isinstance(item, Document) for item in items] == [True, False, True]
    assert isinstance(items[1], ReadError)
    assert items[1].location == f"{path}:2"


def test_a_line_over_the_limit_is_skipped_without_keeping_it(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(line(text="а" * 5_000) + line(text=TEXT), encoding="utf-8")
    too_big, small = read_paths([path], limit=100)
    assert isinstance(too_big, ReadError) and too_big.reason.startswith("too large: ")
    assert too_big.location == f"{path}:1"
    assert isinstance(small, Document)


def test_empty_file_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert [str(item) for item in read_paths([path])] == [f"{path}: empty file"]


def test_sniffed_without_an_extension(tmp_path: Path) -> None:
    path = tmp_path / "export"
    path.write_text(line(text=TEXT) + line(text=TEXT + " Ещё."), encoding="utf-8")
    assert len(read_file(path)) == 2
