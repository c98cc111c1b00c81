"""Plain-text articles: the date header, the title line, offsets into the text as read."""

from __future__ import annotations

from pathlib import Path

import pytest

from concord.document import Document, ReadError
from concord.read import read_file, read_paths
from concord.read.text import parse_text, split_date_header

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
TITLE = "Министры встретились в Казани"
BODY = "В среду министры двух стран встретились в Казани.\n\nСтороны подписали меморандум."


def write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def test_date_header_followed_by_the_title_on_the_same_line(tmp_path: Path) -> None:
    path = write(tmp_path, "vestnik.txt", f" date 2025-05-14 {TITLE}\n\n{BODY}\n")
    (document,) = read_file(path)
    assert document.published == "2025-05-14"
    assert document.title == TITLE
    assert document.text == f"{TITLE}\n\n{BODY}"
    assert document.source == "vestnik"
    assert document.path == str(path)
    assert document.language == ""  # plain text states none: the nlp stage detects it


def test_date_header_on_its_own_line(tmp_path: Path) -> None:
    (document,) = read_file(write(tmp_path, "a.txt", f" date 2025-05-14\n{TITLE}\n\n{BODY}\n"))
    assert (document.published, document.title) == ("2025-05-14", TITLE)
    assert document.text.startswith(TITLE)


def test_without_a_header_the_first_non_empty_line_is_the_title(tmp_path: Path) -> None:
    (document,) = read_file(write(tmp_path, "a.txt", f"\n\n{TITLE}\n\n{BODY}"))
    assert document.published is None
    assert document.title == TITLE
    assert document.text == f"{TITLE}\n\n{BODY}"


def test_offsets_point_at_the_text_as_read(tmp_path: Path) -> None:
    (document,) = read_file(write(tmp_path, "a.txt", f" date 2025-05-14 {TITLE}\r\n\r\n{BODY}"))
    start = document.text.index("меморандум")
    assert document.text[start : start + len("меморандум")] == "меморандум"
    assert "\r" not in document.text and "date" not in document.text


def test_a_word_date_in_the_title_is_not_a_header() -> None:
    published, text = split_date_header("Update 2025-05-14: министры встретились")
    assert published is None and text.startswith("Update")
    published, text = split_date_header(" date 2025-13-45 Заголовок")
    assert (
        published is None and text == "Заголовок"
    )  # an impossible date is dropped, not kept as text
    assert split_date_header(" date 2025-05 Заголовок") == ("2025-05", "Заголовок")


def test_header_without_an_article_is_an_error() -> None:
    with pytest.raises(ReadError, match="no text after the date header"):
        parse_text(" date 2025-05-14\n\n", "only-header.txt")


def test_source_comes_from_the_folder_when_the_name_is_only_a_date(tmp_path: Path) -> None:
    folder = tmp_path / "stepnoy-kurier"
    folder.mkdir()
    (document,) = read_file(write(folder, "2025-05-14.txt", f"{TITLE}\n\n{BODY}"))
    assert document.source == "stepnoy-kurier"


def test_the_reader_does_not_guess_a_language(tmp_path: Path) -> None:
    (document,) = read_file(
        write(tmp_path, "a.txt", "Ministers met in London\n\nThey signed a roadmap.")
    )
    assert document.language == ""


def test_same_text_read_twice_has_the_same_id(tmp_path: Path) -> None:
    first = write(tmp_path, "first.txt", f"{TITLE}\n\n{BODY}\n")
    second = write(tmp_path, "second.txt", f"\ufeff{TITLE}\r\n\r\n{BODY}   \n\n")
    one, other = read_paths([str(first), str(second)])
    assert isinstance(one, Document) and isinstance(other, Document)
    assert one.id == other.id
    (again,) = read_file(first)
    assert again.id == one.id


def test_mfa_seed() -> None:
    (document,) = read_file(SEEDS / "ca5uk-mfa.txt")
    assert document.published == "2026-02-27"
    assert document.title == "От диалога – к конкретным проектам"
    assert document.text.startswith("От диалога – к конкретным проектам\n")
    assert "date 2026" not in document.text
    assert "Heriot-Watt University в Актобе" in document.text


def test_kazinform_seed() -> None:
    (document,) = read_file(SEEDS / "ca5uk-kazinform.txt")
    assert document.published is None
    assert document.title == "Первая встреча «Центральная Азия — Великобритания» прошла в Лондоне"
    assert document.text.startswith(document.title)
    raw = (SEEDS / "ca5uk-kazinform.txt").read_text(encoding="utf-8")
    assert document.text == raw.strip()  # nothing to remove: the text is the file
