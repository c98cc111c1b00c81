"""Occupations, round 49: a bare post of one kind of organisation said in two words or in
an acting phrase ("главный врач", "исполняющий обязанности главного врача") takes the one
organisation of that kind the report named before, as "главврач" did; a fronted infinitive
of acting joined in the parse to a verb of appointing ("Временно исполнять обязанности
главы района назначили X", "…, исполнять обязанности главы была назначена X") gives the
appointee the acting post. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def test_a_two_word_head_doctor_takes_the_hospital_named_before(analyse: Analyse) -> None:
    text = (
        "Министр здравоохранения области посетила Лесогорскую районную больницу. "
        "Главным врачом назначен Олег Мухин."
    )
    places = {place for _, place in posts_of(analyse, text, "Олег Мухин")}
    assert any("Лесогорск" in place for place in places)


def test_an_acting_head_doctor_takes_the_hospital_named_before(analyse: Analyse) -> None:
    text = (
        "В БУЗ «Городская больница № 7» сменился руководитель. "
        "Исполняющим обязанности главного врача назначен Павел Ершов."
    )
    found = posts_of(analyse, text, "Павел Ершов")
    assert any("больница № 7" in place for _, place in found)


def test_two_hospitals_named_before_leave_no_place(analyse: Analyse) -> None:
    # near miss: which hospital is meant is not said, so none is taken
    text = (
        "Руководители сменились в Лесогорской районной больнице и в Озёрской районной "
        "больнице. Главным врачом назначен Олег Мухин."
    )
    assert all(place == "" for _, place in posts_of(analyse, text, "Олег Мухин"))


def test_a_plain_doctor_takes_no_hospital(analyse: Analyse) -> None:
    # near miss: "врач" alone is a calling, not the post of one hospital
    text = "Лесогорская районная больница открыла новое отделение. Врач Олег Мухин провёл приём."
    assert all("Лесогорск" not in place for _, place in posts_of(analyse, text, "Олег Мухин"))


def test_an_acting_infinitive_under_the_appointing_verb(analyse: Analyse) -> None:
    text = "Временно исполнять обязанности главы района депутаты назначили Ирину Котову."
    found = {post for post, _ in posts_of(analyse, text, "Ирина Котова")}
    assert found == {"исполняющий обязанности главы района"}


def test_an_appointing_verb_under_the_acting_infinitive(analyse: Analyse) -> None:
    text = "Исполнять обязанности главы поселения назначен Олег Титов."
    found = {post for post, _ in posts_of(analyse, text, "Олег Титов")}
    assert found == {"исполняющий обязанности главы поселения"}


def test_the_one_who_left_does_not_take_the_acting_post(analyse: Analyse) -> None:
    text = (
        "Сначала в отставку по собственному желанию ушел глава Заречного района Пётр Смирнов, "
        "исполнять обязанности главы района была назначена Вера Ильина."
    )
    assert all(
        not post.startswith("исполняющий") for post, _ in posts_of(analyse, text, "Пётр Смирнов")
    )
    found = {post for post, _ in posts_of(analyse, text, "Вера Ильина")}
    assert "исполняющий обязанности главы района" in found


def test_one_who_goes_on_acting_keeps_the_acting_post(analyse: Analyse) -> None:
    # near miss: no one else is appointed, so the subject acts
    text = "Иван Серов продолжит исполнять обязанности главы района до выборов."
    found = {post for post, _ in posts_of(analyse, text, "Иван Серов")}
    assert "исполняющий обязанности главы района" in found


def test_a_hospital_said_in_the_phrase_is_not_replaced(analyse: Analyse) -> None:
    # near miss: "главный врач первой больницы" names its (generic) body itself
    text = (
        "Виктор Лапин работал хирургом в Лесогорской районной больнице. "
        "Главным врачом первой больницы назначен Егор Сомов."
    )
    assert all("Лесогорск" not in place for _, place in posts_of(analyse, text, "Егор Сомов"))


def test_a_hospital_on_another_clause_does_not_block_the_look_back(analyse: Analyse) -> None:
    text = (
        "Смена руководства произошла в Лесогорской районной больнице. Главным врачом "
        "назначен Олег Мухин, ранее работавший заместителем главного врача в Озёрской "
        "городской больнице."
    )
    found = posts_of(analyse, text, "Олег Мухин")
    assert any(post == "главный врач" and "Лесогорск" in place for post, place in found)
