"""A phrase counted by "два", "три", "четыре" pairs a singular noun with plural adjectives
("три новых детских сада"); its nominative is one of a kind: "детский сад"."""

from __future__ import annotations

from tests.conftest import Analyse, kinds_in


def test_adjectives_after_a_small_numeral_take_the_noun_s_number(analyse: Analyse) -> None:
    kinds = kinds_in(analyse, "В области до конца года появятся три новых детских сада.\n")
    assert kinds == ["детский сад"]


def test_plural_phrase_stays_plural(analyse: Analyse) -> None:
    kinds = kinds_in(analyse, "В Казани построят пять новых спортивных комплексов.\n")
    assert kinds == ["спортивные комплексы"]


def test_singular_phrase_unchanged(analyse: Analyse) -> None:
    kinds = kinds_in(analyse, "В Самаре открыли новый детский сад.\n")
    assert kinds == ["детский сад"]
