"""Deal classes seen across round 29's batches: a loan told by general words. Money a bank
gives ("выделит", "перечислил") is a loan when a loan word stands beside it; a document
takes the loan its content grants ("контракт на открытие кредитной линии", "на
предоставление 2 млрд рублей" near a loan word); and a list of subjects signing a loan
document are its two parties. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals

LOAN = "займ/возвращение займа"
INVESTMENT = "инвестиции"
CONTRACT = "контракт"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money given, with a loan word in the next sentence or the one before
        (
            "Банк «Заря» перечислил компании «Уралхим» 2 млрд рублей. Кредит выдан на пять лет.",
            frozenset({"Заря", "Уралхим"}),
        ),
        (
            "Речь идет о кредитной поддержке экспорта. Банк «Восход» выделил заводу «Сталь» "
            "400 млн рублей.",
            frozenset({"Восход", "Сталь"}),
        ),
        # a contract whose content opens a credit line
        (
            "Банк «Восход» заключил контракт с администрацией Тамбова на открытие кредитной "
            "линии в 1 млрд рублей.",
            frozenset({"Восход", "администрация Тамбова"}),
        ),
        (
            "Банк «Заря» выиграл аукцион на кредитование области. В мае банк «Заря» заключил "
            "контракт с министерством финансов Пензенской области на предоставление 500 млн "
            "рублей.",
            frozenset({"Заря", "министерство финансов Пензенской области"}),
        ),
        # a list of subjects signing a loan document: its two parties
        (
            "Банк «Восход» и компания «Уралхим» подписали кредитный договор на 3 млрд рублей.",
            frozenset({"Восход", "Уралхим"}),
        ),
    ],
)
def test_a_loan_told_by_general_words_is_a_loan(
    analyse: Analyse, text: str, expected: frozenset[str]
) -> None:
    assert (expected, LOAN) in deals(analyse(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money given with no loan word near stays money given
        (
            "Банк «Восход» перечислил клубу «Сокол» 300 млн рублей на подготовку к сезону.",
            {(frozenset({"Восход", "Сокол"}), INVESTMENT)},
        ),
        # a loan paid back is the purpose, not the deal
        (
            "Компания «Стройгаз» перечислила клубу «Сокол» 300 млн рублей на погашение "
            "кредитов.",
            {(frozenset({"Стройгаз", "Сокол"}), INVESTMENT)},
        ),
        # a contract granting money with no loan word near keeps its own kind
        (
            "Компания «Стройгаз» заключила контракт с администрацией Тамбова на "
            "предоставление 2 млн рублей.",
            {(frozenset({"Стройгаз", "администрация Тамбова"}), CONTRACT)},
        ),
        # money given to no one named, a loan word near: no deal
        ("Банк «Восход» выделил 400 млн рублей на ремонт школ. Кредит не понадобился.", set()),
        # a list signing a sale stays a sale
        (
            "Компания «Газпром» и компания «Лукойл» подписали договор о продаже акций.",
            {(frozenset({"Газпром", "Лукойл"}), "купля/продажа")},
        ),
    ],
)
def test_money_given_with_no_loan_near_keeps_its_kind(
    analyse: Analyse, text: str, expected: set[tuple[frozenset[str], str]]
) -> None:
    assert deals(analyse(text).claims) == expected
