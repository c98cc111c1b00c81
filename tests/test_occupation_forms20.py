"""Occupations on real news wording, round 20: giving up a post's powers ("сложил полномочия
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

