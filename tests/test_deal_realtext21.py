"""Deal classes seen on real news in round 21: a player leased or sold is what changes hands,
no counterparty; whose rival or partner a side is names no side; a club's city after "из
города" is no side; a transfer and a refinancing are deal words. Every sentence is written
for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals


@pytest.mark.parametrize(
    "text",
    [
        # the players are the object of the lease: one club and its players are no deal
        "Клуб «Факел» отдал в аренду двух защитников — Петра Зуева и Олега Мамонтова.",
        # the lease says how the subject of another verb moves: he is the player
        "Полузащитники «Факела» Петр Зуев и Олег Мамонтов проведут весь сезон в аренде.",
    ],
)
def test_a_leased_player_is_no_counterparty(analyse: Analyse, text: str) -> None:
    assert not deals(analyse(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Нападающий «Сокола» Игорь Лаптев отдан в аренду до конца сезона в «Торпедо».",
         {(frozenset({"Сокол", "Торпедо"}), "услуги")}),
        ("«Спартак» арендовал у «Ротора» полузащитника Андрея Клименко.",
         {(frozenset({"Спартак", "Ротор"}), "услуги")}),
        # a company that is bought stays a side, as the benchmark counts it
        ("Компания «Вектор» купила у Ивана Сомова сеть «Колос».",
         {(frozenset({"Вектор", "Иван Сомов", "Колос"}), "купля/продажа")}),
        # a fined person is a side: a fine's object is no goods
        ("Мэрия оштрафовала Ивана Сомова и компанию «Вектор».",
         {(frozenset({"Иван Сомов", "Вектор"}), "наложение/выплата штрафа")}),
    ],
)
def test_clubs_of_a_lease_stay_sides(analyse: Analyse, text: str, expected: set) -> None:
    assert deals(analyse(text).claims) == expected


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("Давний партнер «Газпрома» немецкая компания «Винтерсхалл» купила долю в сети АЗС.",
         "Газпром"),
        ("Конкурент «Билайна» оператор «Мегафон» купил сеть салонов «Связной».", "Билайн"),
        ("Соперник «Зенита» португальская «Брага» объявила об аренде трех своих игроков.",
         "Зенит"),
    ],
)
def test_whose_rival_a_side_is_names_no_side(analyse: Analyse, text: str, dropped: str) -> None:
    assert not any(dropped in sides for sides, _ in deals(analyse(text).claims))


def test_a_stake_of_a_named_company_stays_a_side(analyse: Analyse) -> None:
    text = "Компания «Альфа» купила у банка «Восток» 20% акций «Газпрома»."
    assert (frozenset({"Альфа", "Восток", "Газпром"}), "купля/продажа") in deals(
        analyse(text).claims
    )


def test_a_clubs_city_after_a_city_noun_is_no_side(analyse: Analyse) -> None:
    text = (
        "Вратарь Олег Зуев подписал контракт с клубом «Металлург» из Липецка, а через неделю "
        "стал игроком «Ротора» из города Волгоград."
    )
    assert not any("Волгоград" in sides for sides, _ in deals(analyse(text).claims))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Трансфер Олега Лаптева из «Сокола» в «Торпедо» обошелся в 3 млн евро.",
         (frozenset({"Олег Лаптев", "Сокол", "Торпедо"}), "купля/продажа")),
        ("В 2009 году компания «Альфа-Строй» рефинансировала этот долг в банке «Кварта».",
         (frozenset({"Альфа-Строй", "Кварта"}), "займ/возвращение займа")),
    ],
)
def test_a_transfer_and_a_refinancing_are_deals(
    analyse: Analyse, text: str, expected: tuple
) -> None:
    assert expected in deals(analyse(text).claims)


def test_a_player_put_up_for_transfer_is_no_deal(analyse: Analyse) -> None:
    assert not deals(analyse("Вратарь Олег Зуев был выставлен на трансфер.").claims)
