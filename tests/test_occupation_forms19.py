"""Occupations on real news wording, round 19: a list of "post, rank Name" items (each post
is the name's that closes its item), and a political stance read as a post. Sentences written
for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts

_RANKED_LIST = (
    "Со своих постов освобождены заместитель директора ФСИН России, полковник Андрей Сомов, "
    "начальник Томского института ФСИН, генерал-майор Олег Ревякин, глава УФСИН по Пензенской "
    "области, полковник Игорь Барков и начальник УФСИН по Тверской области, генерал-майор "
    "Сергей Лямин."
)


def test_each_post_of_a_ranked_list_is_the_next_name(analyse: Analyse) -> None:
    found = {(who, post, place) for who, post, place in posts(analyse, _RANKED_LIST)}
    assert ("Олег Ревякин", "начальник", "Томский институт ФСИН") in found
    assert ("Игорь Барков", "глава", "УФСИН по Пензенской области") in found
    assert ("Сергей Лямин", "начальник", "УФСИН по Тверской области") in found


def test_a_ranked_list_gives_no_post_to_the_name_before_it(analyse: Analyse) -> None:
    found = posts(analyse, _RANKED_LIST)
    assert not [p for p in found if p[0] == "Андрей Сомов" and "Томский" in p[2]]
    assert not [p for p in found if p[0] == "Олег Ревякин" and "Пензенской" in p[2]]


def test_a_ranked_item_without_commas_keeps_its_post(analyse: Analyse) -> None:
    text = (
        "Указом президента уволены начальник УВД Орловской области генерал-майор Павел "
        "Сидоркин и начальник ГУВД Омской области генерал-лейтенант Роман Зуев."
    )
    assert ("Роман Зуев", "начальник", "ГУВД Омской области") in posts(analyse, text)


def test_a_post_in_apposition_without_a_rank_after_stays_with_its_name(
    analyse: Analyse,
) -> None:
    text = "На совещании выступил Андрей Сомов, начальник Томского института ФСИН."
    assert ("Андрей Сомов", "начальник", "Томский институт ФСИН") in posts(analyse, text)


def test_an_oppositionist_holds_no_post(analyse: Analyse) -> None:
    assert not posts(analyse, "Акцию поддержал известный оппозиционер Глеб Сомов.")
