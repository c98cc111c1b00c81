"""Round 11 of meetings across a report: a visit to a person ("навестил X"), a guest
received in the passive ("был принят на аудиенции у Y"), a post named by its organisation
("глава «Аэрофлота»", "глава ФХР") and a panel joined ("дискуссия, в которой участвовали").
Sentences written for the tests."""

from __future__ import annotations

from concord.extract.meeting.introduced import _holds
from tests.conftest import Analyse
from tests.test_meeting_reports import meetings


def people_meeting(analyse: Analyse, text: str) -> list[set[str]]:
    return [people for people, _ in meetings(analyse, text)]


def test_a_visit_to_a_person_is_a_meeting(analyse: Analyse) -> None:
    text = "Министр сельского хозяйства Алексей Гордеев в среду навестил ветерана труда Петра Соловьёва."
    assert {"Алексей Гордеев", "Петр Соловьёв"} in people_meeting(analyse, text)


def test_a_visit_to_a_prisoner_told_object_first_is_a_meeting(analyse: Analyse) -> None:
    text = "Осуждённого бизнесмена Игоря Лаптева в колонии навестила мать Нина Лаптева."
    assert {"Игорь Лаптев", "Нина Лаптева"} in people_meeting(analyse, text)


def test_a_visit_to_a_grave_is_no_meeting(analyse: Analyse) -> None:
    text = "Актриса Мария Иванова навестила могилу режиссёра Петра Смирнова."
    assert people_meeting(analyse, text) == []


def test_a_guest_received_at_an_audience_at_someones_is_a_meeting(analyse: Analyse) -> None:
    text = "Посол Чили Хорхе Мартинес был принят на аудиенции у короля Испании Хуана Карлоса."
    assert {"Хорхе Мартинес", "Хуан Карлос"} in people_meeting(analyse, text)


def test_a_guest_received_by_an_agent_is_a_meeting(analyse: Analyse) -> None:
    text = "Посол Чили Хорхе Мартинес был принят королём Испании Хуаном Карлосом."
    assert {"Хорхе Мартинес", "Хуан Карлос"} in people_meeting(analyse, text)


def test_a_bill_received_by_a_judge_is_no_meeting(analyse: Analyse) -> None:
    text = "Заявку Олега Петрова принял судья Иван Козлов."
    assert people_meeting(analyse, text) == []


def test_a_post_held_at_a_named_company_stands_for_its_holder(analyse: Analyse) -> None:
    text = (
        "Генеральный директор «Аэрофлота» Виталий Савельев прилетел в Париж. Вечером глава "
        "«Аэрофлота» провёл переговоры с председателем Air France Жаном-Сирилом Спинетта."
    )
    assert {"Виталий Савельев", "Жан-Сирил Спинетта"} in people_meeting(analyse, text)


def test_a_post_held_at_an_abbreviated_body_stands_for_its_holder(analyse: Analyse) -> None:
    text = (
        "Президент Федерации хоккея России Владислав Третьяк прибыл в Цюрих. Позднее глава ФХР "
        "встретился с президентом ИИХФ Рене Фазелем."
    )
    assert {"Владислав Третьяк", "Рене Фазель"} in people_meeting(analyse, text)


def test_a_post_at_a_company_nobody_was_introduced_with_is_nobody(analyse: Analyse) -> None:
    text = (
        "Министр финансов Алексей Кудрин прибыл в Пекин. Глава «Газпрома» встретился с "
        "министром Китая Се Сюжэнем."
    )
    found = people_meeting(analyse, text)
    assert {"Алексей Кудрин", "Се Сюжэнь"} not in found


def test_an_abbreviation_is_held_by_the_initials_of_a_post() -> None:
    assert _holds(["президент", "федерация", "хоккей", "россия"], "ФХР")
    assert not _holds(["президент", "федерация", "хоккей", "россия"], "РФС")
    assert _holds(["директор", "аэрофлот"], "аэрофлот")


def test_a_panel_joined_is_no_meeting(analyse: Analyse) -> None:
    text = (
        "Глава банка Сергей Кравец вёл дискуссию, в которой участвовали министр Олег Серов "
        "и банкир Павел Ланской."
    )
    assert people_meeting(analyse, text) == []


def test_talks_joined_through_a_relative_pronoun_are_a_meeting(analyse: Analyse) -> None:
    text = "В Риге прошли переговоры, в которых участвовали министр Олег Серов и посол Павел Ланской."
    assert {"Олег Серов", "Павел Ланской"} in people_meeting(analyse, text)
