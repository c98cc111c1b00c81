"""Deal classes seen across round 31's batches: a loan's lender named a sentence or two
after the loan, beside a loan word of its own ("Кредитную поддержку оказал X", "Тендер на
предоставление кредита выиграл X"); budget money given to a club told by
its abbreviation ("ФК «X» … клубу выделили"), by a passive ("клубу выделено 100 млн
рублей") or by a relative clause ("сумма, которая была выделена клубу"). Every sentence
is written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals

LOAN = "займ/возвращение займа"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lender is the subject of a support phrase in the next sentence
        (
            "Омская область получила кредит в 2 млрд рублей на ремонт дорог. Кредитные "
            "средства предоставил Газпромбанк.",
            frozenset({"Омская область", "Газпромбанк"}),
        ),
        # the lender won the auction for the loan
        (
            "Тверская область взяла банковский заем на 3 млрд рублей. Аукцион на "
            "предоставление кредита выиграл Россельхозбанк.",
            frozenset({"Тверская область", "Россельхозбанк"}),
        ),
    ],
)
def test_a_loans_lender_named_in_a_later_sentence(
    analyse: Analyse, text: str, expected: frozenset[str]
) -> None:
    assert (expected, LOAN) in deals(analyse(text).claims)


@pytest.mark.parametrize(
    "text",
    [
        # a bank telling the news is no lender: no loan word beside it
        "Омская область получила кредит в 2 млрд рублей. Об этом сообщил Газпромбанк.",
        # the side named is a bank itself: a second bank is no counterparty
        "Газпромбанк получил кредит в 2 млрд рублей. Кредитные средства предоставил "
        "Россельхозбанк и Сбербанк.",
        # a bank deep in another phrase of the loan's sentence is no lender
        "Омская область получила кредит на 2 млрд рублей. Область выплатит проценты по "
        "кредиту в размере половины ставки Центрального банка.",
        # two banks in the later sentence: which lent is unknown
        "Омская область получила кредит в 2 млрд рублей. Кредиты ей раньше давали Сбербанк и "
        "Газпромбанк.",
    ],
)
def test_no_lender_without_one_bank_beside_a_loan_word(analyse: Analyse, text: str) -> None:
    assert not any(
        len(sides) == 2 for sides, kind in deals(analyse(text).claims) if kind == LOAN
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a club introduced by its abbreviation is the club a bare noun stands for
        (
            "ХК «Амур» проиграл дома. Из бюджета Хабаровского края клубу перечислили 300 "
            "миллионов рублей.",
            frozenset({"Хабаровский край", "Амур"}),
        ),
        # a passive gives the money its subject names
        (
            "Из бюджета Омской области футбольному клубу «Спартак» выделено 100 млн рублей.",
            frozenset({"Омская область", "Спартак"}),
        ),
        # a relative clause on a sum gives that sum
        (
            "Министр финансов Омской области назвал сумму, которая была выделена из "
            "областного бюджета футбольному клубу «Иртыш».",
            frozenset({"Омская область", "Иртыш"}),
        ),
    ],
)
def test_budget_money_given_to_a_club(
    analyse: Analyse, text: str, expected: frozenset[str]
) -> None:
    assert expected in {sides for sides, _ in deals(analyse(text).claims)}


@pytest.mark.parametrize(
    "text",
    [
        # a passive giving no money: no deal
        "Футбольному клубу «Спартак» выделено новое поле.",
        # a club named before, but the money goes to a school
        "ФК «Ростов» сыграл вничью. Из бюджета Ростовской области школе выделили субсидию.",
    ],
)
def test_no_club_deal_without_money_to_the_club(analyse: Analyse, text: str) -> None:
    assert not any(len(sides) == 2 for sides, _ in deals(analyse(text).claims))
