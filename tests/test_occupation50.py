"""Occupations, round 50: a territory chief's deputy said with no place ("его
заместитель", "вице-губернатор", "заместитель главы", "исполняющий обязанности
вице-мэра по …") is held where the report put the chief in the sentence or the few
before; not when posts of that chief are held in other places in between, nor for a
deputy of another chief or of a company. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def _places(analyse: Analyse, text: str, name: str) -> set[str]:
    return {place for _, place in posts_of(analyse, text, name)}


def test_his_deputy_in_the_chiefs_sentence_takes_the_chiefs_city(analyse: Analyse) -> None:
    text = (
        "Губернатор Севастополя Михаил Развожаев объявил об отставках: с постов сняты его "
        "заместитель Николай Жилин и руководитель департамента Елена Богомолова."
    )
    assert any("Севастопол" in place for place in _places(analyse, text, "Николай Жилин"))


def test_a_vice_governor_takes_a_federal_citys_name_said_before(analyse: Analyse) -> None:
    text = (
        "Губернатор Севастополя Михаил Развожаев провёл совещание. "
        "Новым вице-губернатором назначен Сергей Толмачев."
    )
    assert any("Севастопол" in place for place in _places(analyse, text, "Сергей Толмачев"))


def test_a_deputy_of_the_head_takes_the_heads_city(analyse: Analyse) -> None:
    text = (
        "Решение принял глава города Кургана Антон Рыбин. "
        "Ранее об отставке заместителя главы Семёна Лапина сообщили в мэрии."
    )
    assert any("Курган" in place for place in _places(analyse, text, "Семён Лапин"))


def test_an_acting_vice_mayor_with_a_duty_takes_the_mayors_city(analyse: Analyse) -> None:
    text = (
        "Мэр Калуги Дмитрий Денисов назначил нового заместителя. "
        "Приказ опубликован на сайте. "
        "Исполняющим обязанности вице-мэра по вопросам транспорта стал Игорь Панов."
    )
    assert any("Калуг" in place for place in _places(analyse, text, "Игорь Панов"))


def test_a_deputy_of_another_city_in_between_leaves_no_place(analyse: Analyse) -> None:
    # near miss: the head of Тюмень, then a deputy head of Пермь: which chief is unsure
    text = (
        "Глава Тюмени Руслан Кухарук провёл приём. "
        "Заместитель главы Перми Ольга Ширина рассказала о дорогах. "
        "Заместителем главы назначен Олег Лисин."
    )
    assert _places(analyse, text, "Олег Лисин") == {""}


def test_a_deputy_of_the_same_city_in_between_keeps_the_chiefs_city(analyse: Analyse) -> None:
    text = (
        "Постановление подписал глава Кургана Антон Рыбин. "
        "Новым заместителем главы Кургана назначена Вера Лосева. "
        "До этого она руководила управлением культуры. "
        "Об уходе прежнего заместителя главы Семёна Лапина сообщили в мэрии."
    )
    assert any("Курган" in place for place in _places(analyse, text, "Семён Лапин"))


def test_a_deputy_minister_takes_no_governors_region(analyse: Analyse) -> None:
    # near miss: the deputy's chief is a minister, not the governor named before
    text = (
        "Губернатор Тамбовской области Игорь Сомов провёл совещание. "
        "На нём выступил заместитель министра энергетики Кирилл Лебедев."
    )
    assert not any("Тамбов" in place for place in _places(analyse, text, "Кирилл Лебедев"))


def test_a_company_vice_president_takes_no_mayors_city(analyse: Analyse) -> None:
    # near miss: "вице-президент компании" is a company's deputy, not the mayor's
    text = "Мэр Вологды Ольга Ветрова подписала распоряжение. Вице-президентом компании стал Глеб Фомин."
    assert not any("Вологд" in place for place in _places(analyse, text, "Глеб Фомин"))


def test_ones_own_earlier_chief_post_gives_no_place(analyse: Analyse) -> None:
    # near miss: the district head moved to the city hall is no deputy of himself
    text = (
        "Глава администрации Северного района Пётр Кудрин переведён в мэрию. "
        "Он назначен исполняющим обязанности заместителя главы по транспорту."
    )
    found = posts_of(analyse, text, "Пётр Кудрин")
    assert found
    assert not any("Северн" in place for post, place in found if "замест" in post)
