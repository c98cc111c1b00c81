"""A post dated by the ruler it was held under ("министр обороны при Борисе Ельцине Павел
Грачёв") is the holder's, not the ruler's: the ruler's name is no holder of the post
before it. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def _holders(analyse: Analyse, text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for who, post, _ in posts(analyse, text):
        found.setdefault(who, set()).add(post)
    return found


@pytest.mark.parametrize(
    ("text", "holder", "ruler"),
    [
        (
            "Министр обороны при Борисе Ельцине Павел Грачёв дал интервью.",
            "Павел Грачёв",
            "Борис Ельцин",
        ),
        (
            "Бывший глава правительства при Николя Саркози Франсуа Фийон выступил в Лионе.",
            "Франсуа Фийон",
            "Николя Саркози",
        ),
        (
            "Госсекретарь при Бараке Обаме Джон Керри прилетел в Москву.",
            "Джон Керри",
            "Барак Обама",
        ),
    ],
)
def test_the_post_held_under_a_ruler_is_the_holders(
    analyse: Analyse, text: str, holder: str, ruler: str
) -> None:
    holders = _holders(analyse, text)
    assert holder in holders
    assert ruler not in holders


def test_a_ruler_alone_holds_no_post_before_him(analyse: Analyse) -> None:
    text = "Это решение принял глава правительства при Игоре Соколове."
    assert "Игорь Соколов" not in _holders(analyse, text)


def test_a_post_right_before_its_name_stays(analyse: Analyse) -> None:
    text = "Встреча прошла у губернатора области Петра Сидорова."
    assert "Петр Сидоров" in _holders(analyse, text) or "Пётр Сидоров" in _holders(analyse, text)
