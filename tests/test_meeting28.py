"""Round 28 of meetings, from the class recurring most across the real-text batches of
rounds 21–27 (not kept in the repository): a side named by a post alone whose holder
was named before with other words ("Премьер-министр X … председатель правительства
провел переговоры с Y") or whose name follows a second post joined by a dash
("с Председателем Правления – Генеральным директором Y"). Sentences written for the
tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_meeting_real_text import people_meeting


def test_post_in_other_words_stands_for_the_person_named_with_it(analyse: Analyse) -> None:
    text = (
        "Премьер-министр Казахстана Ерлан Сарсенов прилетел в Ереван. «Визит начался», – "
        "подтвердил пресс-секретарь кабмина Азамат Нуров. В прошлый раз председатель "
        "казахстанского правительства был в Армении весной, он провел переговоры с "
        "армянским коллегой Ованесом Арутюняном."
    )
    found = people_meeting(analyse, text)
    assert {"Ерлан Сарсенов", "Ованес Арутюнян"} in found
    assert not any("Азамат Нуров" in people for people in found)


def test_post_in_other_words_as_the_subject_of_a_meeting(analyse: Analyse) -> None:
    text = (
        "Министр иностранных дел Италии Марко Бьянки прибыл в Москву. Накануне глава "
        "итальянского МИД встретился с губернатором Олегом Карповым."
    )
    found = people_meeting(analyse, text)
    assert {"Марко Бьянки", "Олег Карпов"} in found


def test_name_after_a_second_post_joined_by_a_dash(analyse: Analyse) -> None:
    text = (
        "Министр энергетики Павел Зуев посетил компанию ПАО «Волгаэнерго», где провёл рабочую "
        "встречу с Председателем Правления – Генеральным директором Игорем Лисиным."
    )
    found = people_meeting(analyse, text)
    assert {"Павел Зуев", "Игорь Лисин"} in found


def test_post_of_another_country_names_nobody(analyse: Analyse) -> None:
    text = (
        "Премьер-министр Казахстана Ерлан Сарсенов прилетел в Ереван. Накануне председатель "
        "российского правительства провел переговоры с армянским коллегой Ованесом Арутюняном."
    )
    found = people_meeting(analyse, text)
    assert not any("Ерлан Сарсенов" in people for people in found)


def test_a_dash_before_a_clause_adds_nobody(analyse: Analyse) -> None:
    text = (
        "Губернатор Андрей Волков провел встречу с председателем Думы – это был первый "
        "разговор после выборов Сергея Белова."
    )
    found = people_meeting(analyse, text)
    assert not any("Сергей Белов" in people for people in found)


def test_post_of_a_country_the_holder_was_not_of_names_nobody(analyse: Analyse) -> None:
    text = (
        "Премьер-министр Латвии Янис Озолс выступил в сейме. «Мы готовы», – сказал "
        "пресс-секретарь Карлис Берзиньш. Позднее председатель правительства Эстонии провел "
        "переговоры с Олегом Карповым."
    )
    found = people_meeting(analyse, text)
    assert not any("Янис Озолс" in people for people in found)
