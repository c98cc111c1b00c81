"""Deal class seen on unselected real news in round 23: what a side owns or runs, told by a
holding noun in apposition to it ("АО «X», владельца сети «Y»", "компанию «X», собственника
центра «Y»"), is the side's property, no side of the deal. Every sentence is written for
the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the network's name on the bought company, past the holding noun
        ("Компания «Омега» купила АО «Торговый дом «Восток», владельца сети аптек «Здоровье».",
         {"Омега", "Восток"}),
        ("Банк «Север» приобрел компанию «Гранит», собственника торгового центра «Рубин».",
         {"Север", "Гранит"}),
        ("Холдинг «Вега» купил компанию «Лира», оператора сети заправок «Факел».",
         {"Вега", "Лира"}),
        # the holding noun on the buyer
        ("Компания «Омега», владелец сети «Здоровье», купила завод «Металлист».",
         {"Омега", "Металлист"}),
    ],
)
def test_what_a_side_holds_is_no_side(analyse: Analyse, text: str, expected: set[str]) -> None:
    found = deals(analyse(text).claims)
    assert found, found
    assert all(kind == "купля/продажа" and sides == expected for sides, kind in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a seller after "у" and a bought company without a holding noun stay sides
        ("Компания «Омега» купила «Восток» у банка «Север».", {"Омега", "Восток", "Север"}),
        ("Группа «Сатурн» приобрела ООО «Маяк», учредителя газеты «Вечерний город».",
         {"Сатурн", "Маяк"}),
    ],
)
def test_sides_without_a_holding_noun_stay(
    analyse: Analyse, text: str, expected: set[str]
) -> None:
    found = deals(analyse(text).claims)
    assert any(sides == expected for sides, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Компания «Гранит», собственник торгового центра «Рубин», отчиталась о росте выручки.",
        "Владелец сети «Здоровье» компания «Восток» открыла в городе десять новых аптек.",
    ],
)
def test_a_holding_noun_alone_makes_no_deal(analyse: Analyse, text: str) -> None:
    assert not deals(analyse(text).claims)
