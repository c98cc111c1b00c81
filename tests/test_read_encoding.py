"""Decoding: byte-order marks, UTF-8, the Cyrillic code pages, and refusals that say why."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from concord.document import ReadError
from concord.read import read_file
from concord.read.encoding import binary_kind, decode

RUSSIAN = (
    "Глава МИД провёл переговоры с коллегой из Эстонии\n\n"
    "Съешь же ещё этих мягких французских булок, да выпей чаю. "
    "Стороны договорились о новой встрече в Таллине осенью."
)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_legacy_russian_code_pages(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(RUSSIAN.encode(encoding))
    (document,) = read_file(path)
    assert document.text == RUSSIAN
    assert document.title == "Глава МИД провёл переговоры с коллегой из Эстонии"


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_capital_letters_only_still_pick_the_right_code_page(encoding: str) -> None:
    shouting = "ВСЕ ЗАГЛАВНЫЕ: МИНИСТРЫ ПОДПИСАЛИ СОГЛАШЕНИЕ"
    assert decode(shouting.encode(encoding), "x") == shouting


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_byte_order_marks(bom: bytes, encoding: str) -> None:
    assert decode(bom + RUSSIAN.encode(encoding), "x") == RUSSIAN


def test_utf16_without_a_mark() -> None:
    assert decode(RUSSIAN.encode("utf-16-le"), "x") == RUSSIAN
    assert binary_kind(RUSSIAN.encode("utf-16-le")) is None


def test_western_code_page_as_a_last_resort() -> None:
    assert decode("Réunion des ministres à Genève".encode("cp1252"), "x").endswith("à Genève")


def test_undecodable_bytes_name_the_problem() -> None:
    with pytest.raises(ReadError) as raised:
        decode(b"\xfa\x80\x81 abc \xc3\x28 \x9d\x8f" * 3, "broken.txt")
    assert raised.value.location == "broken.txt"
    assert raised.value.reason.startswith("undecodable: invalid UTF-8 byte 0xfa at offset 0")


def test_bad_text_after_a_byte_order_mark() -> None:
    with pytest.raises(ReadError, match="undecodable: invalid utf-8 after its byte-order mark"):
        decode(codecs.BOM_UTF8 + b"\xc3\x28 text", "x")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (bytes(range(256)) * 4, "contains NUL bytes"),
        (b"%PDF-1.7\n" + bytes(200), "PDF"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG image"),
        (bytes([1, 2, 3, 5, 6, 7, 8, 65]) * 100, "mostly control characters"),
    ],
)
def test_binary_input(data: bytes, kind: str) -> None:
    with pytest.raises(ReadError) as raised:
        decode(data, "file.bin")
    assert raised.value.reason == f"binary file ({kind})"


@pytest.mark.parametrize("data", [b"", b" \n\t\r\n", codecs.BOM_UTF8 + b"  \n"])
def test_empty_input(data: bytes) -> None:
    with pytest.raises(ReadError) as raised:
        decode(data, "empty.txt")
    assert raised.value.reason == "empty file"
