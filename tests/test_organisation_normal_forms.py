"""Organisation names put in the nominative keep their own stem: a superlative's
dictionary entry holds two ("высший" and "высочайший"). Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import Analyse


def _organisations(analyse: Analyse, text: str) -> set[str]:
    return {mention.normal for mention in analyse(text).mentions if mention.type == "ORG"}


def test_a_superlative_keeps_its_stem(analyse: Analyse) -> None:
    found = _organisations(analyse, "Профессор Высшей школы экономики Павел Юдин выступил.")
    assert "Высшая школа экономики" in found
    found = _organisations(analyse, "Иск рассмотрел президиум Высшего арбитражного суда.")
    assert any(name.startswith("Высший арбитражный суд") for name in found), found


def test_ordinary_adjectives_still_go_to_the_nominative(analyse: Analyse) -> None:
    found = _organisations(analyse, "Спектакль показали на сцене Большого театра.")
    assert "Большой театр" in found
