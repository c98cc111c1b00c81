"""Occupations, round 30: a city's post said bare ("сообщил мэр X") is held in the city the
report named just before, as "мэр города" is; a kind noun after a post ("директор музея")
stands for the one organisation named before whose name, inflected past the noun's stem
("в Музее …", "… музея"), holds that noun. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation28 import places_of


def test_a_bare_mayor_is_held_in_the_city_named_in_the_sentence_before(analyse: Analyse) -> None:
    text = (
        "В Новокуйбышевске ночью выпал сильный снег. "
        "Улицы расчистят к утру, пообещал мэр Игорь Рогов."
    )
    assert any("Новокуйбышевск" in place for place in places_of(analyse, text, "Игорь Рогов"))


def test_a_bare_deputy_mayor_is_held_in_the_city_named_before(analyse: Analyse) -> None:
    text = (
        "В Каменске прошёл городской субботник. "
        "Вице-мэр Лариса Гурьева поблагодарила жителей."
    )
    assert any("Каменск" in place for place in places_of(analyse, text, "Лариса Гурьева"))


def test_a_bare_mayor_after_only_a_region_gets_no_city(analyse: Analyse) -> None:
    text = (
        "В Тамбовской области выпал сильный снег. "
        "Улицы расчистят к утру, пообещал мэр Игорь Рогов."
    )
    assert not any(places_of(analyse, text, "Игорь Рогов"))


def test_a_bare_mayor_after_only_a_state_gets_no_city(analyse: Analyse) -> None:
    text = "Во Франции начались забастовки. Мэр Пьер Дюран призвал к спокойствию."
    assert not any("Франц" in place for place in places_of(analyse, text, "Пьер Дюран"))


def test_a_museum_director_is_held_at_the_museum_named_in_the_locative(
    analyse: Analyse,
) -> None:
    text = (
        "Новая выставка открылась в Музее северного модерна. "
        "Директор музея Вера Лапшина рассказала о ней."
    )
    assert any("Музей северного модерна" in place for place in places_of(analyse, text, "Вера Лапшина"))


def test_a_museum_director_is_held_at_the_museum_named_in_the_genitive(analyse: Analyse) -> None:
    text = (
        "В залах Тверского областного краеведческого музея сменили освещение. "
        "Работы длились месяц. Директор музея Олег Сабуров остался доволен."
    )
    assert any("краеведческий музей" in place for place in places_of(analyse, text, "Олег Сабуров"))


def test_a_museum_director_after_two_museums_gets_neither(analyse: Analyse) -> None:
    text = (
        "Выставки открылись в Музее северного модерна и в Музее речного флота. "
        "Директор музея Вера Лапшина рассказала о них."
    )
    assert not any("Музей" in place for place in places_of(analyse, text, "Вера Лапшина"))
