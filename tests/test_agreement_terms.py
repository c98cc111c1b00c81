"""How long a signed document runs ("сроком на пять лет") — on sentences written for
these tests."""

from __future__ import annotations

from tests.conftest import Analyse


def terms(text: str, analyse: Analyse) -> list[list[str]]:
    return [
        claim.values("valid_for") for claim in analyse(text).claims if claim.type == "agreement"
    ]


def test_a_term_in_words_is_read(analyse: Analyse) -> None:
    found = terms("Мэрия и «Ростелеком» подписали договор аренды сроком на пять лет.", analyse)
    assert found == [["пять лет"]]


def test_a_term_in_digits_is_read(analyse: Analyse) -> None:
    found = terms("Стороны заключили контракт сроком на 18 месяцев.", analyse)
    assert found == [["18 месяцев"]]


def test_a_deadline_is_not_a_term(analyse: Analyse) -> None:
    found = terms("Стороны подписали соглашение в срок до конца марта.", analyse)
    assert found == [[]]
