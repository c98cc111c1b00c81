"""Statement forms of round 30, on sentences written for it: a place's state body described
by common nouns ("пресс-служба судов города", "в областном департаменте транспорта", "по
словам представителей пресс-службы администрации района") speaks when its chain ends in a
place noun or a place adjective marks it, standing for the one place of that kind the text
named; a bare press service, unnamed experts and a place the text never named stay silent."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2024-03-10")


# --- a body of a named place ------------------------------------------------------------------


def test_press_service_of_a_city_courts(speakers: Read) -> None:
    text = (
        "Суды Новосибирска за месяц рассмотрели 500 дел. "
        "Об этом сообщила объединённая пресс-служба районных судов города."
    )
    assert speakers(text) == ["объединённая пресс-служба районных судов города"]


def test_press_service_of_a_regional_ministry_after_a_comma(speakers: Read) -> None:
    text = (
        "В Тверской области открыли новую школу на 800 мест, сообщает пресс-служба "
        "регионального министерства образования."
    )
    assert speakers(text) == ["пресс-служба регионального министерства образования"]


def test_department_marked_by_a_place_adjective(speakers: Read) -> None:
    text = (
        "В Калуге начали ремонт путепровода. Работы завершат к осени, — сообщили в городском "
        "управлении дорожного хозяйства."
    )
    assert speakers(text) == ["городское управление дорожного хозяйства"]


def test_representatives_of_a_district_administration(speakers: Read) -> None:
    text = (
        "В Заречном районе Пензенской области строят газопровод. По словам представителей "
        "пресс-службы администрации района, газ в посёлок подведут в июле."
    )
    assert speakers(text) == ["пресс-служба администрации района"]


def test_prosecutors_office_of_the_region(speakers: Read) -> None:
    text = (
        "Суд Тамбовской области приговорил мошенника к трём годам колонии. "
        "Об этом сообщили в прокуратуре региона."
    )
    assert speakers(text) == ["прокуратура региона"]


# --- silent ----------------------------------------------------------------------------------


def test_experts_stay_no_speaker(speakers: Read) -> None:
    assert speakers("Эксперты считают, что цены на жильё вырастут к осени.") == []


def test_bare_press_service_with_no_body_named(speakers: Read) -> None:
    text = "Ремонт дороги закончили. В пресс-службе сообщили, что движение откроют завтра."
    assert speakers(text) == []


def test_regional_department_of_a_region_never_named(speakers: Read) -> None:
    text = "Ремонт дороги закончили. Об этом сообщили в областном департаменте транспорта."
    assert speakers(text) == []


def test_city_body_when_two_cities_are_named(speakers: Read) -> None:
    text = (
        "Автобусы между Тулой и Калугой пойдут чаще. Об этом сообщили в городском управлении "
        "транспорта."
    )
    assert speakers(text) == []


def test_residents_of_a_district_are_no_body(speakers: Read) -> None:
    text = (
        "В Заречном районе Пензенской области строят газопровод. Жители района сообщили, что "
        "работы идут медленно."
    )
    assert speakers(text) == []
