"""State funding told by a noun or a verb of sending (round 41, state-aid news): "приняло
решение о выделении … на докапитализацию АО X", "одобрило выделение бюджетных ассигнований
X", "направляет бюджетные ассигнования на увеличение уставного капитала АО X", "приняло
решение о докапитализации X". A budget line with no receiver, a rescue only demanded,
considered or quashed, a proposal, a price quoted, and the budget's own place beside its
government stay no deal. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals

INVEST = "инвестиции"


def _has_deal(found: set[tuple[frozenset[str], str]], sides: set[str]) -> bool:
    """Whether one investment deal names every side (a side's name may be longer)."""
    return any(
        kind == INVEST and all(any(side in name for name in names) for side in sides)
        for names, kind in found
    )


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the giving noun under a decision made: the decision's maker gives
        ("Правительство Белоруссии приняло решение о выделении 40 млн рублей на "
         "докапитализацию АО «Степной банк».", {"Правительство Белоруссии", "Степной банк"}),
        # the rescue noun itself as the deal
        ("Правительство России приняло решение о докапитализации Агентства ипотечного "
         "кредитования на 20 млрд рублей.", {"Правительство России", "Агентств"}),
        # the giving noun as an approving verb's object, the receiver in the dative
        ("Правительство России одобрило выделение бюджетных ассигнований Минтрансу на "
         "ремонт мостов.", {"Правительство России", "Минтранс"}),
        # a verb of sending with budget money as its object
        ("Правительство России направляет бюджетные ассигнования в размере 2 млрд рублей на "
         "увеличение уставного капитала АО «Ракетный завод».",
         {"Правительство России", "Ракетный завод"}),
    ],
)
def test_funding_told_by_noun_or_sending(analyse: Analyse, text: str, sides: set[str]) -> None:
    found = deals(analyse(text).claims)
    assert _has_deal(found, sides), found


@pytest.mark.parametrize(
    "text",
    [
        # a budget line with no receiver
        "Правительство России направит 5 млрд рублей на ремонт дорог в Омской области.",
        "Правительство России приняло решение о выделении 5 млрд рублей на ремонт школ.",
        # a rescue only demanded, considered or quashed
        "ЦБ России потребовал докапитализации банка «Заря».",
        "Минфин России рассматривает докапитализацию банка «Заря».",
        "Суд отменил решение о докапитализации банка «Заря».",
        # a proposal sent, no money given
        "Минфин России направил в правительство предложение о выделении 3 млрд рублей "
        "банку «Заря».",
        # a verb of sending with no money
        "Компания «Вектор» направила письмо в Минфин России.",
        # a price quoted
        "Цена контракта с компанией «Вектор» составила 2 млрд рублей.",
    ],
)
def test_no_funding_deal(analyse: Analyse, text: str) -> None:
    assert not deals(analyse(text).claims)


def test_rescue_noun_as_purpose_is_one_deal(analyse: Analyse) -> None:
    # the giving verb tells the deal; the rescue noun in its purpose adds no second one
    claims = analyse("Правительство России выделило 8 млрд рублей на докапитализацию "
                     "АО «Северная верфь».").claims
    found = [c for c in claims if c.type == "deal"]
    assert len(found) == 1, found
    assert _has_deal(deals(found), {"Правительство России", "Северная верфь"})


def test_budget_owner_is_the_giver(analyse: Analyse) -> None:
    # the place whose budget it is gives with its government: no deal between the two
    text = ("Правительство Тверской области выделило из бюджета Тверской области 2 млрд "
            "рублей на формирование уставных фондов предприятий.")
    assert not deals(analyse(text).claims)
