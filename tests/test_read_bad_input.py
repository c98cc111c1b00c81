"""Bad input: each problem is one ReadError naming the file (and line); the good files are still read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from concord.document import Document, ReadError
from concord.read import MAX_CHARACTERS, expand_paths, read_file, read_items, read_paths

ARTICLE = "Министры встретились в Казани\n\nВ среду министры двух стран встретились в Казани.\n"


def errors_by_name(items: list[Document | ReadError]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for item in items:
        if isinstance(item, ReadError):
            found.setdefault(Path(item.location).name, []).append(item.reason)
    return found


def write_huge(path: Path, characters: int) -> None:
    line = "Длинная строка текста для проверки предела размера документа. " * 16 + "\n"
    with path.open("w", encoding="utf-8") as stream:
        for _ in range(characters // len(line) + 1):
            stream.write(line)


def test_every_kind_of_bad_file_next_to_good_ones(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "broken.txt").write_bytes(b"\xfa\x80\x81 abc \xc3\x28 \x9d\x8f" * 3)
    (tmp_path / "no-article.html").write_text(
        "<html><body><nav>Главная | Новости</nav></body></html>", encoding="utf-8"
    )
    (tmp_path / "lines.jsonl").write_text(
        '{"text": "Министры подписали соглашение."}\n{not json\n', encoding="utf-8"
    )
    write_huge(tmp_path / "huge.txt", MAX_CHARACTERS + 1)
    (tmp_path / "zzz-good.txt").write_text(ARTICLE + "Ещё абзац.\n", encoding="utf-8")

    items = list(read_paths([str(tmp_path), str(tmp_path / "missing-*.txt")]))

    documents = [item for item in items if isinstance(item, Document)]
    assert [Path(d.path or "").name for d in documents] == [
        "good.txt",
        "lines.jsonl:1",
        "zzz-good.txt",
    ]
    errors = errors_by_name(items)
    assert errors == {
        "binary.txt": ["binary file (contains NUL bytes)"],
        "broken.txt": [errors["broken.txt"][0]],
        "empty.txt": ["empty file"],
        "huge.txt": [errors["huge.txt"][0]],
        "lines.jsonl:2": [errors["lines.jsonl:2"][0]],
        "missing-*.txt": ["no such file: the pattern matches nothing"],
        "no-article.html": ["no article text found"],
    }
    assert errors["broken.txt"][0].startswith("undecodable: invalid UTF-8 byte 0xfa")
    assert errors["huge.txt"][0].startswith("too large: ")
    assert errors["huge.txt"][0].endswith(", limit 2 MB (2,000,000 characters)")
    assert errors["lines.jsonl:2"][0].startswith("not valid JSON")


def test_the_limit_is_an_argument(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    write_huge(path, 5_000)
    (error,) = read_paths([path], limit=1_000)
    assert isinstance(error, ReadError) and error.reason.startswith("too large: ")
    (document,) = read_paths([path], limit=50_000)
    assert isinstance(document, Document)


def test_cyrillic_text_below_the_limit_in_characters_but_above_it_in_bytes(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_text("Заголовок\n\n" + "ж" * 900, encoding="utf-8")  # ~1,800 bytes
    (document,) = read_file(path, limit=1_000)
    assert len(document.text) < 1_000


def test_huge_html_is_refused_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "dump.html"
    with path.open("wb") as stream:
        stream.write(b"<html><body>" + b"<p>x</p>" * 1_000 + b"</body></html>")
    with pytest.raises(ReadError, match="too large"):
        read_file(path, limit=1_000)


def test_missing_paths_and_empty_folders(tmp_path: Path) -> None:
    (tmp_path / "empty-folder").mkdir()
    items = list(read_paths([str(tmp_path / "nothing.txt"), str(tmp_path / "empty-folder")]))
    assert [(Path(e.location).name, e.reason) for e in items if isinstance(e, ReadError)] == [
        ("nothing.txt", "no such file or folder"),
        ("empty-folder", "folder holds no files"),
    ]


def test_folders_are_recursive_sorted_and_skip_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "inner.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_bytes(b"\x00\x01")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("[core]", encoding="utf-8")
    found = list(expand_paths([str(tmp_path)]))
    paths = [p.relative_to(tmp_path).as_posix() for p in found if isinstance(p, Path)]
    assert paths == ["a.txt", "b/inner.txt"]
    assert len(found) == 2  # and no ReadError


def test_globs_and_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    for name in ("one.txt", "two.txt", "three.html"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    found = list(expand_paths([str(tmp_path / "*.txt"), str(tmp_path / "one.txt")]))
    assert [p.name for p in found if isinstance(p, Path)] == ["one.txt", "two.txt"]
    assert len(found) == 2  # and no ReadError


def test_a_single_path_string_is_not_taken_for_a_list_of_letters(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (document,) = read_paths(str(tmp_path / "a.txt"))
    assert isinstance(document, Document)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads unreadable files")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    (error,) = read_items(path)
    assert isinstance(error, ReadError) and error.reason.startswith("cannot read")


def test_read_file_raises_and_read_items_yields(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("   \n", encoding="utf-8")
    with pytest.raises(ReadError) as raised:
        read_file(path)
    assert str(raised.value) == f"{path}: empty file"
    assert [str(item) for item in read_items(path)] == [f"{path}: empty file"]


def test_binary_file_with_an_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    (error,) = read_paths([path])
    assert isinstance(error, ReadError) and error.reason == "binary file (PDF)"
