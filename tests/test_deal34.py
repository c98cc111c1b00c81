"""Money a report calls a loan, seen across round 34's seen batches: a word of money
given ("выделили", "перечислил", "финансирование") is a loan when the report names it
so, also when the loan word is spelt with "ё" ("Заём выдали на два года", "заёмное
финансирование") — the parser keeps the letter in its lemma — or when a headline's loan
word comes two sentences on. FactRuEval annotates such money as `займ/возвращение займа`.
Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals

LOAN = "займ/возвращение займа"
INVESTMENT = "инвестиции"
FINE = "наложение/выплата штрафа"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the loan word in the next sentence, spelt with "ё"
        (
            "Фонд «Перспектива» перечислил компании «Агрозавод» 90 млн рублей на новый цех. "
            "Заём выдан на три года.",
            {"Перспектива", "Агрозавод"},
        ),
        # an adjective of the loan, spelt with "ё", in the same sentence
        (
            "Компания «Агрозавод» получила заёмное финансирование от фонда «Перспектива».",
            {"Перспектива", "Агрозавод"},
        ),
        # a headline; the lead names the credit line two sentences on
        (
            "Банк «Северный» профинансирует компанию «Агрозавод». Банк и компания "
            "подписали документы во вторник в Омске. Банк открывает компании кредитную "
            "линию на 200 млн рублей.",
            {"Северный", "Агрозавод"},
        ),
    ],
)
def test_money_the_report_calls_a_loan_is_a_loan(
    analyse: Analyse, text: str, sides: set[str]
) -> None:
    found = deals(analyse(text).claims)
    assert any(kind == LOAN and sides <= set(named) for named, kind in found), found
    assert not any(kind == INVESTMENT and sides <= set(named) for named, kind in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money invested, no loan named near: it stays an investment
        (
            "Фонд «Перспектива» вложил в компанию «Агрозавод» 90 млн рублей. Компания "
            "построит новый цех. Работы начнутся весной.",
            {(frozenset({"Перспектива", "Агрозавод"}), INVESTMENT)},
        ),
        # a loan paid back is a purpose, not the deal: the subsidy stays what it was
        (
            "Фонд «Перспектива» выделил компании «Агрозавод» 90 млн рублей. Средства пойдут "
            "на погашение займов.",
            {(frozenset({"Перспектива", "Агрозавод"}), INVESTMENT)},
        ),
        # a fine only threatened by a law's text
        (
            "По закону на компанию «Агрозавод» может быть наложен штраф до 5000 рублей.",
            set(),
        ),
        # a fine told in general
        ("Штраф для компаний составляет до 5000 рублей.", set()),
    ],
)
def test_no_loan_where_the_report_names_none(
    analyse: Analyse, text: str, expected: set[tuple[frozenset[str], str]]
) -> None:
    assert deals(analyse(text).claims) == expected
