"""Occupations, round 28: a post whose organisation is only a common noun for a kind of body
("директором школы", "главы администрации района", "директором компании" with nothing
named to resolve it) has no place rather than the kind as its place; a body a name
resolves, or one with a name or a describing word of its own, keeps its place. Sentences
written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def places_of(analyse: Analyse, text: str, person: str) -> set[str]:
    """The places of the person's posts, empty ones left out."""
    return {place for _, place in posts_of(analyse, text, person) if place}


def test_a_school_director_has_no_place_of_the_word_school(analyse: Analyse) -> None:
    text = "На открытии выставки выступила директор школы Марина Лосева."
    found = posts_of(analyse, text, "Марина Лосева")
    assert any(post == "директор" for post, _ in found)
    assert places_of(analyse, text, "Марина Лосева") == set()


def test_a_deputy_head_of_a_district_administration_has_no_place_of_the_word(
    analyse: Analyse,
) -> None:
    text = "Заместитель главы администрации района Павел Суханов проверил ремонт дорог."
    assert any(post.startswith("заместитель") for post, _ in posts_of(analyse, text, "Павел Суханов"))
    assert places_of(analyse, text, "Павел Суханов") == set()


def test_a_company_director_with_another_organisation_named_has_no_place(
    analyse: Analyse,
) -> None:
    text = "Сотрудники Сбербанка встретились с директором компании Олегом Ракитиным."
    assert places_of(analyse, text, "Олег Ракитин") == set()


def test_the_head_of_a_municipality_has_no_place_of_the_word(analyse: Analyse) -> None:
    text = "Глава муниципалитета Игорь Седов встретился с жителями."
    assert places_of(analyse, text, "Игорь Седов") == set()


def test_a_club_sporting_director_has_no_place_of_the_word_club(analyse: Analyse) -> None:
    text = "Журналисты поговорили со спортивным директором клуба Ларсом Эриксеном."
    assert places_of(analyse, text, "Ларс Эриксен") == set()


def test_a_company_named_before_still_resolves_the_noun(analyse: Analyse) -> None:
    text = "Компания «Заря» сменила руководство. Новым директором компании стал Иван Петров."
    assert any("Заря" in place for place in places_of(analyse, text, "Иван Петров"))


def test_a_named_school_keeps_its_place(analyse: Analyse) -> None:
    text = "Директор гимназии «Эрудит» Марина Лосева встретила гостей."
    assert any("Эрудит" in place for place in places_of(analyse, text, "Марина Лосева"))


def test_a_described_administration_keeps_its_place(analyse: Analyse) -> None:
    text = "Глава Октябрьского района Марина Леонова осмотрела новую школу."
    assert any("Октябрьск" in place for place in places_of(analyse, text, "Марина Леонова"))
