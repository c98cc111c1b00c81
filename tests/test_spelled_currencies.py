"""A sum spelled in words takes the same currency code as one in digits, for every
currency the digit reader knows ("пять миллионов тенге" as "5 млн тенге"), and money in
any currency is money to the initiative reader. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, amounts_with_units


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Фонд выделил пять миллионов тенге на ремонт.", "KZT"),
        ("Контракт оценили в два миллиона юаней.", "CNY"),
        ("Магазин продал товаров на три тысячи гривен.", "UAH"),
        ("Банк одолжил десять миллионов долларов.", "USD"),
        ("Клуб потратил сто тысяч фунтов стерлингов.", "GBP"),
    ],
)
def test_a_spelled_sum_takes_its_currency_code(analyse: Analyse, text: str, code: str) -> None:
    assert [unit for _, unit in amounts_with_units(analyse(text))] == [code]


def test_a_spelled_count_of_people_keeps_its_noun(analyse: Analyse) -> None:
    assert amounts_with_units(analyse("На митинг пришли пять тысяч человек.")) == [
        (5000.0, "человек")
    ]
