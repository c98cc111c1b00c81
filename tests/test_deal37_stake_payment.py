"""A payment for a stake is its purchase (round 37, federal business news): "X заплатит Y
$1,3 млрд за пакет", "X заплатит 3,7 млрд евро за долю в «Y»", "заплатила за 20% акций
завода «Y»". FactRuEval annotates the buyer and the seller or the company whose stake
changes hands as the sides of a `купля/продажа`. The company named inside what is paid for
is a side, not a reason ("оштрафовал X за покупку доли в «Y»" keeps Y out). A payment for
a service, a dividend per share, a payment only spoken of and a fine stay no purchase.
A name joined to its tail with no space ("ГРАНТ.РФ", as state companies are named) is one
side, not a second side for the country its tail names. Every sentence is written for the
test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals

SALE = "купля/продажа"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the seller paid in the dative
        (
            "Холдинг «Меридиан» заплатит корпорации «Арктур» 4 млрд рублей за пакет акций.",
            {"Меридиан", "Арктур"},
        ),
        # the company whose stake is bought, named under the stake
        (
            "Фонд «Горизонт» заплатил 2,5 млрд евро за долю в «Арктуре».",
            {"Горизонт", "Арктур"},
        ),
        # an amount of shares of a plant named by its noun and title
        (
            "Компания «Меридиан» заплатит 900 млн рублей за 30% акций комбината «Сталь».",
            {"Меридиан", "Сталь"},
        ),
    ],
)
def test_payment_for_stake_is_purchase(analyse: Analyse, text: str, sides: set[str]) -> None:
    found = deals(analyse(text).claims)
    assert any(kind == SALE and sides <= set(names) for names, kind in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a payment for a service
        "Компания «Меридиан» заплатила корпорации «Арктур» за ремонт складов.",
        # a dividend per share
        "Корпорация «Арктур» заплатит «Меридиану» дивиденды по 7 рублей за акцию.",
        # a payment only spoken of
        "Фонд «Горизонт» может заплатить за долю в «Арктуре» 2 млрд евро.",
    ],
)
def test_no_purchase_from_other_payments(analyse: Analyse, text: str) -> None:
    found = deals(analyse(text).claims)
    assert not any(kind == SALE for _, kind in found), found


def test_fine_reason_keeps_company_out(analyse: Analyse) -> None:
    # the company inside the reason of a fine is no side of it
    found = deals(analyse("Суд оштрафовал «Меридиан» за покупку доли в «Арктуре».").claims)
    assert not any("Арктур" in names for names, _ in found), found


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a state company named like a web address is one side, not two
        ("ГРАНТ.РФ выдал компании «Меридиан» кредит на 6 млрд рублей.", {"Меридиан"}),
        ("Банк ГРАНТ.РФ предоставил заводу «Сталь» кредит на 2 млрд рублей.", {"Сталь"}),
    ],
)
def test_name_tail_is_no_side(analyse: Analyse, text: str, sides: set[str]) -> None:
    found = deals(analyse(text).claims)
    assert any(sides <= set(names) for names, _ in found), found
    assert not any("РФ" in names or "Россия" in names for names, _ in found), found


def test_no_deal_between_name_and_its_tail(analyse: Analyse) -> None:
    # the only "sides" are the head and the tail of one name
    text = "Компания ГРАНТ.РФ направила на финансирование проекта 7 млрд рублей."
    found = deals(analyse(text).claims)
    assert not any(len(names) > 1 for names, _ in found), found
