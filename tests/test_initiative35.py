"""Round 35: initiative precision on real text. A launch hanging below a story or its
course ("развязка истории со строительством"), a programme that only frames a launch
("в рамках реализации программы"), projects counted as a tally ("реализовано более 50
проектов"), money that only may be spent ("можно направить на"), more money for a running
programme ("дополнительно выделят") and plural unnamed projects told with an imperfective
verb (a trend or a year's review) report no project. Controls: one project, counted
projects of a named type, a runner named, money given for a work. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.test_initiative30 import kinds_in


@pytest.mark.parametrize(
    "text",
    [
        # an episode of a story, or a course, told of a launch
        "Развязка многолетней истории со строительством бассейна на набережной удивила горожан.",
        "Ход начатой в мае посевной кампании могут сорвать заморозки.",
        # a tally of projects
        "За пять лет в области реализовано более 80 проектов инициативного бюджетирования.",
        "В прошлом году в районе реализовано 35 проектов благоустройства.",
        # money that may be spent on a work
        "Деньги премии можно потратить на строительство спортивной площадки.",
        # more money for a programme that runs
        "На программу «Чистая вода» дополнительно выделят 200 млн рублей.",
        # a trend or a review: plural, unnamed, uncounted, imperfective
        "В регионе открываются новые предприятия и строятся современные цеха.",
        "В последние годы в районе реконструируются детские сады и школы.",
    ],
)
def test_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


def test_frame_programme_not_claimed(analyse: Analyse) -> None:
    """The building is the project; the programme it is built under is only its frame."""
    text = "Корпус возводится в рамках реализации государственной программы «Развитие образования»."
    assert kinds_in(analyse, text) == ["корпус"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("В Самаре строится новая школа.", "школа"),
        ("В Самаре строятся две новые школы.", "школа"),
        ("Компания «Лента» открывает новые магазины в Сибири.", "магазины"),
        ("На строительство спортивной площадки выделят 5 млн рублей.", "спортивная площадка"),
        ("Правительство выделит 300 млн рублей на программу «Чистая вода».", "программа"),
        ("В ходе визита губернатор открыл новую поликлинику.", "поликлиника"),
    ],
)
def test_controls_still_read(analyse: Analyse, text: str, kind: str) -> None:
    assert kind in kinds_in(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Жители выступили против строительства мусоросжигательного завода.",
        "Сотни возражений против реконструкции стадиона поступили в мэрию.",
    ],
)
def test_opposed_launch_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("В селе Заречном укладывают новые трубы.", "трубы"),
    ],
)
def test_works_at_a_site_still_read(analyse: Analyse, text: str, kind: str) -> None:
    assert kind in " ".join(kinds_in(analyse, text))
