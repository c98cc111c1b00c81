"""Occupations, round 38: a post given by a noun of appointing, the person in its genitive
and the post (or an acting participle's post) in the instrumental ("приказ о назначении X
исполняющим обязанности ректора", "одобрил избрание X председателем"), and a passive of
appointing whose subject, a woman's name ending in -а, the parser read as the agent
("Директором назначена Милана X, ранее занимавшая …"). Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def post_words(analyse: Analyse, text: str, person: str) -> list[str]:
    """The person's posts, lower-cased."""
    return [post.lower() for post, _ in posts_of(analyse, text, person)]


def test_an_order_on_appointing_a_person_acting_rector(analyse: Analyse) -> None:
    text = (
        "Министр подписал приказ о назначении Глеба Рощина исполняющим обязанности ректора "
        "Курганского университета."
    )
    posts = posts_of(analyse, text, "Глеб Рощин")
    assert any("исполняющ" in post.lower() and "ректор" in post.lower() for post, _ in posts)
    assert any("Курганск" in place for post, place in posts if "ректор" in post.lower())


def test_an_order_on_appointing_a_person_director(analyse: Analyse) -> None:
    text = "Губернатор подписал распоряжение о назначении Веры Глинской директором областного музея."
    assert any("директор" in post for post in post_words(analyse, text, "Вера Глинская"))


def test_approving_the_election_of_a_chairwoman(analyse: Analyse) -> None:
    text = "Наблюдательный совет одобрил избрание Инны Зориной председателем правления банка «Ока»."
    assert any("председатель" in post for post in post_words(analyse, text, "Инна Зорина"))


def test_a_woman_appointed_by_a_passive_with_a_past_post_after(analyse: Analyse) -> None:
    text = (
        "Исполняющим обязанности директора филармонии назначена Милана Громова, ранее "
        "занимавшая пост заместителя мэра Вельска."
    )
    posts = post_words(analyse, text, "Милана Громова")
    assert any("исполняющ" in post and "директор" in post for post in posts)


def test_a_woman_made_director_by_a_passive_with_a_past_post_after(analyse: Analyse) -> None:
    text = "Директором школы назначена Милана Ляпина, ранее работавшая завучем гимназии."
    assert any("директор" in post for post in post_words(analyse, text, "Милана Ляпина"))


def test_the_appointer_of_a_noun_of_appointing_gets_no_post(analyse: Analyse) -> None:
    text = (
        "Министр Павел Ершов подписал приказ о назначении Глеба Рощина исполняющим "
        "обязанности ректора университета."
    )
    assert not any("ректор" in post for post in post_words(analyse, text, "Павел Ершов"))


def test_a_noun_of_appointing_with_no_post_beside_gives_none(analyse: Analyse) -> None:
    text = "Депутаты обсудили назначение Глеба Рощина и возможные сроки выборов."
    assert post_words(analyse, text, "Глеб Рощин") == []


def test_an_agent_in_the_instrumental_stays_no_holder(analyse: Analyse) -> None:
    text = "Директором школы назначен Олег Сомов, приказ подписан министром Ириной Лебедевой."
    assert not any("директор" in post for post in post_words(analyse, text, "Ирина Лебедева"))


def test_a_press_conference_on_electing_a_chairman(analyse: Analyse) -> None:
    text = (
        "Вчера прошла пресс-конференция, посвящённая избранию Тимура Белова председателем "
        "Общества российско-индийской дружбы."
    )
    assert any("председатель" in post for post in post_words(analyse, text, "Тимур Белов"))


def test_a_post_before_a_verb_of_becoming_is_not_the_appointed_one(analyse: Analyse) -> None:
    text = "В случае назначения Сергея Ильина министром финансов станет Павел Рябцев."
    assert not any("министр" in post for post in post_words(analyse, text, "Сергей Ильин"))
