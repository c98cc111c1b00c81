"""Occupations in reports, round 8: a pronoun predicate for the new post of the sentence
before ("… назначил нового директора. Им стал X"), a calling the name stands by as the
subject of an appointment, a list's next item after ", а также", and relational nouns
("предшественник") that are no post. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def test_a_pronoun_predicate_takes_the_new_post_of_the_sentence_before(
    analyse: Analyse,
) -> None:
    text = (
        "Совет директоров компании «Уральский кабель» назначил нового генерального директора. "
        "Им стал Степан Горелов."
    )
    assert ("Степан Горелов", "генеральный директор", "Уральский кабель") in posts(analyse, text)
    text = "Мэр Томска представил нового главу департамента культуры. Ею стала Вера Лисицына."
    assert any(
        who == "Вера Лисицына" and post.startswith("глава") for who, post, _ in posts(analyse, text)
    )


def test_a_pronoun_predicate_with_no_new_post_before_gives_nothing(analyse: Analyse) -> None:
    text = "Жюри долго спорило о победителе. Им стал Марат Ибрагимов."
    assert not [p for p in posts(analyse, text) if p[0] == "Марат Ибрагимов"]


def test_a_calling_before_the_name_is_the_subject_of_the_appointment(analyse: Analyse) -> None:
    text = "Директором Пермского театра оперы избран дирижёр Аркадий Шмелёв."
    assert any(
        who == "Аркадий Шмелёв" and post == "директор" for who, post, _ in posts(analyse, text)
    )


def test_a_post_after_a_comma_and_a_conjunction_opens_the_next_item(analyse: Analyse) -> None:
    text = (
        "На совещание пришли заместители губернатора Инна Лаптева и Рустам Бекиров, "
        "а также министр финансов области Лидия Орлова."
    )
    found = posts(analyse, text)
    assert not [p for p in found if p[0] == "Рустам Бекиров" and "финансов" in p[1]]
    assert [p for p in found if p[0] == "Рустам Бекиров" and p[1].startswith("заместител")]


def test_a_predecessor_is_no_post(analyse: Analyse) -> None:
    text = "Её предшественник Геннадий Осин уехал в Казань."
    assert not [p for p in posts(analyse, text) if p[1] == "предшественник"]
