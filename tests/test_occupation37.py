"""Occupations, round 37: a deputy's title ("вице-губернатор", "заместитель главы",
"зампредседателя") listed with a comma or a dash before the same person's next post, and
with no place of its own, serves the head of the body that next post is in, so it is held
where that post is ("первый вице-губернатор, министр финансов Тверской области X"). Posts
joined by "и", titles that are no deputy's, and a deputy's title with its own place keep
what they had. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def place_of_post(analyse: Analyse, text: str, person: str, post_word: str) -> set[str]:
    """The places of the person's posts holding the given word."""
    return {place for post, place in posts_of(analyse, text, person) if post_word in post.lower()}


def test_a_vice_governor_listed_before_a_minister_is_held_in_the_region(analyse: Analyse) -> None:
    text = "Первый вице-губернатор, министр финансов Тверской области Олег Ветров открыл форум."
    assert any("Тверск" in place for place in place_of_post(analyse, text, "Олег Ветров", "вице-губернатор"))


def test_a_deputy_chairman_before_a_dash_is_held_where_the_minister_is(analyse: Analyse) -> None:
    text = (
        "Зампредседателя правительства – министр экономики Пензенской области Ирина Лосева "
        "рассказала о новом заводе."
    )
    places = place_of_post(analyse, text, "Ирина Лосева", "зам")
    assert any("Пензенск" in place for place in places)


def test_three_titles_listed_all_take_the_last_one_place(analyse: Analyse) -> None:
    text = (
        "Первый вице-губернатор, первый заместитель председателя правительства, министр "
        "транспорта Курской области Павел Зорин провёл совещание."
    )
    places = place_of_post(analyse, text, "Павел Зорин", "заместитель")
    assert any("Курск" in place for place in places)


def test_a_deputy_head_before_a_department_head_is_held_in_the_department(analyse: Analyse) -> None:
    text = (
        "Жителей принял заместитель главы администрации, начальник Управления образования "
        "Денис Грачёв."
    )
    places = place_of_post(analyse, text, "Денис Грачёв", "заместитель")
    assert any("Управлен" in place for place in places)


def test_posts_joined_by_and_keep_no_borrowed_place(analyse: Analyse) -> None:
    text = "Вице-президент и директор компании «Нордлайн» Олег Ветров открыл форум."
    assert not any(
        "Нордлайн" in place for place in place_of_post(analyse, text, "Олег Ветров", "вице-президент")
    )


def test_a_title_that_is_no_deputy_keeps_no_borrowed_place(analyse: Analyse) -> None:
    text = "Профессор, ректор Тверского университета Олег Ветров открыл форум."
    assert not any(
        "Тверск" in place for place in place_of_post(analyse, text, "Олег Ветров", "профессор")
    )


def test_a_deputy_with_a_place_of_its_own_keeps_it(analyse: Analyse) -> None:
    text = (
        "Заместитель министра финансов России, член совета директоров компании «Нордлайн» "
        "Олег Ветров открыл форум."
    )
    places = place_of_post(analyse, text, "Олег Ветров", "министр")
    assert places and not any("Нордлайн" in place for place in places)
