"""Round 22 of meetings, from misses on unselected Russian news excerpts (not kept in the
repository): a verb done over the phone to a named person ("X по телефону поздравил Y");
companions listed after meetings announced in the plural are met one by one ("провёл
встречи …. В частности, X побеседовал с Y1 и Y2"); whoever only confirms a meeting naming
two people of its own is no side of it ("Z подтвердил разговор X и Y"); a meeting set
before or after the one named, with a person of its own, is another occasion ("поговорил с
Y перед встречей с Z"), and an upcoming one is planned. Sentences written for the tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse
from tests.test_meeting_real_text import people_meeting
from tests.test_meeting_reports import meetings


def test_congratulating_over_the_phone_is_a_conversation(analyse: Analyse) -> None:
    text = "Премьер Чехии Ян Новак по телефону поздравил канцлера Австрии Карла Хубера с победой."
    assert {"Ян Новак", "Карл Хубер"} in people_meeting(analyse, text)


def test_informing_by_video_link_is_a_conversation(analyse: Analyse) -> None:
    text = (
        "Губернатор Омской области Пётр Гаврилов по видеосвязи проинформировал министра "
        "финансов Илью Дорохова о ходе строительства."
    )
    assert {"Пётр Гаврилов", "Илья Дорохов"} in people_meeting(analyse, text)


def test_ordering_over_the_phone_is_no_meeting(analyse: Analyse) -> None:
    assert people_meeting(analyse, "Иван Гаврилов заказал по телефону такси до вокзала.") == []


def test_a_phone_fraud_on_an_unnamed_side_is_no_meeting(analyse: Analyse) -> None:
    text = "Мошенники по телефону обманули пенсионерку Анну Дорохову."
    assert people_meeting(analyse, text) == []


def test_telling_journalists_by_phone_is_no_meeting(analyse: Analyse) -> None:
    text = "Министр Илья Дорохов сообщил по телефону журналистам о решении правительства."
    assert people_meeting(analyse, text) == []


def test_companions_after_meetings_in_the_plural_are_met_one_by_one(analyse: Analyse) -> None:
    text = (
        "В рамках визита министр культуры Олег Ветров провёл встречи с главами зарубежных "
        "делегаций. В частности, Олег Ветров побеседовал с министром культуры Перу Хуаном "
        "Родригесом и министром туризма Кении Джозефом Мваурой."
    )
    found = people_meeting(analyse, text)
    assert {"Олег Ветров", "Хуан Родригес"} in found
    assert {"Олег Ветров", "Джозеф Мваура"} in found
    assert {"Олег Ветров", "Хуан Родригес", "Джозеф Мваура"} not in found


def test_companions_after_one_meeting_stay_together(analyse: Analyse) -> None:
    text = (
        "В рамках визита министр культуры Олег Ветров провёл встречу в посольстве. "
        "Олег Ветров побеседовал с министром культуры Перу Хуаном Родригесом и послом "
        "Перу Мигелем Гарсией."
    )
    found = people_meeting(analyse, text)
    assert {"Олег Ветров", "Хуан Родригес", "Мигель Гарсия"} in found


def test_who_confirms_a_talk_of_two_is_no_side(analyse: Analyse) -> None:
    text = "Ранее сообщалось, что Сергей Зуев подтвердил разговор Ивана Бойко и Карла Хубера."
    found = people_meeting(analyse, text)
    assert {"Иван Бойко", "Карл Хубер"} in found
    assert not any("Сергей Зуев" in meeting for meeting in found)


def test_who_confirms_his_own_meeting_is_a_side(analyse: Analyse) -> None:
    text = "Посол Сергей Зуев подтвердил встречу с министром Карлом Хубером."
    assert {"Сергей Зуев", "Карл Хубер"} in people_meeting(analyse, text)


def test_a_meeting_before_another_is_its_own(analyse: Analyse) -> None:
    text = (
        "Карл Хубер рассказал, что поговорил с Иваном Бойко по телефону перед предстоящей "
        "встречей с премьером Словакии Яном Новаком."
    )
    found = meetings(analyse, text)
    assert ({"Карл Хубер", "Иван Бойко"}, Modality.FACT) in found
    assert ({"Карл Хубер", "Ян Новак"}, Modality.PLANNED) in found


def test_a_meeting_after_talks_with_another_is_its_own(analyse: Analyse) -> None:
    text = (
        "Министр Иван Бойко встретился с губернатором Павлом Гавриловым после переговоров "
        "с послом Чили Мигелем Гарсией."
    )
    found = people_meeting(analyse, text)
    assert {"Иван Бойко", "Павел Гаврилов"} in found
    assert {"Иван Бойко", "Мигель Гарсия"} in found


def test_a_session_before_a_meeting_adds_nobody(analyse: Analyse) -> None:
    text = (
        "Министр Иван Бойко встретился с губернатором Павлом Гавриловым перед заседанием "
        "правительства."
    )
    assert people_meeting(analyse, text) == [{"Иван Бойко", "Павел Гаврилов"}]
