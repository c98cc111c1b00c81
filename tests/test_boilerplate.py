"""Non-claim zones: credits, captions, bylines and "read also" material, by kind of line."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from concord.read import read_file
from concord.read.boilerplate import is_byline, is_credit, non_claim_zones

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
TITLE = "Министры двух стран встретились в Казани"
PARAGRAPH = "В среду министры иностранных дел двух стран провели переговоры в Казани."
CLOSING = "Следующая встреча министров пройдёт осенью в Астане."


def zone_texts(text: str) -> list[str]:
    return [text[start:end] for start, end in non_claim_zones(text)]


def covered(text: str, part: str) -> bool:
    """True if any zone overlaps `part`, as the sentence splitter will judge it."""
    start = text.replace("\u00a0", " ").index(part)  # the seeds use no-break spaces
    end = start + len(part)
    return any(
        zone_start < end and start < zone_end for zone_start, zone_end in non_claim_zones(text)
    )


@pytest.mark.parametrize(
    "line",
    [
        "Фото: пресс-служба МИД",
        "Фото пресс-службы Акимата",
        "Фото из открытых источников",
        "Источник фото: Reuters",
        "Фото © ТАСС",
        "Иллюстрация: Анна Иванова",
        "Photo: Reuters",
        "Photo by Jane Doe/AP",
        "Кадр из видео",
        "© 2026 Степной вестник",
        "Источник: ТАСС",
    ],
)
def test_credit_lines(line: str) -> None:
    assert is_credit(line)
    text = f"{TITLE}\n\n{PARAGRAPH}\n\n{line}\n\n{CLOSING}"
    assert zone_texts(text) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Фотография министра висела в холле здания правительства.",
        "Видеосвязь с коллегами установили утром, и переговоры продолжились.",
        "Источником финансирования станет бюджет региона.",
    ],
)
def test_paragraphs_starting_with_credit_like_words_are_claims(line: str) -> None:
    assert not is_credit(line)
    assert non_claim_zones(f"{TITLE}\n\n{line}\n\n{CLOSING}") == []


@pytest.mark.parametrize(
    "line",
    [
        "Автор: Иван Петров",
        "ТЕКСТ: Мария Иванова",
        "By John Smith",
        "Reporting by Jane Doe; editing by John Roe",
        "Редактор — Анна Лебедева",
        "Подготовила Анна Лебедева",
    ],
)
def test_bylines(line: str) -> None:
    assert is_byline(line)
    assert zone_texts(f"{TITLE}\n\n{line}\n\n{PARAGRAPH}") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Автор законопроекта предложил перенести голосование на осень.",
        "Текст соглашения будет опубликован позднее.",
        "By 2030 the ministers expect trade to double.",
        "By Monday the ministers had agreed on a roadmap.",
        "Подготовил Минфин и проект бюджета, и поправки к нему.",
    ],
)
def test_sentences_that_begin_like_bylines_are_claims(line: str) -> None:
    assert not is_byline(line)
    assert non_claim_zones(f"{TITLE}\n\n{line}") == []


def test_caption_glued_above_a_credit_and_a_repeated_title() -> None:
    caption = "Министры на пресс-конференции в Казани"
    text = f"{TITLE}\n\n{PARAGRAPH}\n\n{caption}\nФото: Иван Петров\n\n{TITLE}\n\n{CLOSING}"
    zones = zone_texts(text)
    assert zones == [caption, "Фото: Иван Петров", TITLE]
    assert not covered(text, PARAGRAPH) and not covered(text, CLOSING)
    assert non_claim_zones(text)[0][0] > 0  # the headline itself stays


def test_credit_inside_a_short_caption_line() -> None:
    line = "Министры после переговоров. Фото: пресс-служба"
    assert zone_texts(f"{TITLE}\n\n{PARAGRAPH}\n\n{line}") == [line]


def test_read_also_heading_at_the_tail_takes_everything_after_it() -> None:
    tail = "Читайте также\nВ Астане открыли новый мост\nКурс тенге на 27 февраля\n\nПоделиться"
    text = f"{TITLE}\n\n{PARAGRAPH}\n\n{CLOSING}\n\n{tail}\n"
    assert zone_texts(text) == [tail]


def test_inline_read_also_line_is_only_that_line() -> None:
    inline = "Читайте также: Казахстан и Великобритания подписали дорожную карту"
    text = f"{TITLE}\n\n{PARAGRAPH}\n\n{inline}\n\n{CLOSING}"
    assert zone_texts(text) == [inline]


def test_heading_in_the_middle_takes_its_teasers_not_the_article() -> None:
    text = (
        f"{TITLE}\n\n{PARAGRAPH}\n\nСмотрите также:\nМинистры обсудили транзит через Каспий\n\n"
        f"{CLOSING}\n\nСтороны также обсудили торговлю."
    )
    assert zone_texts(text) == ["Смотрите также:\nМинистры обсудили транзит через Каспий"]
    assert not covered(text, CLOSING)


@pytest.mark.parametrize(
    "line",
    [
        "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости.",
        "Читайте нас в Дзене",
        "Сейчас читают: Курс доллара снизился",
        "Реклама",
        "Теги: Казахстан, Великобритания",
    ],
)
def test_other_marker_lines_mid_text(line: str) -> None:
    text = f"{TITLE}\n\n{PARAGRAPH}\n\n{line}\n\n{CLOSING}\n\nСтороны также обсудили торговлю."
    assert zone_texts(text) == [line]


def test_words_that_are_markers_only_as_a_whole_line() -> None:
    line = "Реклама табака запрещена законом с 2013 года, напомнили в министерстве."
    assert non_claim_zones(f"{TITLE}\n\n{line}\n\n{CLOSING}") == []


def test_zones_are_sorted_disjoint_and_inside_the_text() -> None:
    text = f"{TITLE}\nФото: А\n\n{PARAGRAPH}\n\nАвтор: Б\nФото: В\n\nЧитайте также\nТизер"
    zones = non_claim_zones(text)
    assert zones == sorted(zones)
    assert all(0 <= start < end <= len(text) for start, end in zones)
    assert all(first[1] <= second[0] for first, second in itertools.pairwise(zones))
    assert non_claim_zones("") == [] and non_claim_zones("\n\n  \n") == []


def test_kazinform_seed_zones() -> None:
    (document,) = read_file(SEEDS / "ca5uk-kazinform.txt")
    text = document.text
    zones = zone_texts(text)
    assert [zone for zone in zones if zone.startswith("Фото:")] == [
        "Фото: Тимур Дюсекеев/Kazinform"
    ] * 2
    assert zones.count(document.title) == 2  # the two captions repeating the headline
    assert not any(
        start == 0 for start, _ in non_claim_zones(text)
    )  # the headline is not a caption
    assert zones[-1].startswith("Сейчас читают")
    assert text[non_claim_zones(text)[-1][1] :].strip() == ""  # the tail runs to the end
    for paragraph in (
        "В четверг в Лондоне состоялась первая встреча",
        "Открывая пленарную сессию, глава британского внешнеполитического ведомства",
        "Стороны также объявили о запуске образовательных инициатив",
        "С новой конфигурацией партнерства",
    ):
        assert not covered(text, paragraph), paragraph


def test_mfa_seed_zones() -> None:
    (document,) = read_file(SEEDS / "ca5uk-mfa.txt")
    text = document.text
    assert zone_texts(text) == ["Фото: пресс-служба МИД РК"]
    for paragraph in (
        "Центральная Азия и Великобритания развивают",
        "В Лондоне прошла встреча министров иностранных дел",
        "открытие нового кампуса Heriot-Watt University в Актобе",
    ):
        assert not covered(text, paragraph), paragraph
