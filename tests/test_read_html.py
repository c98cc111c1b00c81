"""HTML pages: article text without the page furniture, and the page's own metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from concord.document import ReadError
from concord.read import read_file
from concord.read.html import html_to_text, parse_html

PARAGRAPH = (
    "Министр иностранных дел Казахстана провёл в Лондоне переговоры с британской коллегой. "
    "Стороны обсудили поставки критически важных минералов и образовательные проекты."
)
SECOND = "По итогам встречи подписан меморандум о сотрудничестве в сфере высшего образования."


def page(head: str = "", article: str = "", charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html><html lang="ru"><head><meta charset="{charset}">'
        f"<title>Переговоры в Лондоне — Степной вестник</title>{head}</head><body>"
        '<nav><a href="/">Главная</a> | <a href="/politics">Политика</a> | <a href="/sport">Спорт</a></nav>'
        f"{article}"
        "<footer>© Степной вестник, 2026. Все права защищены. Политика конфиденциальности</footer>"
        "</body></html>"
    )


ARTICLE = f"<article><h1>Переговоры в Лондоне</h1><p>{PARAGRAPH}</p><p>{SECOND}</p></article>"
METADATA = (
    '<link rel="canonical" href="https://vestnik.example/news/42">'
    '<meta property="og:url" content="https://vestnik.example/news/42?utm_source=feed">'
    '<meta property="og:site_name" content="Степной вестник">'
    '<meta property="article:published_time" content="2026-02-26T18:30:00+00:00">'
)


def test_article_text_without_menus_and_footer(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(page(METADATA, ARTICLE), encoding="utf-8")
    (document,) = read_file(path)
    assert document.title == "Переговоры в Лондоне"
    assert document.text == f"Переговоры в Лондоне\n\n{PARAGRAPH}\n\n{SECOND}"
    assert "Главная" not in document.text and "конфиденциальности" not in document.text


def test_metadata_canonical_url_site_and_date(tmp_path: Path) -> None:
    document = parse_html(page(METADATA, ARTICLE), "page.html")
    assert document.url == "https://vestnik.example/news/42"
    assert document.source == "Степной вестник"
    assert document.published == "2026-02-26"
    assert document.language == "ru"


def test_og_url_when_there_is_no_canonical_link() -> None:
    head = '<meta property="og:url" content="https://vestnik.example/news/43">'
    document = parse_html(page(head, ARTICLE), "folder/kurier.html")
    assert document.url == "https://vestnik.example/news/43"
    assert document.source == "vestnik.example"  # no site name: the host names the outlet
    assert document.published is None


def test_file_name_is_the_source_when_the_page_names_none() -> None:
    document = parse_html(page("", ARTICLE), "folder/kurier.html")
    assert (document.source, document.url) == ("kurier", None)


def test_title_is_prepended_when_the_body_lacks_it() -> None:
    article = f"<article><p>{PARAGRAPH}</p><p>{SECOND}</p></article>"
    head = '<meta property="og:title" content="Переговоры в Лондоне">'
    document = parse_html(page(head, article), "page.html")
    assert document.text.startswith(f"{document.title}\n\n")
    assert PARAGRAPH in document.text


def test_page_in_windows_1251_declared_by_its_meta_tag(tmp_path: Path) -> None:
    path = tmp_path / "legacy.htm"
    path.write_bytes(page(METADATA, ARTICLE, charset="windows-1251").encode("cp1251"))
    (document,) = read_file(path)
    assert PARAGRAPH in document.text


def test_html_sniffed_when_the_extension_says_nothing(tmp_path: Path) -> None:
    path = tmp_path / "saved-page"
    path.write_text(page(METADATA, ARTICLE), encoding="utf-8")
    (document,) = read_file(path)
    assert document.url == "https://vestnik.example/news/42"


@pytest.mark.parametrize(
    "markup",
    [
        page(),
        "<html><body><nav>Главная | Новости</nav></body></html>",
        "<html><head><title>Заголовок без статьи</title></head><body></body></html>",
    ],
)
def test_page_without_an_article_is_an_error(tmp_path: Path, markup: str) -> None:
    path = tmp_path / "empty.html"
    path.write_text(markup, encoding="utf-8")
    with pytest.raises(ReadError) as raised:
        read_file(path)
    assert raised.value.location == str(path)
    assert raised.value.reason == "no article text found"


def test_fragment_to_paragraphs() -> None:
    fragment = "<p>Первый <b>абзац</b>.</p><!-- note --><p>Второй</p><script>track()</script>Хвост"
    assert html_to_text(fragment) == "Первый абзац.\n\nВторой\n\nХвост"
    assert html_to_text("Просто текст") == "Просто текст"
