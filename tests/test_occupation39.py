"""Occupations, round 39: a career told through a verb holding an office noun, in a
relative clause on the name ("X, который ранее занимал пост главы района") or in a
participle with an office noun besides "пост"/"должность" ("X, ранее занимавший позицию
директора филиала"). Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def post_words(analyse: Analyse, text: str, person: str) -> list[str]:
    """The person's posts, lower-cased."""
    return [post.lower() for post, _ in posts_of(analyse, text, person)]


def test_a_relative_clause_holding_a_post_before(analyse: Analyse) -> None:
    text = (
        "Руководителем фонда назначен Тимур Веденеев, который ранее занимал пост главы "
        "Сосновского района."
    )
    posts = posts_of(analyse, text, "Тимур Веденеев")
    assert any("глав" in post.lower() for post, _ in posts)
    assert any("Сосновск" in place for post, place in posts if "глав" in post.lower())


def test_a_relative_clause_holding_an_office_noun_of_the_feminine(analyse: Analyse) -> None:
    text = (
        "Директором колледжа стала Нина Жарова, которая до этого занимала должность "
        "заместителя министра образования Пензенской области."
    )
    assert any("заместител" in post for post in post_words(analyse, text, "Нина Жарова"))


def test_a_participle_holding_a_position_noun(analyse: Analyse) -> None:
    text = (
        "Коммерческим директором назначен Олег Дымов, ранее занимавший позицию директора "
        "филиала в Омской области."
    )
    assert any(post.startswith("директор") for post in post_words(analyse, text, "Олег Дымов"))


def test_a_relative_clause_holding_a_place_in_a_race_is_no_post(analyse: Analyse) -> None:
    text = "Пост мэра занял Тимур Веденеев, который занимал второе место на выборах."
    assert all("мест" not in post for post in post_words(analyse, text, "Тимур Веденеев"))


def test_a_participle_of_being_in_a_city_is_no_post(analyse: Analyse) -> None:
    text = "Гостей встретил Олег Дымов, находившийся тогда в Омске."
    assert post_words(analyse, text, "Олег Дымов") == []


def test_a_post_held_before_under_a_clause_looking_ahead_is_a_fact(analyse: Analyse) -> None:
    text = (
        "Обязанности директора будет исполнять Нина Жарова, которая до недавнего времени "
        "занимала должность помощника прокурора Пензы."
    )
    claims = [
        claim for claim in analyse(text).claims
        if claim.type == "occupation" and "Жаров" in (claim.values("who") or [""])[0]
        and "помощник" in (claim.values("position") or [""])[0]
    ]  # fmt: skip
    assert claims and all(claim.modality.value == "fact" for claim in claims)
