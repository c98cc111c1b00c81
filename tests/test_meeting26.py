"""Round 26 of meetings, from misses recurring across rounds 21–25's real-text batches
(not kept in the repository): several meetings told in one sentence (a call "по телефону"
or "телефонные переговоры" with two people; talks with a list of people each named with a
post of their own), "говорил с Y" and "говорил по телефону с Y" with no meeting noun, and a
bare post on a meeting noun or after "с" standing for the person introduced with that post
or an equivalent one ("Российский лидер X … Встреча президента с Y"). Sentences written for
the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_meeting_real_text import people_meeting


def _together(found: list[set[str]], *names: str) -> bool:
    """Whether some meeting holds all the names (an unnamed post may stand beside them)."""
    return any(set(names) <= people for people in found)


def test_a_phone_talk_with_two_people_is_a_call_with_each(analyse: Analyse) -> None:
    text = (
        "Губернатор Сергей Орлов собирается провести телефонные переговоры с Олегом "
        "Ивановым и Павлом Сидоровым."
    )
    found = people_meeting(analyse, text)
    assert {"Сергей Орлов", "Олег Иванов"} in found
    assert {"Сергей Орлов", "Павел Сидоров"} in found
    assert {"Сергей Орлов", "Олег Иванов", "Павел Сидоров"} not in found


def test_talks_with_a_list_of_people_each_with_a_post_are_one_by_one(analyse: Analyse) -> None:
    text = (
        "В четверг министр Иван Петров провел переговоры с госсекретарем Чили Марко Лопесом, "
        "главой МИД Эстонии Кариной Тамм, президентом Красного Креста Анной Фриш и "
        "исполняющим обязанности министра Перу Карлосом Ривой."
    )
    found = people_meeting(analyse, text)
    assert {"Иван Петров", "Марко Лопес"} in found
    assert {"Иван Петров", "Карина Тамм"} in found
    assert {"Иван Петров", "Анна Фриш"} in found
    assert {"Иван Петров", "Карлос Рива"} in found


def test_talking_by_phone_with_a_named_person_is_a_call(analyse: Analyse) -> None:
    text = "Накануне мэр Олег Кравцов говорил по телефону с губернатором Ильей Соколовым."
    assert {"Олег Кравцов", "Илья Соколов"} in people_meeting(analyse, text)


def test_talking_with_a_named_person_is_a_meeting(analyse: Analyse) -> None:
    text = "Губернатор Олег Сидоров долго разговаривал с ректором Павлом Орловым о науке."
    assert {"Олег Сидоров", "Павел Орлов"} in people_meeting(analyse, text)


def test_a_bare_post_on_a_meeting_noun_is_the_one_introduced_with_it(analyse: Analyse) -> None:
    text = (
        "Российский лидер Владимир Путин похвалил главу компании Андрея Громова. Встреча "
        "президента с Громовым прошла по видеосвязи."
    )
    assert {"Владимир Путин", "Андрей Громов"} in people_meeting(analyse, text)


def test_a_bare_post_after_s_is_the_one_introduced_with_it(analyse: Analyse) -> None:
    text = (
        "Губернатор Олег Орлов приехал в Тверской университет. Там с губернатором "
        "встретился ректор Иван Петров."
    )
    assert _together(people_meeting(analyse, text), "Олег Орлов", "Иван Петров")


# negatives: must stay silent or stay one meeting


def test_talks_with_names_alone_in_a_list_stay_one_meeting(analyse: Analyse) -> None:
    text = "Министр Иван Петров провел переговоры с Марко Лопесом, Юри Тамме и Анной Фриш."
    found = people_meeting(analyse, text)
    assert {"Иван Петров", "Марко Лопес"} not in found


def test_talks_with_two_posted_people_stay_one_meeting(analyse: Analyse) -> None:
    text = (
        "Президент Олег Орлов провел переговоры с премьером Эстонии Юри Тамме и президентом "
        "Латвии Андрисом Берзиньшем."
    )
    found = people_meeting(analyse, text)
    assert {"Олег Орлов", "Юри Тамме"} not in found


def test_a_list_of_one_bodys_team_stays_one_meeting(analyse: Analyse) -> None:
    text = (
        "Посол Олег Орлов встретился с ректором Иваном Петровым, проректором по науке "
        "Павлом Сидоровым и директором центра языков Анной Смирновой."
    )
    found = people_meeting(analyse, text)
    assert {"Олег Орлов", "Иван Петров"} not in found


def test_talking_with_reporters_is_no_meeting(analyse: Analyse) -> None:
    text = "Мэр Иван Петров говорил с журналистами о ремонте дорог после пресс-конференции."
    assert people_meeting(analyse, text) == []


def test_talking_from_a_position_is_no_meeting(analyse: Analyse) -> None:
    text = "Министр Олег Петров говорил с позиции силы, считает политолог Анна Смирнова."
    assert people_meeting(analyse, text) == []


def test_saying_in_an_interview_is_no_meeting(analyse: Analyse) -> None:
    text = "Об этом певец Петр Иванов говорил в интервью ведущей Анне Смирновой."
    assert people_meeting(analyse, text) == []


def test_a_concert_for_a_bare_post_is_no_meeting(analyse: Analyse) -> None:
    text = (
        "Губернатор Олег Орлов посетил филармонию. Для губернатора выступил пианист "
        "Иван Петров."
    )
    assert people_meeting(analyse, text) == []


def test_a_bare_post_nobody_was_introduced_with_names_nobody(analyse: Analyse) -> None:
    text = "Ректор Иван Петров приехал в Тверь. Вечером мэр Олег Орлов встретился с губернатором."
    assert not _together(people_meeting(analyse, text), "Олег Орлов", "Иван Петров")
