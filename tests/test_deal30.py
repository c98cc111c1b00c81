"""Deal classes seen across round 30's batches: loans to a district or municipality whose
side is a bare noun or is dropped. A district noun ("району", "муниципалитету", "бюджету
района") stands for the district named before; a name right before another is a side of
its own when both are complements of the deal word in different roles ("предоставит
администрации района банк …"). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals

LOAN = "займ/возвращение займа"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare municipality noun stands for the district named before
        (
            "Администрация Курского района объявила аукцион на кредит. Банк «Восход» выдаст "
            "муниципалитету кредит в 20 млн рублей.",
            frozenset({"Восход", "Курский район"}),
        ),
        # a bare district noun, the same
        (
            "Дефицит бюджета Лесного района вырос. Банк «Заря» предоставил району кредит "
            "на 15 млн рублей.",
            frozenset({"Заря", "Лесной район"}),
        ),
        # whom it is given to, right before who gives: two sides
        (
            "Десять миллионов рублей предоставит администрации Ковровского района Курское "
            "отделение Сбербанка. Кредит выдан на год.",
            frozenset({"администрация Ковровского района", "Курское отделение Сбербанка"}),
        ),
    ],
)
def test_a_loan_to_a_district_names_the_district(
    analyse: Analyse, text: str, expected: frozenset[str]
) -> None:
    assert (expected, LOAN) in deals(analyse(text).claims)


@pytest.mark.parametrize(
    "text",
    [
        # a district noun with no district named before: no side
        "Банк «Восход» выдаст муниципалитету кредит в 20 млн рублей.",
        # a region named before is no district
        "Тверская область объявила аукцион. Банк «Заря» предоставил району кредит на 15 млн "
        "рублей.",
    ],
)
def test_a_district_noun_with_no_district_named_is_no_side(analyse: Analyse, text: str) -> None:
    assert not any(
        len(sides) == 2 for sides, kind in deals(analyse(text).claims) if kind == LOAN
    )


def test_a_descriptor_before_a_name_stays_one_side(analyse: Analyse) -> None:
    """ "Арабский фонд Mubadala": a name describing the next one is no side of its own."""
    found = deals(analyse("Арабский фонд Mubadala купил у компании «Заря» 10% акций.").claims)
    assert all("Арабский фонд" not in sides for sides, _ in found)
