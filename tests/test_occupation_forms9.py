"""Occupations in reports, round 9: the new post of the sentence before held by a name that
stands by another post ("… избрал нового ректора. Им стал декан факультета X"), and a post
after a copula in a relative clause on a name ("X, который в 2010–2014 годах был мэром Y").
Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def test_the_new_post_goes_to_a_name_standing_by_another_post(analyse: Analyse) -> None:
    text = (
        "Учёный совет аграрного университета избрал нового ректора. "
        "Им стал проректор по науке Тимофей Лавров."
    )
    found = posts(analyse, text)
    assert any(who == "Тимофей Лавров" and post == "ректор" for who, post, _ in found)


def test_a_post_after_a_copula_in_a_relative_clause_is_the_names(analyse: Analyse) -> None:
    text = (
        "Проект поддержал Арсений Голованов, который в 2010–2014 годах был мэром Кинешмы, "
        "а теперь преподаёт в колледже."
    )
    assert any(
        who == "Арсений Голованов" and post == "мэр" and "Кинешм" in where
        for who, post, where in posts(analyse, text)
    )
    text = "На встречу пришла Полина Ершова, которая работала директором библиотеки."
    assert any(
        who == "Полина Ершова" and post.startswith("директор")
        for who, post, _ in posts(analyse, text)
    )


def test_a_relative_clause_without_a_post_gives_none(analyse: Analyse) -> None:
    text = "Выставку открыл Захар Лунин, который был в Кинешме проездом."
    assert not [p for p in posts(analyse, text) if p[0] == "Захар Лунин"]


def test_a_headed_common_noun_takes_the_announced_post(analyse: Analyse) -> None:
    text = (
        "Баскетбольный клуб «Сокол» объявил о назначении главного тренера. "
        "Команду возглавил Эдуард Мальцев."
    )
    assert any(
        who == "Эдуард Мальцев" and post == "главный тренер" and "Сокол" in where
        for who, post, where in posts(analyse, text)
    )
    text = "Баскетбольный клуб «Сокол» провёл собрание. Команду возглавил Эдуард Мальцев."
    assert not [p for p in posts(analyse, text) if p[0] == "Эдуард Мальцев"]


def test_a_role_verbs_participle_on_the_name_gives_its_post(analyse: Analyse) -> None:
    text = (
        "Лекцию прочла Вероника Гладких, прежде работавшая заместителем директора "
        "Тверского краеведческого музея."
    )
    assert any(
        who == "Вероника Гладких" and post == "заместитель директора"
        for who, post, _ in posts(analyse, text)
    )


def test_the_post_after_now_is_the_second_apposition(analyse: Analyse) -> None:
    text = (
        "Доклад сделал Фёдор Ивашкин, бывший министр транспорта области, ныне советник "
        "губернатора."
    )
    found = posts(analyse, text)
    assert any(who == "Фёдор Ивашкин" and post == "советник губернатора" for who, post, _ in found)
    assert any(who == "Фёдор Ивашкин" and post.startswith("министр") for who, post, _ in found)


def test_a_verbs_post_after_an_apposition_on_the_name(analyse: Analyse) -> None:
    text = "Рудольф Шейко, заслуженный тренер России, стал директором спортивной школы."
    assert any(
        who == "Рудольф Шейко" and post.startswith("директор")
        for who, post, _ in posts(analyse, text)
    )


def test_taking_the_office_of_a_post(analyse: Analyse) -> None:
    text = "Пост главного инженера завода занял Валентин Прохоров."
    assert any(
        who == "Валентин Прохоров" and post == "главный инженер"
        for who, post, _ in posts(analyse, text)
    )
    text = "Первое место в забеге занял Валентин Прохоров."
    assert not [p for p in posts(analyse, text) if p[0] == "Валентин Прохоров"]
