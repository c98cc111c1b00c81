"""The organisation whose rescue, recapitalisation or support the money is for receives it
(round 39, state-aid news): "выделит … на спасение компании X", "на рекапитализацию
авиакомпании X", "на увеличение уставного капитала банка X". A place inside a purpose
("на развитие туризма в Y"), a plant being modernised ("кредит на модернизацию комбината
«X»"), a person, or an organisation that only owns what the purpose serves stays no side.
Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals

INVEST = "инвестиции"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Правительство Австрии выделит до 4 миллиардов евро на спасение компании "
         "Alpen Energie.", {"Правительство Австрии", "Alpen Energie"}),
        ("Правительство Италии выделило три миллиарда евро на рекапитализацию "
         "авиакомпании Alitalia.", {"Правительство Италии", "Alitalia"}),
        ("Правительство Испании выделило 2 млрд евро на поддержку авиаперевозчика Iberia.",
         {"Правительство Испании", "Iberia"}),
        ("Минфин выделит 50 млрд рублей на докапитализацию банка «Кредо».", {"Минфин", "Кредо"}),
        # a pair: the capital of the bank is increased
        ("Минфин выделил 30 млрд рублей на увеличение уставного капитала банка «Вега».",
         {"Минфин", "Вега"}),
        ("Минфин выделил 2 млрд рублей на погашение долгов компании «Вектор».",
         {"Минфин", "Вектор"}),
    ],
)
def test_rescued_organisation_receives(analyse: Analyse, text: str, sides: set[str]) -> None:
    found = deals(analyse(text).claims)
    assert any(kind == INVEST and sides <= set(names) for names, kind in found), found


@pytest.mark.parametrize(
    ("text", "outsider"),
    [
        # a place inside a purpose stays no side
        ("Правительство Чехии выделило 40 млн евро на поддержку Брно.", "Брно"),
        # an organisation that only owns what the purpose serves
        ("Минфин выделил 5 млрд рублей на поддержку сотрудников компании «Трансмаш».",
         "Трансмаш"),
        # a purpose noun that is no rescue: the company's output is increased
        ("Минфин выделит 30 млрд рублей на увеличение производства компании «Орион».", "Орион"),
        # a person rescued is no receiving organisation
        ("Минфин выделил 3 млн рублей на спасение Ивана Петрова.", "Иван Петров"),
    ],
)
def test_other_purposes_name_no_side(analyse: Analyse, text: str, outsider: str) -> None:
    found = deals(analyse(text).claims)
    assert not any(outsider in names for names, _ in found), found


def test_modernised_plant_stays_no_side(analyse: Analyse) -> None:
    # the borrower's plant is what the loan serves, not a side (as on main)
    found = deals(analyse("Сбербанк выдал «Металлинвесту» кредит на модернизацию "
                          "комбината «Северсталь».").claims)
    assert (frozenset({"Сбербанк", "Металлинвесту"}), "займ/возвращение займа") in found, found
