"""Occupations on real news wording, round 17: an acting post said with no post noun
("Исполняющим обязанности назначен X") stands for the post of the person the sentence before
names. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def test_a_bare_acting_post_takes_the_post_named_before(analyse: Analyse) -> None:
    text = (
        "Совет директоров хоккейного клуба «Ладога» освободил от должности главного тренера "
        "Игоря Петрунина. Исполняющим обязанности назначен его ассистент Олег Сизов."
    )
    assert (
        "Олег Сизов", "исполняющий обязанности главного тренера", "Ладога"
    ) in posts(analyse, text)


def test_a_bare_acting_post_in_the_feminine_takes_the_place_too(analyse: Analyse) -> None:
    text = (
        "Директор Пермского цирка Анна Громова ушла на пенсию. Вместо нее исполняющей "
        "обязанности назначена Ирина Лаптева."
    )
    found = [p for p in posts(analyse, text) if p[0] == "Ирина Лаптева"]
    assert found and all(place == "Пермский цирк" for _, _, place in found)
    assert all("директор" in post for _, post, _ in found)


def test_a_bare_acting_post_with_no_post_before_makes_no_claim(analyse: Analyse) -> None:
    text = "Сотрудники завода провели собрание. Исполняющим обязанности назначен Пётр Ганин."
    assert not [p for p in posts(analyse, text) if p[0] == "Пётр Ганин"]


def test_an_acting_post_with_its_own_post_keeps_it(analyse: Analyse) -> None:
    text = (
        "Министр обороны Фарид Алиев посетил полигон. Исполняющим обязанности командира полка "
        "назначен Глеб Орлов."
    )
    found = [p for p in posts(analyse, text) if p[0] == "Глеб Орлов"]
    assert found and all("министр" not in post for _, post, _ in found)


def test_his_deputy_is_placed_where_the_principal_named_before_works(analyse: Analyse) -> None:
    text = (
        "Директором Омского театра кукол назначен Андрей Веснин. Его заместителем стал Илья "
        "Корнев."
    )
    assert ("Илья Корнев", "заместитель", "Омский театр кукол") in posts(analyse, text)


def test_a_deputy_by_apposition_takes_the_company_of_the_head_before(analyse: Analyse) -> None:
    text = (
        "Глава компании «Томскнефтехим» Роман Гурьев ушел в отпуск. Его заместитель Вадим "
        "Пестов провел совещание."
    )
    found = [p for p in posts(analyse, text) if p[0] == "Вадим Пестов"]
    assert found and all("Томскнефтехим" in place for _, _, place in found)


def test_a_deputy_without_a_pronoun_gets_no_place_from_before(analyse: Analyse) -> None:
    text = (
        "Директором Омского театра кукол назначен Андрей Веснин. Заместителем министра стал "
        "Илья Корнев."
    )
    found = [p for p in posts(analyse, text) if p[0] == "Илья Корнев"]
    assert found and all("театр" not in place for _, _, place in found)
