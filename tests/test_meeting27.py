"""Round 27 of meetings, from a class recurring in the real-text batches of rounds 23–26
(not kept in the repository): the people who took part in a meeting listed in a later
sentence ("Во встрече приняли участие X и Y"), a few sentences after the meeting was
named, or with the side they came for ("Во встрече со стороны бизнеса приняли участие").
Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_meeting_real_text import people_meeting


def test_participants_listed_sentences_after_the_meeting_join_it(analyse: Analyse) -> None:
    text = (
        "Вчера состоялась встреча губернатора Тверской области Игоря Воронова с ректором "
        "Павлом Климовым. Обсуждались планы строительства общежития. Особое внимание "
        "было уделено ремонту учебных корпусов. Отмечено, что работы начнутся весной. "
        "Во встрече приняли участие министр образования области Ольга Сомова и "
        "депутат Андрей Белов."
    )
    found = people_meeting(analyse, text)
    assert {"Игорь Воронов", "Павел Климов", "Ольга Сомова", "Андрей Белов"} in found


def test_participants_named_with_their_side_join_the_meeting(analyse: Analyse) -> None:
    text = (
        "Министр Олег Савин и посол Италии Марко Риччи провели в Казани встречу с "
        "представителями промышленности. Во встрече со стороны бизнеса приняли участие "
        "директор завода Игорь Фомин и глава холдинга Денис Лаптев."
    )
    found = people_meeting(analyse, text)
    assert {"Олег Савин", "Марко Риччи", "Игорь Фомин", "Денис Лаптев"} in found


def test_participants_of_a_later_other_meeting_stay_apart(analyse: Analyse) -> None:
    text = (
        "Вчера губернатор Игорь Воронов встретился с ректором Павлом Климовым. Они обсудили "
        "строительство общежития. Вечером прошло заседание областной думы. Депутаты "
        "приняли бюджет. В следующей встрече примут участие Ольга Сомова и Андрей Белов."
    )
    found = people_meeting(analyse, text)
    assert not any({"Игорь Воронов", "Ольга Сомова"} <= people for people in found)


def test_participants_far_after_the_meeting_stay_apart(analyse: Analyse) -> None:
    text = (
        "В понедельник губернатор Игорь Воронов встретился с ректором Павлом Климовым. "
        "Во вторник в городе открылась выставка. В среду прошел концерт. В четверг "
        "начался ремонт моста. В пятницу открылась школа. В субботу был праздник. "
        "В воскресенье прошли выборы. Во встрече приняли участие Ольга Сомова и Андрей Белов."
    )
    found = people_meeting(analyse, text)
    assert not any({"Игорь Воронов", "Ольга Сомова"} <= people for people in found)


def test_a_meeting_with_a_companion_of_its_own_is_not_the_one_before(analyse: Analyse) -> None:
    text = (
        "Губернатор Игорь Воронов встретился с ректором Павлом Климовым. Ректор рассказал о "
        "планах. Во встрече с журналистами приняли участие Ольга Сомова и Андрей Белов."
    )
    found = people_meeting(analyse, text)
    assert not any({"Игорь Воронов", "Ольга Сомова"} <= people for people in found)


def test_a_person_described_as_present_at_the_meeting_took_part(analyse: Analyse) -> None:
    text = (
        "Губернатор Игорь Воронов встретился с ректором Павлом Климовым. Присутствующий на "
        "встрече депутат Андрей Белов попросил губернатора о помощи."
    )
    found = people_meeting(analyse, text)
    assert {"Игорь Воронов", "Павел Климов", "Андрей Белов"} in found


def test_a_person_present_at_a_concert_meets_nobody(analyse: Analyse) -> None:
    text = (
        "Губернатор Игорь Воронов встретился с ректором Павлом Климовым. Присутствующий на "
        "концерте депутат Андрей Белов поблагодарил музыкантов."
    )
    found = people_meeting(analyse, text)
    assert not any("Андрей Белов" in people for people in found)
