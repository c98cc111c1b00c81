"""Round 39 of meetings, from real Russian reports (not kept in the repository): the
genitive of a summit noun ("саммит «Большой двадцатки»", "на полях саммита G20") names the
forum the summit is of, not a side; a summit of two named sides ("саммит ЕС и Японии",
"саммит президентов X и Y") keeps them. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse, meeting_sides_at


def test_a_summits_forum_is_no_side(analyse: Analyse) -> None:
    text = "Саммит «Восточного союза» собрал глав девяти государств в Праге."
    assert not any("Восточный союз" in sides for sides in meeting_sides_at(analyse, text, "Саммит"))


def test_a_summit_of_two_sides_keeps_them(analyse: Analyse) -> None:
    text = "Саммит Евросоюза и Японии прошёл в Токио."
    assert {"Евросоюз", "Япония"} in meeting_sides_at(analyse, text, "Саммит")


def test_a_summit_of_two_named_people_keeps_them(analyse: Analyse) -> None:
    text = "Саммит президентов Ивана Сомова и Петра Гладкова прошёл в Женеве."
    assert {"Иван Сомов", "Петр Гладков"} in meeting_sides_at(analyse, text, "Саммит")


def test_a_forums_summit_leans_on_no_meeting_before(analyse: Analyse) -> None:
    text = (
        "Саммит Евросоюза и Японии прошёл в Токио. "
        "Саммит «Восточного союза» собрал глав девяти государств."
    )
    found = meeting_sides_at(analyse, text, "Саммит «")
    assert not any(sides for sides in found)


def test_a_summit_of_two_joined_groups_keeps_them(analyse: Analyse) -> None:
    text = "Саммит ЕС и АСЕАН прошёл в Джакарте."
    assert {"ЕС", "АСЕАН"} in meeting_sides_at(analyse, text, "Саммит")
