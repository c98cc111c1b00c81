"""Organisation names put in the nominative keep their own stem: a superlative's
dictionary entry holds two ("высший" and "высочайший"). Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import Analyse, organisation_normals


def test_a_superlative_keeps_its_stem(analyse: Analyse) -> None:
    found = organisation_normals(analyse, "Профессор Высшей школы экономики Павел Юдин выступил.")
    assert "Высшая школа экономики" in found
    found = organisation_normals(analyse, "Иск рассмотрел президиум Высшего арбитражного суда.")
    assert any(name.startswith("Высший арбитражный суд") for name in found), found


def test_ordinary_adjectives_still_go_to_the_nominative(analyse: Analyse) -> None:
    found = organisation_normals(analyse, "Спектакль показали на сцене Большого театра.")
    assert "Большой театр" in found
