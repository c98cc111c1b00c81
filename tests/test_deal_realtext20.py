"""Deal classes seen on real news in round 20: what a bought stake is of, named by a common
noun ("акций предприятия"), and a place that only says where a party is from ("команду из
Екатеринбурга"). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Химический завод «Азотсбыт» работает в Тверской области с 1965 года. В марте 25% "
         "акций предприятия приобрела компания «Кедр-Инвест».",
         {(frozenset({"Кедр-Инвест", "Азотсбыт"}), "купля/продажа")}),
        ("Комбинат «Северный никель» выпускает концентрат. Осенью группа «Малахит» купила "
         "контрольный пакет акций комбината за 40 млн долларов.",
         {(frozenset({"Малахит", "Северный никель"}), "купля/продажа")}),
        # a stake of a company with a seller and a buyer: one deal, not one per side
        ("Холдинг «Ростра» владеет двумя заводами. Фонд «Альтера» продал долю компании банку "
         "«Зенит-Капитал».",
         {(frozenset({"Альтера", "Зенит-Капитал", "Ростра"}), "купля/продажа")}),
    ],
)
def test_what_a_stake_is_of_is_a_side(analyse: Analyse, text: str, expected: set) -> None:
    assert deals(analyse(text).claims) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a stake told only as a reason or an investment business: not a purchase's object
        "Банк «Кварта» владеет заводом «Прибой». Покупка доли компании стала частью "
        "инвестиционного бизнеса группы «Кварта».",
    ],
)
def test_a_stake_outside_a_purchase_brings_no_side(analyse: Analyse, text: str) -> None:
    assert all(len(sides) < 3 for sides, _ in deals(analyse(text).claims))


def test_a_place_a_party_is_from_is_no_side(analyse: Analyse) -> None:
    text = (
        "Сейчас волейбольную команду из Тюмени финансируют компания «Сибнефтемаш» и банк "
        "«Урал-Кредит»."
    )
    assert not any("Тюмень" in sides for sides, _ in deals(analyse(text).claims))
