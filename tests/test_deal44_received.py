"""The recipient told as the subject of a verb of receiving (round 44): money received
from a named giver is a deal of the two ("X получит от Y 3 млрд долларов"), and a loan
noun counted in an amount or a portion hangs on the verb ("X получит $20 млн кредита от
Y", "X получила первую порцию кредита Y"). Guards: an offer, a refusal or letters
received are no money; a sum with no giver names one side; a receipt only possible or
denied keeps its modality; the proceeds of a sale are no giver. Every sentence is written
for the test."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, one_deal_names
from tests.conftest import deal_sides as deals


def _sides(text: str, analyse: Analyse) -> set[frozenset[str]]:
    """The sides of each deal read from `text`."""
    return {names for names, _ in deals(analyse(text).claims)}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # money with no deal word, from a named giver
        ("Молдавия получит от Азиатского банка развития 2 миллиарда долларов.",
         {"Молдави", "Азиатск"}),
        ("Компания «Северлес» получила от фонда «Прогресс» 300 млн рублей.",
         {"Северлес", "Прогресс"}),
        # a loan noun counted in an amount or a portion
        ("«Южтранс» получит $15 млн кредита от Газпромбанка.", {"Южтранс", "Газпромбанк"}),
        ("Молдавия получила вторую порцию кредита ЕБРР.", {"Молдави", "ЕБРР"}),
        ("Завод «Северлес» получил 40 млн кредита от Сбербанка.", {"Северлес", "Сбербанк"}),
    ],
)
def test_recipient_and_giver(analyse: Analyse, text: str, sides: set[str]) -> None:
    found = _sides(text, analyse)
    assert one_deal_names(found, sides), found
    assert len(found) == 1, found


def test_loan_word_near_makes_a_loan(analyse: Analyse) -> None:
    found = deals(
        analyse(
            "Молдавия получит от Азиатского банка развития 2 миллиарда долларов. "
            "Кредит выдан на 20 лет."
        ).claims
    )
    assert any(kind == "займ/возвращение займа" and len(names) == 2 for names, kind in found), found


@pytest.mark.parametrize(
    "text",
    [
        # no money received: an offer, a refusal, letters
        "Компания «Северлес» получила от банка «Прогресс» предложение о слиянии.",
        "Просьба о прокладке трубы получила от Молдавии отказ.",
        "Компания «Северлес» получила письма поддержки от профсоюза «Единство».",
        # a sum with no giver
        "Акционеры «Северлеса» получат $30 за каждую акцию.",
        # a loan only asked for
        "«Южтранс» попросил у правительства 2 млрд рублей.",
    ],
)
def test_no_money_from_a_giver(analyse: Analyse, text: str) -> None:
    found = _sides(text, analyse)
    assert not any(len(names) == 2 for names in found), found


def test_proceeds_of_a_sale_are_no_giver(analyse: Analyse) -> None:
    """The sale noun tells its own deal; the receipt adds no funding beside it."""
    found = deals(
        analyse("Компания «Северлес» получила от продажи акций «Южтранса» 500 млн рублей.").claims
    )
    assert found and all(kind == "купля/продажа" for _, kind in found), found


def test_denied_receipt_is_negated(analyse: Analyse) -> None:
    claims = [
        c for c in analyse("«Южтранс» не получил от Газпромбанка 40 млн рублей.").claims
        if c.type == "deal"
    ]
    assert claims and all(c.modality is Modality.NEGATED for c in claims), claims


def test_possible_receipt_is_no_fact(analyse: Analyse) -> None:
    claims = [
        c for c in analyse("«Южтранс» может получить от Газпромбанка 40 млн рублей.").claims
        if c.type == "deal"
    ]
    assert all(c.modality is not Modality.FACT for c in claims), claims
