"""Occupations on real news wording, round 23: a post with "свой" held at the organisation
of the electing verb's subject, a post sought ("кандидатура на пост …") rather than held,
and the frame "в лице X" that names who acts for a body. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def test_own_post_is_held_at_the_electors_organisation(analyse: Analyse) -> None:
    text = "Члены Курганской городской думы на первом заседании избрали своим председателем Игоря Ветрова."
    found = posts(analyse, text)
    assert ("Игорь Ветров", "председатель", "Курганская городская дума") in found


def test_own_post_with_no_organisation_among_the_electors_has_no_place(analyse: Analyse) -> None:
    text = "Жители посёлка на сходе избрали своим старостой Олега Кранова."
    found = posts(analyse, text)
    assert not any(p[0] == "Олег Кранов" and p[2] for p in found)
    assert not any("свой" in p[1] for p in found)


def test_a_candidacy_for_a_post_is_no_post_held(analyse: Analyse) -> None:
    text = "Ещё три депутата поддержали кандидатуру на пост председателя - Семёна Ларина от КПРФ."
    assert not any(p[0] == "Семён Ларин" for p in posts(analyse, text))


def test_appointed_to_a_post_is_still_held(analyse: Analyse) -> None:
    text = "На пост главы района назначен Антон Гусев."
    assert any(p[0] == "Антон Гусев" and p[1] == "глава района" for p in posts(analyse, text))


def test_acting_for_a_body_is_no_post_of_its_own(analyse: Analyse) -> None:
    text = (
        "Решение приняла дирекция в лице директора Ольги Сомовой и главного инженера Павла Тюрина."
    )
    found = posts(analyse, text)
    assert not any(p[1] == "лицо" for p in found)
    assert any(p[0] == "Ольга Сомова" and p[1] == "директор" for p in found)
