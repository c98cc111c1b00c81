"""Deal classes seen in round 28 on real sport news: a transfer told as a player's move
("X перешел из «A» в «B»", "Из «A» в «B» перешел X") or as a payment for him ("За
защитника X «A» заплатил «B»") lists the player beside the two clubs, as the benchmark
lists a transfer's participants. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals

SALE = "купля/продажа"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Нападающий Игорь Воронов перешел из «Сокола» в «Витязь» за два миллиона евро.",
            frozenset({"Игорь Воронов", "Сокол", "Витязь"}),
        ),
        (
            "На этой неделе из «Торпедо» в «Ротор» перешел полузащитник Андрей Белов.",
            frozenset({"Андрей Белов", "Торпедо", "Ротор"}),
        ),
        (
            "За защитника Максима Орлова «Ростов» заплатил «Амкару» полтора миллиона евро.",
            frozenset({"Максим Орлов", "Ростов", "Амкару"}),
        ),
    ],
)
def test_a_transfer_lists_the_player_beside_both_clubs(
    analyse: Analyse, text: str, expected: frozenset[str]
) -> None:
    assert deals(analyse(text).claims) == {(expected, SALE)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no player named: the two clubs stay the deal
        (
            "На этой неделе из «Торпедо» в «Ротор» перешел вратарь сборной.",
            {(frozenset({"Торпедо", "Ротор"}), SALE)},
        ),
        (
            "За опытного вратаря «Ростов» заплатил «Амкару» миллион евро.",
            {(frozenset({"Ростов", "Амкару"}), SALE)},
        ),
        # a coach's or an official's move is no transfer
        ("Тренер Сергей Лапин перешел из «Сокола» в «Витязь».", set()),
        ("Защитник Максим Орлов перешел на работу в банк «Заря».", set()),
    ],
)
def test_a_move_with_no_player_named_keeps_its_reading(
    analyse: Analyse, text: str, expected: set[tuple[frozenset[str], str]]
) -> None:
    assert deals(analyse(text).claims) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Опытный защитник «Сокола» Павел Ершов стал игроком казанского «Рубина».",
            frozenset({"Сокол", "Павел Ершов", "Рубин"}),
        ),
        (
            "Долгие переговоры о будущем Павла Ершова закончились. Защитник стал игроком «Рубина».",
            frozenset({"Павел Ершов", "Рубин"}),
        ),
    ],
)
def test_a_player_who_became_a_clubs_player_was_transferred(
    analyse: Analyse, text: str, expected: frozenset[str]
) -> None:
    assert deals(analyse(text).claims) == {(expected, SALE)}


@pytest.mark.parametrize(
    "text",
    [
        # an award, not a move
        "Защитник Павел Ершов стал лучшим игроком «Рубина» в сезоне.",
        # a coach is no player
        "Тренер Сергей Лапин стал главным тренером «Рубина».",
        # a move only spoken of
        "Защитник Павел Ершов может стать игроком «Рубина».",
        # no club joined
        "Защитник Павел Ершов стал игроком года.",
    ],
)
def test_becoming_no_clubs_player_names_no_deal(analyse: Analyse, text: str) -> None:
    assert deals(analyse(text).claims) == set()
