"""Round 31 of meetings, from the seen real-text batch (not kept in the repository): the
doer of the verb a meeting's start or end is told by ("в начале встречи с Y X
поблагодарил") is a side, and a call told by "связался по телефону с Y" is a meeting.
Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_meeting_real_text import people_meeting


def test_subject_of_the_verb_at_the_meetings_start_is_a_side(analyse: Analyse) -> None:
    text = (
        "Губернатор Иван Петров в начале встречи с послом Франции Пьером Дюпоном "
        "поблагодарил его за визит."
    )
    assert {"Иван Петров", "Пьер Дюпон"} in people_meeting(analyse, text)


def test_subject_of_the_verb_at_the_meetings_end_is_a_side(analyse: Analyse) -> None:
    text = (
        "Мэр Олег Сидоров в конце переговоров с послом Италии Марко Бьянки вручил гостю "
        "памятный знак."
    )
    assert {"Олег Сидоров", "Марко Бьянки"} in people_meeting(analyse, text)


def test_a_start_not_of_a_meeting_adds_no_side(analyse: Analyse) -> None:
    text = "Губернатор Иван Петров в начале недели посетил завод в Твери."
    assert people_meeting(analyse, text) == []


def test_getting_in_touch_by_phone_is_a_meeting(analyse: Analyse) -> None:
    text = "Мэр Иван Петров 3 мая связался по телефону с губернатором Олегом Сидоровым."
    assert {"Иван Петров", "Олег Сидоров"} in people_meeting(analyse, text)


def test_getting_in_touch_without_a_phone_is_no_meeting(analyse: Analyse) -> None:
    text = "Мэр Иван Петров 3 мая связался с губернатором Олегом Сидоровым."
    assert people_meeting(analyse, text) == []
