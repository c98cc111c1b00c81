"""Deal classes seen in round 27 on real sport and business news: a document that names no
kind of its own ("соглашение", "договор", "меморандум") is the sponsorship its report is
about when the sentence or the one before names a sponsor ("Клуб получил нового спонсора.
Подписан меморандум между X и Y"); a player bought with his club ("купил защитника
«Краснодара» Сергея Иванова", "игроков «Монако» - Александра Головина") is one sale of
three sides, the club the seller. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals

SALE = "купля/продажа"
SERVICES = "услуги"
FINE = "наложение/выплата штрафа"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Клуб «Сокол» получил нового титульного спонсора. В понедельник состоялось "
            "подписание меморандума между клубом «Сокол» и банком «Заря».",
            frozenset({"Сокол", "Заря"}),
        ),
        (
            "Летом у команды не было основного спонсора. Тогда клуб «Сокол» заключил "
            "соглашение с компанией «Альфа» из Казани.",
            frozenset({"Сокол", "Альфа"}),
        ),
        (
            "Банк «Восход» не будет продолжать спонсирование команды «Адмирал». В августе "
            "было подписано соглашение о сотрудничестве банка «Восход» и клуба «Адмирал».",
            frozenset({"Восход", "Адмирал"}),
        ),
    ],
)
def test_a_document_with_no_kind_is_the_sponsorship_told_nearby(
    analyse: Analyse, text: str, expected: frozenset[str]
) -> None:
    assert deals(analyse(text).claims) == {(expected, SERVICES)}


@pytest.mark.parametrize(
    "text",
    [
        # no sponsor named near: an agreement alone is no deal
        "Компания «Альфа» подписала соглашение с банком «Заря».",
        # the sponsor is two sentences back: too far to tell the document's kind
        "Клуб «Сокол» получил нового спонсора. Матч прошел в Казани. Затем компания "
        "«Альфа» подписала соглашение с банком «Заря».",
        # a sponsor alone, with no document, names no second side
        "Клуб «Сокол» получил нового титульного спонсора.",
    ],
)
def test_a_document_with_no_sponsor_near_names_no_deal(analyse: Analyse, text: str) -> None:
    assert deals(analyse(text).claims) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "«Зенит» приобрел защитника «Краснодара» Сергея Иванова.",
            {frozenset({"Зенит", "Краснодар", "Сергей Иванов"})},
        ),
        (
            "Итальянская «Рома» приобрела одного из самых дорогих игроков французского "
            "«Монако» - Александра Головина.",
            {frozenset({"Рома", "Монако", "Александр Головин"})},
        ),
        (
            "«Спартак» купил одного из лучших игроков «Ростова» Ивана Петрова.",
            {frozenset({"Спартак", "Ростов", "Иван Петров"})},
        ),
    ],
)
def test_a_player_bought_with_his_club_is_one_sale(
    analyse: Analyse, text: str, expected: set[frozenset[str]]
) -> None:
    assert deals(analyse(text).claims) == {(sides, SALE) for sides in expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two players bought: two sales, as before
        (
            "«Зенит» купил Сергея Иванова и Петра Смирнова.",
            {frozenset({"Зенит", "Сергей Иванов"}), frozenset({"Зенит", "Петр Смирнов"})},
        ),
        # whose rival the buyer is stays no side
        (
            "Соперник «Динамо» «Валенсия» купила нападающего Петра Смирнова.",
            {frozenset({"Валенсия", "Петр Смирнов"})},
        ),
        # a player who buys: his club sells nothing
        (
            "Нападающий «Зенита» Сергей Иванов купил дом у компании «Альфа».",
            {frozenset({"Сергей Иванов", "Альфа"})},
        ),
        # a list of fined companies is still one fine each
        (
            "ФАС оштрафовала компании «Ромашка», «Лютик» и «Василек».",
            {
                frozenset({"ФАС", "Ромашка"}),
                frozenset({"ФАС", "Лютик"}),
                frozenset({"ФАС", "Василек"}),
            },
        ),
    ],
)
def test_no_player_with_his_club_keeps_its_reading(
    analyse: Analyse, text: str, expected: set[frozenset[str]]
) -> None:
    found = deals(analyse(text).claims)
    assert {sides for sides, _ in found} == expected
    assert len({kind for _, kind in found}) == 1
