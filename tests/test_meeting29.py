"""Round 29 of meetings, from the class recurring across the seen real-text batches (not
kept in the repository): attendees a sentence names right after the meeting it joins,
without a meeting noun of its own ("С белорусской стороны также присутствовал Z") or
with a pronoun and a passive invitation ("На нее были приглашены Z и W"). Sentences
written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_meeting_real_text import people_meeting


def test_attendee_from_a_side_joins_the_meeting_before(analyse: Analyse) -> None:
    text = (
        "Министр транспорта Олег Васильев провел встречу с губернатором Тверской области "
        "Игорем Кравцовым. С тверской стороны также присутствовал вице-губернатор Антон Белов."
    )
    found = people_meeting(analyse, text)
    assert {"Олег Васильев", "Игорь Кравцов", "Антон Белов"} in found


def test_invited_to_it_join_the_meeting_before(analyse: Analyse) -> None:
    text = (
        "Мэр Твери Петр Сидоров и глава района Иван Козлов провели встречу с фермерами. На "
        "нее были приглашены председатель союза фермеров Николай Орлов и директор "
        "агрохолдинга Сергей Юдин."
    )
    found = people_meeting(analyse, text)
    assert {"Петр Сидоров", "Иван Козлов", "Николай Орлов", "Сергей Юдин"} in found


def test_attendee_from_a_side_without_a_meeting_before_met_nobody(analyse: Analyse) -> None:
    text = (
        "Губернатор Игорь Кравцов открыл выставку. С тверской стороны также присутствовал "
        "вице-губернатор Антон Белов."
    )
    found = people_meeting(analyse, text)
    assert not any("Антон Белов" in people for people in found)


def test_attendee_far_after_the_meeting_joins_nothing(analyse: Analyse) -> None:
    text = (
        "Министр транспорта Олег Васильев провел встречу с губернатором Игорем Кравцовым. "
        "Затем министр осмотрел новый мост. Вечером он уехал в Москву. С тверской стороны "
        "на открытии моста присутствовал вице-губернатор Антон Белов."
    )
    found = people_meeting(analyse, text)
    assert not any("Антон Белов" in people for people in found)


def test_one_who_invites_is_no_side(analyse: Analyse) -> None:
    text = (
        "Министр транспорта Олег Васильев провел встречу с губернатором Игорем Кравцовым. "
        "Губернатор пригласил на нее журналиста Антона Белова."
    )
    found = people_meeting(analyse, text)
    assert not any("Антон Белов" in people for people in found)
