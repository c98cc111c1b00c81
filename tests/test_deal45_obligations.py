"""A fine told as an obligation to pay (round 45): the one who obliges and the one obliged
are a fine's two sides ("Суд обязал X выплатить 5 млн рублей", "€1 млрд, которые ЕК
обязала выплатить X", "штраф обязано заплатить X согласно постановлению Y"). Guards: an
obligation to do anything but pay money, one with nobody named who obliges or who pays,
one only possible, and a promise to pay ("обязался") are none. Every sentence is written
for the test."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, one_deal_names
from tests.conftest import deal_sides as deals

_FINE = "наложение/выплата штрафа"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Арбитражный суд Казани обязал компанию «Северлес» выплатить 40 млн рублей.",
            {"Арбитражный суд Казани", "Северлес"},
        ),
        (
            "ФАС обязала «Южтранс» перечислить в бюджет 2 млрд рублей незаконного дохода.",
            {"ФАС", "Южтранс"},
        ),
        (
            "Сумма превысила $300 млн, которые Еврокомиссия обязала выплатить Siemens в 2015 году.",
            {"Еврокомиссия", "Siemens"},
        ),
        (
            "500 тысяч рублей штрафа обязано заплатить ПАО «Северлес» согласно постановлению "
            "ФАС России.",
            {"ФАС", "Северлес"},
        ),
    ],
)
def test_obligation_to_pay_is_a_fine(analyse: Analyse, text: str, sides: set[str]) -> None:
    found = deals(analyse(text).claims)
    assert one_deal_names({names for names, _ in found}, sides), found
    assert {kind for _, kind in found} == {_FINE}, found


@pytest.mark.parametrize(
    "text",
    [
        # an obligation to do something else
        "Арбитражный суд Казани обязал компанию «Северлес» опубликовать опровержение.",
        "ФАС обязала «Южтранс» снизить тарифы для абонентов.",
        # nobody named who obliges, or who pays
        "Компанию обязали выплатить более 2 млн рублей.",
        "Суд обязал выплатить 40 млн рублей.",
        "Банк «Восток» обязан выплатить вкладчикам 2 млн рублей.",
        # paid to someone named: the payment's own deal, the one who obliges no side of it
        "Арбитражный суд Казани обязал компанию «Северлес» выплатить банку «Восток» 40 млн рублей.",
        # a promise to pay, not an obligation imposed
        "«Южтранс» обязался выплатить «Северлесу» 100 млн рублей.",
    ],
)
def test_no_fine_without_money_or_two_sides(analyse: Analyse, text: str) -> None:
    found = deals(analyse(text).claims)
    assert not any(kind == _FINE for _, kind in found), found


def test_obligation_only_possible_is_not_a_fact(analyse: Analyse) -> None:
    claims = [
        c
        for c in analyse("ФАС может обязать «Южтранс» выплатить 2 млрд рублей.").claims
        if c.type == "deal"
    ]
    assert all(c.modality is not Modality.FACT for c in claims), claims
