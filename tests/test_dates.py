"""Dates without a year take it from the publication date and the sentence's tense, by one
rule for "28 декабря" and "в декабре" alike; dates with a year are left as written."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from concord.analysis import AnalysedDocument

Analyse = Callable[..., AnalysedDocument]


def date_values(analyse: Analyse, text: str, published: str | None) -> list[str]:
    return [mention.value for mention in analyse(text, published=published).dates]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Past tense: the latest such day on or before publication.
        ("28 декабря состоялась встреча министров.", "2026-01-10", "2025-12-28"),
        ("5 января прошла встреча министров.", "2025-12-20", "2025-01-05"),
        ("Встреча министров прошла 8 января.", "2026-01-10", "2026-01-08"),
        # Future or planned: the earliest such day on or after publication.
        ("28 декабря состоится встреча министров.", "2026-01-10", "2026-12-28"),
        ("5 января пройдёт встреча министров.", "2025-12-20", "2026-01-05"),
        ("Встреча министров намечена на 28 декабря.", "2026-01-10", "2026-12-28"),
        # Present tense or no verb: whichever is nearer to publication.
        ("Встреча министров 28 декабря.", "2026-01-10", "2025-12-28"),
        ("Встреча министров 5 января.", "2025-12-20", "2026-01-05"),
        ("28 декабря министры проводят встречу.", "2026-01-10", "2025-12-28"),
        ("15 января министры проводят встречу.", "2026-01-10", "2026-01-15"),
        # 29 February only exists in leap years.
        ("29 февраля состоялась встреча министров.", "2026-01-10", "2024-02-29"),
        ("29 февраля состоится встреча министров.", "2026-01-10", "2028-02-29"),
    ],
)
def test_day_month_year_from_publication_and_tense(
    analyse: Analyse, text: str, published: str, expected: str
) -> None:
    assert date_values(analyse, text, published) == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("В декабре состоялась встреча министров.", "2026-01-10", "2025-12"),
        ("В декабре состоится встреча министров.", "2026-01-10", "2026-12"),
        ("В декабре будет встреча министров.", "2026-01-10", "2026-12"),
        ("В январе прошла встреча министров.", "2025-12-20", "2025-01"),
        ("В январе пройдёт встреча министров.", "2025-12-20", "2026-01"),
        ("Встреча министров в марте.", "2026-01-10", "2026-03"),
        ("Встреча министров в октябре.", "2026-01-10", "2025-10"),
        ("Встреча министров в январе.", "2026-01-10", "2026-01"),
    ],
)
def test_month_year_by_the_same_rule(
    analyse: Analyse, text: str, published: str, expected: str
) -> None:
    assert date_values(analyse, text, published) == [expected]


@pytest.mark.parametrize(
    ("sentence_with_day", "sentence_with_month"),
    [
        ("28 декабря состоялась встреча министров.", "В декабре состоялась встреча министров."),
        ("28 декабря состоится встреча министров.", "В декабре состоится встреча министров."),
        ("Встреча министров 28 декабря.", "Встреча министров в декабре."),
    ],
)
def test_day_and_month_of_one_sentence_agree_on_the_year(
    analyse: Analyse, sentence_with_day: str, sentence_with_month: str
) -> None:
    (day,) = date_values(analyse, sentence_with_day, "2026-01-10")
    (month,) = date_values(analyse, sentence_with_month, "2026-01-10")
    assert day[:7] == month


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("28 декабря 2024 года состоится встреча министров.", "2024-12-28"),
        ("28 декабря 2027 года состоялась встреча министров.", "2027-12-28"),
        ("В декабре 2027 года прошла встреча министров.", "2027-12"),
        ("Встреча министров состоится 28.12.2024.", "2024-12-28"),
        ("Встреча министров прошла 2027-12-28.", "2027-12-28"),
    ],
)
def test_explicit_year_is_kept(analyse: Analyse, text: str, expected: str) -> None:
    assert date_values(analyse, text, "2026-01-10") == [expected]


def test_no_publication_date_no_year(analyse: Analyse) -> None:
    assert date_values(analyse, "28 декабря состоялась встреча министров.", None) == []


def test_a_dateline_with_its_year_dates_a_report_that_states_no_publication() -> None:
    from concord.nlp.datelines import dateline_date

    assert dateline_date("Встреча министров\n\nБАКУ, 12 марта 2026 года. Министры …") == "2026-03-12"
    assert dateline_date("Лондон. 26 февраля 2026 г. — Сегодня …") == "2026-02-26"
    assert dateline_date("Лондон. 26 февраля. Сегодня …") is None  # no year: no date to give
    assert dateline_date("Министры обсудили итоги 2025 года и планы на 12 марта 2026 года.") is None


def test_the_pipeline_takes_the_dateline_only_when_the_source_gives_no_date() -> None:
    from concord.document import Document
    from concord.pipeline import Pipeline

    text = "Итоги\n\nАСТАНА, 3 мая 2026 года. Вчера министры провели переговоры."
    pipeline = Pipeline(analysers={})
    assert pipeline.with_language(Document(text=text, language="ru")).published == "2026-05-03"
    stated = Document(text=text, language="ru", published="2026-05-04")
    assert pipeline.with_language(stated).published == "2026-05-04"


def test_a_month_shortened_after_its_day_is_a_date(analyse: Analyse) -> None:
    assert date_values(analyse, "ТОМСК, 12 фев — РИА Новости.", "2012-02-13") == ["2012-02-12"]
    assert date_values(analyse, "Отчёт вышел 3 сент. и прошёл незамеченным.", "2012-09-10") == [
        "2012-09-03"
    ]
    # a word that only begins like a month is none
    assert date_values(analyse, "В 12 марках нашли ошибку.", "2012-09-10") == []


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Срок действия лицензии истек 7 ноября 2025 года.", "on"),  # "истек" ends in "к"
        ("Дорогу достроят к 7 ноября 2027 года.", "until"),
        ("Работы продлятся до 1 марта 2027 года.", "until"),
    ],
)
def test_relation_word_stands_alone(analyse: Analyse, text: str, relation: str) -> None:
    assert [m.relation for m in analyse(text, published="2026-01-10").dates] == [relation]
