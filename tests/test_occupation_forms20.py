"""Occupations on real news wording, round 20: a noun of leaving ("уход X с поста главы Y"),
giving up a post's powers ("сложил полномочия
председателя"), a leaving told in the speaker's own clause ("заявил, что покинет
пост"). Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def test_giving_up_the_powers_of_a_post_tells_the_post(analyse: Analyse) -> None:
    text = "Тимур Рябов сложил полномочия председателя Федерации гребли."
    assert ("Тимур Рябов", "председатель", "Федерация гребли") in posts(analyse, text)


def test_the_speakers_own_leaving_clause_tells_his_post(analyse: Analyse) -> None:
    text = "Тимур Рябов сообщил, что вскоре сложит с себя полномочия президента Союза гребцов."
    assert ("Тимур Рябов", "президент", "Союз гребцов") in posts(analyse, text)


def test_a_leaving_clause_with_its_own_subject_is_not_the_speakers(analyse: Analyse) -> None:
    text = "Тимур Рябов сообщил, что министр спорта скоро покинет свой пост."
    assert not [p for p in posts(analyse, text) if p[0] == "Тимур Рябов"]


def test_powers_without_a_verb_of_leaving_tell_no_post(analyse: Analyse) -> None:
    text = "Тимур Рябов заявил, что расширит полномочия комиссии."
    assert not posts(analyse, text)



def test_a_noun_of_leaving_tells_the_post_left(analyse: Analyse) -> None:
    text = "После ухода Марата Зубова с поста главы Федерации тенниса турнир перенесли."
    assert ("Марат Зубов", "глава", "Федерация тенниса") in posts(analyse, text)


def test_a_noun_of_leaving_without_an_office_tells_no_post(analyse: Analyse) -> None:
    assert not posts(analyse, "Уход Марата Зубова из клуба огорчил болельщиков.")
