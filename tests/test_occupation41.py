"""Occupations, round 41: an acting post told by an infinitive under a verb of beginning
or going on ("X начинает исполнять обязанности директора"); a verb of acting that is the
clause's own verb stays out of the post's words ("X исполнял обязанности директора" is
"исполняющий обязанности директора", not "… исполнял обязанности …"); posts said in short
or compound forms ("худрук", "префект", "главком"). Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def test_an_acting_post_begun_by_an_infinitive(analyse: Analyse) -> None:
    text = "С понедельника Инна Серова начинает исполнять обязанности директора музея."
    assert any(
        post == "исполняющий обязанности директора"
        for post, _ in posts_of(analyse, text, "Инна Серова")
    )


def test_two_acting_posts_joined_under_a_verb_of_going_on(analyse: Analyse) -> None:
    text = (
        "Сегодня Глеб Рудин продолжает исполнять обязанности директора "
        "и художественного руководителя Камерного театра."
    )
    posts = {post for post, _ in posts_of(analyse, text, "Глеб Рудин")}
    assert "исполняющий обязанности директора" in posts
    assert "исполняющий обязанности художественного руководителя" in posts


def test_a_finite_verb_of_acting_is_not_part_of_the_post(analyse: Analyse) -> None:
    text = "Весь прошлый год Инна Серова исполняла обязанности главы района."
    posts = {post for post, _ in posts_of(analyse, text, "Инна Серова")}
    assert "исполняющий обязанности главы района" in posts
    assert not any("исполняла" in post for post in posts)


def test_an_infinitive_of_another_action_gives_no_post(analyse: Analyse) -> None:
    text = "Инна Серова начала критиковать директора музея за долги."
    assert not posts_of(analyse, text, "Инна Серова")


def test_a_verb_of_going_on_with_support_gives_no_post(analyse: Analyse) -> None:
    text = "Глеб Рудин продолжает поддерживать губернатора области."
    assert not posts_of(analyse, text, "Глеб Рудин")


def test_a_short_form_of_artistic_director_as_predicate(analyse: Analyse) -> None:
    text = "Худруком Камерного театра назначен Глеб Рудин."
    assert any("худрук" in post for post, _ in posts_of(analyse, text, "Глеб Рудин"))


def test_a_prefect_of_a_district(analyse: Analyse) -> None:
    text = "Префект Восточного округа Павел Зотов осмотрел новую школу."
    assert any(
        post == "префект" and "Восточн" in place
        for post, place in posts_of(analyse, text, "Павел Зотов")
    )


def test_a_commander_in_chief_appointed(analyse: Analyse) -> None:
    text = "Адмирал Павел Зотов назначен главкомом ВМФ."
    assert any(
        post == "главком" and place == "ВМФ" for post, place in posts_of(analyse, text, "Павел Зотов")
    )
