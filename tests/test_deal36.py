"""A player bought from the club his noun names, seen across round 36's seen batches: the
club a signed or paid-for player's noun names as his own ("подписал полузащитника
«Сокола» X", "заплатил за защитника «Сокола» X") is the club he is bought from, and a
payer the parser hangs on a fronted price phrase ("За защитника X «Вымпел» заплатил
«Соколу» …") is still the payer. FactRuEval annotates a transfer as `купля/продажа`
between the two clubs and the player. A player signed with no club of his named, one from
a national team, a signing only spoken of, a fine only threatened by a law's text and a
fine's size in general stay silent. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals

SALE = "купля/продажа"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a signing, the player's club in the genitive under his noun
        (
            "Футбольный клуб «Вымпел» подписал 23-летнего полузащитника «Сокола» Олега "
            "Дронова.",
            {"Вымпел", "Сокол", "Олег Дронов"},
        ),
        # the same with a place adjective before the club
        (
            "Вчера «Вымпел» подписал защитника самарского «Сокола» Олега Дронова.",
            {"Вымпел", "Сокол", "Олег Дронов"},
        ),
        # a payment for a player named with his club
        (
            "«Вымпел» заплатил за нападающего «Сокола» Олега Дронова 2 миллиона евро.",
            {"Вымпел", "Сокол", "Олег Дронов"},
        ),
        # a fronted price phrase: the payer read in apposition to it
        (
            "За защитника Олега Дронова «Вымпел» заплатил «Соколу» около 90 тысяч евро.",
            {"Вымпел", "Сокол", "Олег Дронов"},
        ),
    ],
)
def test_player_bought_from_his_club(analyse: Analyse, text: str, sides: set[str]) -> None:
    found = deals(analyse(text).claims)
    assert any(kind == SALE and sides <= set(names) for names, kind in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a free player signed: his contract, no sale between clubs
        "«Вымпел» подписал полузащитника Олега Дронова.",
        # a national team is no club he is bought from
        "«Вымпел» подписал защитника сборной Армении Олега Дронова.",
        # a signing only spoken of
        "«Вымпел» может подписать защитника «Сокола» Олега Дронова.",
        # a fine only provided for by a law's text
        "Закон предусматривает штраф для клубов, нарушивших регламент лиги.",
        # a fine's size in general
        "Штраф составляет до 5000 рублей.",
    ],
)
def test_no_sale_between_clubs(analyse: Analyse, text: str) -> None:
    found = deals(analyse(text).claims)
    assert not any(len(names) > 1 for names, _ in found), found
