"""Occupations, round 33: a head's post before a ministry named by its short name alone
("глава МИД X", "замглавы МИД X", "главы Минфина X") is held at that ministry, as the
benchmark annotates ("глава" at "японский МИД"); a ministry whose name says the country
("глава МИД Киргизии") is still the country's minister. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation28 import places_of
from tests.test_occupation_forms2 import posts_of


def post_words(analyse: Analyse, text: str, person: str) -> set[str]:
    """The posts alone of the person's occupations."""
    return {post for post, _ in posts_of(analyse, text, person)}


def test_a_head_of_the_foreign_ministry_is_held_at_the_ministry(analyse: Analyse) -> None:
    text = "На встрече выступил глава МИД Артур Ковалев, рассказав о визите в Пекин."
    assert any("МИД" in place for place in places_of(analyse, text, "Артур Ковалев"))


def test_a_deputy_head_of_the_foreign_ministry_is_held_at_the_ministry(
    analyse: Analyse,
) -> None:
    text = "Переговоры продолжатся весной, сообщил замглавы МИД Олег Яценко."
    assert any("МИД" in place for place in places_of(analyse, text, "Олег Яценко"))


def test_a_head_of_the_finance_ministry_is_held_at_the_ministry(analyse: Analyse) -> None:
    text = "По словам главы Минфина Марины Гридневой, долг страны не вырастет."
    assert any("Минфин" in place for place in places_of(analyse, text, "Марина Гриднева"))


def test_the_post_keeps_the_head_word(analyse: Analyse) -> None:
    text = "На встрече выступил глава МИД Артур Ковалев, рассказав о визите в Пекин."
    assert any(post.startswith("глав") for post in post_words(analyse, text, "Артур Ковалев"))


def test_a_ministry_with_its_country_gives_the_countrys_minister(analyse: Analyse) -> None:
    text = "Глава МИД Армении Гурген Саакян прибыл в Москву с визитом."
    assert "министр иностранных дел" in post_words(analyse, text, "Гурген Саакян")
    assert any("Армени" in place for place in places_of(analyse, text, "Гурген Саакян"))


def test_a_spelled_out_post_takes_no_ministry(analyse: Analyse) -> None:
    text = "Министр иностранных дел Гурген Саакян прибыл в Москву с визитом."
    assert not any("МИД" in place for place in places_of(analyse, text, "Гурген Саакян"))


def test_a_head_of_a_body_not_a_ministry_is_unchanged(analyse: Analyse) -> None:
    text = "Глава правительства Израиля Ицхак Навон заявил о новых мерах."
    assert "министр иностранных дел" not in post_words(analyse, text, "Ицхак Навон")
