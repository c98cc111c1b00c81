"""Occupations in long reports, round 14: words around a calling that make it no post held
(an honorary title, a judgement of skill, a relative, a graduate) and a plural post over
joined places and joined names. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def test_an_honorary_title_is_no_post(analyse: Analyse) -> None:
    text = "Главным врачом больницы остаётся заслуженный врач России Тамара Клёнова."
    found = posts(analyse, text)
    assert not [p for p in found if "заслуженный" in p[1]]
    assert any(who == "Тамара Клёнова" and post.startswith("главный врач") for who, post, _ in found)


def test_a_peoples_artist_is_a_title_and_a_peoples_deputy_a_post(analyse: Analyse) -> None:
    text = (
        "На премьере были народный артист СССР Георгий Вольский и народный депутат "
        "Украины Степан Дорош."
    )
    found = posts(analyse, text)
    assert not [p for p in found if p[0] == "Георгий Вольский"]
    assert any(who == "Степан Дорош" and post == "народный депутат" for who, post, _ in found)


def test_a_calling_judged_is_said_of_skill(analyse: Analyse) -> None:
    text = "«Семён Ильич — опытный хирург, ему можно доверять», — сказал Лавров."
    assert not [p for p in posts(analyse, text) if "хирург" in p[1]]


def test_a_nephew_of_an_official_holds_no_post(analyse: Analyse) -> None:
    text = "На приёме был и племянник бывшего губернатора Глеб Сорокин."
    assert not [p for p in posts(analyse, text) if p[0] == "Глеб Сорокин"]


def test_a_son_in_law_of_an_official_holds_no_post(analyse: Analyse) -> None:
    text = "Подряд достался фирме, которой руководит зять министра финансов Олег Пестов."
    assert not [p for p in posts(analyse, text) if "министр" in p[1]]


def test_a_graduate_is_no_post(analyse: Analyse) -> None:
    text = "Роль сыграла выпускница Щукинского училища Вера Ланская."
    assert not [p for p in posts(analyse, text) if p[0] == "Вера Ланская"]


def test_a_plural_post_pairs_joined_places_with_joined_names(analyse: Analyse) -> None:
    text = (
        "Министры обороны Эстонии и Латвии Тоомас Сепп и Янис Озолс обсудили "
        "учения в Риге."
    )
    found = posts(analyse, text)
    assert ("Тоомас Сепп", "министры обороны", "Эстония") in found
    assert ("Янис Озолс", "министры обороны", "Латвия") in found


def test_a_post_inside_a_relative_clause_after_a_name_is_not_the_names(analyse: Analyse) -> None:
    text = "Место досталось юристу Фёдору Глинскому, которого рекомендовал председатель суда."
    found = posts(analyse, text)
    assert not [p for p in found if p[0] == "Фёдор Глинский" and "председатель" in p[1]]
    assert any(p[0] == "Фёдор Глинский" and p[1] == "юрист" for p in found)


def test_a_calling_before_its_newspapers_name(analyse: Analyse) -> None:
    text = "Спортивный обозреватель журнала «Северный экран» Лидия Гранина матч не видела."
    found = posts(analyse, text)
    assert any(who == "Лидия Гранина" and "Северный экран" in where for who, _, where in found)


def test_a_relatives_name_with_a_rank_takes_the_verbs_post(analyse: Analyse) -> None:
    text = (
        "Преемник Гусева генерал-майор Остап Демченко назначен заместителем начальника "
        "академии."
    )
    found = posts(analyse, text)
    assert any(
        who == "Остап Демченко" and post.startswith("заместитель начальника")
        for who, post, _ in found
    )


def test_an_acting_post_told_by_a_copula(analyse: Analyse) -> None:
    text = "Исполняющим обязанности ректора весь октябрь был профессор Лев Окунев."
    found = posts(analyse, text)
    assert any(who == "Лев Окунев" and "обязанности ректора" in post for who, post, _ in found)


def test_an_acting_post_told_by_a_verb(analyse: Analyse) -> None:
    text = "Обязанности главного редактора пока исполняет его заместитель Нина Рощина."
    found = posts(analyse, text)
    assert ("Нина Рощина", "исполняющий обязанности главного редактора", "") in found
    assert not [p for p in found if p[1].startswith("исполняет")]
