"""Occupations in reports, round 10: a country adjective on a state's post, people led after
"лидер", a pronoun holder's earlier place of work, a post held "на посту" / "в должности",
church and academy ranks. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def test_a_country_adjective_places_a_states_post(analyse: Analyse) -> None:
    found = posts(analyse, "Итальянский премьер Лука Бьянки прилетел в Вену на переговоры.")
    assert ("Лука Бьянки", "премьер", "Италия") in found


def test_a_country_adjective_on_a_calling_is_a_nationality(analyse: Analyse) -> None:
    found = posts(analyse, "Первый бразильский космонавт Жоау Силва прочитал лекцию студентам.")
    assert not [p for p in found if p[2] == "Бразилия"]


def test_the_people_a_leader_leads_are_not_a_calling(analyse: Analyse) -> None:
    found = posts(analyse, "Лидер тамбовских фермеров Илья Сошников собрал митинг у мэрии.")
    assert [post for who, post, _ in found if who == "Илья Сошников"] == ["лидер"]


def test_a_coach_of_goalkeepers_stays_one_post(analyse: Analyse) -> None:
    found = posts(analyse, "Тренер вратарей Олег Рябинин продлил контракт с клубом.")
    assert any(who == "Олег Рябинин" and post == "тренер вратарей" for who, post, _ in found)


def test_a_pronoun_holders_earlier_place_of_work(analyse: Analyse) -> None:
    text = (
        "Директором филармонии назначен Вадим Черников. "
        "До этого он шесть лет возглавлял Камерный оркестр Самары."
    )
    assert any(
        who == "Вадим Черников" and "Камерный оркестр" in where
        for who, _, where in posts(analyse, text)
    )
    text = "Директором школы стала Алла Миронова. До этого он работал в «Ростелекоме»."
    assert not [p for p in posts(analyse, text) if "Ростелеком" in p[2]]


def test_a_post_held_on_the_office(analyse: Analyse) -> None:
    text = "Кирилл Панов проработал на посту главного инженера завода «Искра» пять лет."
    assert any(
        who == "Кирилл Панов" and post == "главный инженер" and "Искра" in where
        for who, post, where in posts(analyse, text)
    )
    text = "Зоя Белова останется в должности председателя правления до весны."
    assert any(
        who == "Зоя Белова" and post.startswith("председатель")
        for who, post, _ in posts(analyse, text)
    )


def test_a_post_sought_is_not_held(analyse: Analyse) -> None:
    text = "Кирилл Панов выдвинулся на пост мэра Орла и претендует на должность спикера."
    assert not [p for p in posts(analyse, text) if p[0] == "Кирилл Панов"]


def test_church_and_academy_ranks(analyse: Analyse) -> None:
    text = "Синод назначил протоиерея Максима Дронова настоятелем Покровского собора."
    assert any(
        who == "Максим Дронов" and post == "настоятель" and "Покровск" in where
        for who, post, where in posts(analyse, text)
    )
    text = "Доклад сделал академик РАН Юрий Сорокин."
    assert ("Юрий Сорокин", "академик", "РАН") in posts(analyse, text)


def test_a_former_post_as_the_next_subject_is_the_person_named_before(
    analyse: Analyse,
) -> None:
    text = (
        "Из команды ушёл Марат Сабиров. "
        "Бывший спортивный директор «Титана» станет советником губернатора."
    )
    found = posts(analyse, text)
    assert any(who == "Марат Сабиров" and "Титан" in where for who, _, where in found)
    assert any(who == "Марат Сабиров" and post.startswith("советник") for who, post, _ in found)
    text = "Марат Сабиров и Ирина Ковальчук дали интервью. Бывший министр стал советником мэра."
    assert not [p for p in posts(analyse, text) if p[1] == "министр"]
