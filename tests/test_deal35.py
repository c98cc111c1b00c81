"""A ruling that carries the deal, seen across round 35's seen batches: the body that
makes the ruling is the one who fines ("Комиссия приняла решение наложить штраф на X",
"вынесла постановление о наложении штрафа на X"); the ruling noun stands between the body
and the fine, so the fine's own clause has no subject. A ruling upheld or quashed by
someone else, a fine only provided for by a law, and a fine's size in general stay
silent. FactRuEval annotates such a fine as `наложение/выплата штрафа`. Every sentence is
written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals

FINE = "наложение/выплата штрафа"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a decision made, the fine in its infinitive
        (
            "Еврокомиссия приняла решение наложить штраф в размере 2 млрд евро на "
            "компанию «Альфа».",
            {"Еврокомиссия", "Альфа"},
        ),
        # a resolution issued, the fine under a noun of imposing
        (
            "Служба «Надзор» вынесла постановление о наложении штрафа на компанию «Альфа».",
            {"Надзор", "Альфа"},
        ),
        # the same with a place before the body
        (
            "В Омске инспекция «Жилконтроль» вынесла постановление о наложении штрафа на "
            "фирму «Домсервис».",
            {"Жилконтроль", "Домсервис"},
        ),
    ],
)
def test_the_ruling_body_fines(analyse: Analyse, text: str, sides: set[str]) -> None:
    assert (frozenset(sides), FINE) in deals(analyse(text).claims)


@pytest.mark.parametrize(
    "text",
    [
        # a ruling quashed by a court: the court is no fining side
        "Суд отменил решение службы «Надзор» о наложении штрафа на компанию «Альфа».",
        # a fine only provided for by a law's text
        "Закон «О рекламе» предусматривает штраф для компаний, нарушивших его требования.",
        # a fine's size in general
        "Штраф для компаний составляет до 5000 рублей.",
        # a ruling that ends a contract imposes nothing
        "Руководство клуба «Триумф» приняло решение расторгнуть контракт с игроком Иваном "
        "Петровым.",
        # a ruling made about something else than a deal
        "Служба «Надзор» приняла решение провести проверку компании «Альфа».",
    ],
)
def test_no_fine_told(analyse: Analyse, text: str) -> None:
    found = deals(analyse(text).claims)
    assert not any(kind == FINE and len(sides) > 1 for sides, kind in found), found
