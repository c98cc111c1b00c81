"""initiative74: a facility fitted is a project when fitting words fit a parking or a stop
("обустроят автомобильную стоянку", "заменили остановки") or mount a heating point; a
facility class under its abbreviation ("появится новый ФАП"); a work noun under way whose
facility stands only as its place ("в медпункте идёт капремонт", "ремонтные работы идут в
библиотеке", "в здании детского сада ведутся работы"). Negatives: equipment installed
(cameras), the other senses of "стоянка" and "остановка", a zone of responsibility, a
problem that appears, a body's ordinary work in a building, a work in a town, a check in a
hospital. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, kinds_and_modalities_in


@pytest.mark.parametrize(
    ("text", "words", "modality"),
    [
        ("Этим летом во дворе обустроят автомобильную стоянку.",
         "автомобильная стоянка", Modality.PLANNED),
        ("Остановки на проспекте в этом году заменили на новые.", "остановка", Modality.FACT),
        ("На территории котельной смонтировали новый теплопункт.", "теплопункт", Modality.FACT),
        ("В селе построят новый ФАП.", "фап", Modality.PLANNED),
        ("Сейчас в медпункте идёт капремонт.", "медпункт", Modality.FACT),
        ("Ремонтные работы идут в сельской библиотеке.", "сельская библиотека", Modality.FACT),
        ("В здании детского сада ведутся строительные работы.", "детский сад", Modality.FACT),
        ("В поликлинике завершаются отделочные работы.", "поликлиника", Modality.FACT),
    ],
)  # fmt: skip
def test_fitted_abbreviated_or_placed_facility_is_a_project(
    analyse: Analyse, text: str, words: str, modality: Modality
) -> None:
    assert (words, modality) in kinds_and_modalities_in(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "По периметру установили камеры видеонаблюдения.",
        "Водитель сделал остановку у магазина.",
        "Завод объявил об остановке производства.",
        "На стоянке у вокзала задержали угонщика.",
        "Власти определили зону ответственности подрядчика.",
        "В школе появилась проблема с отоплением.",
        "В библиотеке идёт работа с читателями.",
        "В городе идёт благоустройство.",
        "В больнице проходит проверка.",
        "В школе идут уроки.",
    ],
)
def test_no_facility_fitted_or_worked_on_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_and_modalities_in(analyse, text) == []


def test_a_work_read_itself_is_not_read_again_through_its_place(analyse: Analyse) -> None:
    text = "Сейчас в помещениях сельской библиотеки завершается ремонт."
    found = kinds_and_modalities_in(analyse, text)
    assert found == [("ремонт", Modality.FACT)]
