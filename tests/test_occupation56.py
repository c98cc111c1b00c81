"""Occupations, round 56: a bare "республики" or "области" in a post points back to the place
of its kind named before even when that name holds no kind noun: a state whose official name
does ("Франции": the Французская Республика), a republic or region news names short
("Татарстана", "Кузбасс"). Near misses: a state whose official name holds no "республика"
(Россия, a federation; Великобритания, a kingdom), a city's noun after a republic's name.
Sentences written for the tests."""

from __future__ import annotations

from concord.knowledge.gazetteer import names_of_place
from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def _places(analyse: Analyse, text: str, name: str) -> set[str]:
    return {place.lower() for _, place in posts_of(analyse, text, name)}


def test_a_republic_named_by_its_state_name(analyse: Analyse) -> None:
    text = (
        "Президент Франции провёл переговоры в Берлине. "
        "Итоги встречи прокомментировал министр обороны республики Люк Мартен."
    )
    assert any("франц" in place for place in _places(analyse, text, "Люк Мартен"))


def test_a_russian_republic_named_short(analyse: Analyse) -> None:
    text = (
        "Глава Татарстана провёл совещание по паводку. "
        "На нём выступил министр экологии республики Ринат Сафин."
    )
    assert any("татарстан" in place for place in _places(analyse, text, "Ринат Сафин"))


def test_a_region_named_by_its_colloquial_name(analyse: Analyse) -> None:
    text = (
        "Делегация министерства посетила Кузбасс. "
        "Гостей встретил министр образования области Андрей Лыков."
    )
    assert any("кузбасс" in place for place in _places(analyse, text, "Андрей Лыков"))


def test_a_federation_is_no_republic(analyse: Analyse) -> None:
    text = (
        "Президент России провёл совещание по экономике. "
        "На нём выступил министр финансов республики Марат Гиниятов."
    )
    assert not any("росси" in place for place in _places(analyse, text, "Марат Гиниятов"))


def test_a_kingdom_is_no_republic(analyse: Analyse) -> None:
    text = (
        "Премьер-министр Великобритании прибыл в Рим. "
        "Его сопровождал министр торговли республики Том Эванс."
    )
    assert not any("британ" in place for place in _places(analyse, text, "Том Эванс"))


def test_other_names_of_places() -> None:
    assert "Французская Республика" in names_of_place("Франции")
    assert names_of_place("Дагестана") == ("Республика Дагестан",)
    assert not any("Республик" in name for name in names_of_place("России"))
    assert names_of_place("Казани") == ()
