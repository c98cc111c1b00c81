"""Readers on files written here, and one clear error per bad input."""

from __future__ import annotations

import json
from pathlib import Path

from concord.document import Document, ReadError
from concord.read import read_paths
from concord.read.boilerplate import non_claim_zones
from tests.conftest import SEEDS

ARTICLE = "Министры встретились в Казани\n\nВ среду министры двух стран встретились в Казани.\n"


def read(*paths: Path | str) -> list[Document | ReadError]:
    return list(read_paths([str(p) for p in paths]))


def test_plain_text_with_date_header_on_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "outlet.txt"
    path.write_text(" date 2025-05-14\n" + ARTICLE, encoding="utf-8")
    (document,) = read(path)
    assert isinstance(document, Document)
    assert document.published == "2025-05-14"
    assert document.title == "Министры встретились в Казани"
    assert document.text.startswith("Министры встретились")
    assert document.source == "outlet"


def test_same_text_twice_has_one_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("\n\n", "\n\n\n") + "  ", encoding="utf-8")
    first, second = read(tmp_path)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.id == second.id


def test_legacy_cyrillic_encodings(tmp_path: Path) -> None:
    for encoding in ("cp1251", "koi8_r"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(ARTICLE.encode(encoding))
        (document,) = read(path)
        assert isinstance(document, Document), document
        assert document.title == "Министры встретились в Казани"


def test_html_page_loses_its_boilerplate(tmp_path: Path) -> None:
    body = " ".join(["Министр иностранных дел провёл переговоры с коллегой в Казани."] * 6)
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Переговоры в Казани</title></head><body><nav>Главная | Новости | Спорт</nav>"
        f"<article><h1>Переговоры в Казани</h1><p>{body}</p><p>{body}</p></article>"
        "<footer>© Редакция, все права защищены</footer></body></html>",
        encoding="utf-8",
    )
    (document,) = read(page)
    assert isinstance(document, Document), document
    assert "переговоры с коллегой" in document.text
    assert "Главная | Новости" not in document.text and "все права защищены" not in document.text


def test_json_lines_keep_good_lines_and_name_the_bad_one(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    good = {
        "text": ARTICLE,
        "title": "Встреча",
        "url": "https://example.org/1",
        "published": "2025-05-14",
    }
    path.write_text(
        json.dumps(good, ensure_ascii=False) + "\n{not json\n" + json.dumps({"title": "x"}) + "\n"
    )
    items = read(path)
    assert isinstance(items[0], Document) and items[0].url == "https://example.org/1"
    assert [str(e) for e in items[1:]] == [
        f"{path}:2: not valid JSON (Expecting property name enclosed in double quotes)",
        f'{path}:3: not an object with a non-empty "text"',
    ]


def test_bad_files_each_give_one_error_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\xfa\x80\x81 abc \xc3\x28 \x9d\x8f" * 3)
    (tmp_path / "empty.html").write_text(
        "<html><body><nav>menu</nav></body></html>", encoding="utf-8"
    )
    huge = tmp_path / "huge.txt"
    with huge.open("w", encoding="utf-8") as stream:
        for _ in range(60_000):
            stream.write(
                "Длинная строка текста для проверки предела размера документа. " * 15 + "\n"
            )
    items = read(tmp_path, tmp_path / "missing-*.txt")
    errors = {Path(e.location).name: e.reason for e in items if isinstance(e, ReadError)}
    documents = [d for d in items if isinstance(d, Document)]
    assert [d.title for d in documents] == ["Министры встретились в Казани"]
    assert errors["empty.txt"] == "empty file"
    assert errors["binary.txt"].startswith("binary file")
    assert errors["broken.txt"].startswith("undecodable")
    assert errors["empty.html"].startswith("no article text")
    assert errors["huge.txt"].startswith("too large")
    assert errors["missing-*.txt"].startswith("no such file")
    assert len(errors) == 6


def test_seed_boilerplate_zones() -> None:
    text = (SEEDS / "ca5uk-kazinform.txt").read_text(encoding="utf-8")
    zones = [text[start:end] for start, end in non_claim_zones(text)]
    assert any(zone.startswith("Фото: ") for zone in zones)
    assert any(zone.startswith("Сейчас читают") for zone in zones)
    assert (
        sum(zone.startswith("Первая встреча") for zone in zones) == 2
    )  # captions, not the headline
    assert not any("Иветт Купер подчеркнула" in zone for zone in zones)


def test_credit_and_byline_kinds() -> None:
    text = "Заголовок\n\nАвтор: Иван Петров\n\nТекст новости.\n\nФото из открытых источников\n\nЧитайте также\nДругое"
    zones = [text[start:end] for start, end in non_claim_zones(text)]
    assert "Автор: Иван Петров" in zones and "Фото из открытых источников" in zones
    assert any(zone.startswith("Читайте также") for zone in zones)
    assert "Текст новости." not in zones
