"""initiative61: money for a network's works in general is a line of a budget, not one
project. "Кабмин направит 8 млрд рублей на ремонт дорог в трёх областях", "средства
пустят на строительство и реконструкцию автодорог", "на городские дороги решили выделить
90 млн": roads in the plural, unnamed and uncounted, paid for. Positives: a named or
counted road paid for, and road works told as started, stay claims. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, initiative_kinds_in


@pytest.mark.parametrize(
    "text",
    [
        "Кабмин направит восемь миллиардов рублей на ремонт дорог в трёх областях.",
        "Из резервного фонда выделят средства на строительство и реконструкцию автодорог.",
        "Областям распределят 2 миллиарда рублей на ремонт и содержание автомобильных дорог.",
        "Депутаты решили выделить на городские дороги еще 90 млн рублей.",
    ],
)
def test_money_for_roads_in_general_gives_no_claim(analyse: Analyse, text: str) -> None:
    assert initiative_kinds_in(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Мэрия выделила 40 млн рублей на строительство дороги до нового микрорайона.",
        "Власти направят 300 млн рублей на реконструкцию 5 дорог в Заречном районе.",
        "В Ковровском районе начался ремонт дорог.",
        "Правительство выделило 2 млрд рублей на строительство новой школы.",
    ],
)
def test_road_works_told_as_a_project_stay_claims(analyse: Analyse, text: str) -> None:
    assert initiative_kinds_in(analyse, text) != []


def test_roads_placed_by_a_preposition_are_still_in_general(analyse: Analyse) -> None:
    text = "Минтранс направит 6 млрд рублей на строительство дорог в Курской и Орловской областях."
    assert initiative_kinds_in(analyse, text) == []


def test_named_road_paid_for_stays_a_claim(analyse: Analyse) -> None:
    text = "Область выделит 900 млн рублей на реконструкцию дороги Тверь — Ржев."
    assert initiative_kinds_in(analyse, text) != []
