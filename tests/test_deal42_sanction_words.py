"""Sanctions told without the word "санкции" (round 42, sanctions news): "ввёл
ограничительные меры в отношении X и Y" and "внёс X в санкционный список" are the
benchmark's fine deals, one deal for each party sanctioned (as "ФАС оштрафовала МТС,
«Мегафон» и «Вымпелком»" is three). Restrictive measures on cash, a region or a flu
season, a list only explained or possible, stay no deal. Every sentence is written for
the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals

FINE = "наложение/выплата штрафа"


def _fine_pairs(text: str, analyse: Analyse) -> set[frozenset[str]]:
    """The sides of each fine deal read from `text`."""
    return {names for names, kind in deals(analyse(text).claims) if kind == FINE}


def _has(pairs: set[frozenset[str]], sides: set[str]) -> bool:
    """Whether one deal names every side (a side's name may be longer or inflected)."""
    return any(all(any(side in name for name in names) for side in sides) for names in pairs)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # restrictive measures on two banks: one deal with each
        (
            "Канада ввела ограничительные меры в отношении Промсвязьбанка и банка «Россия».",
            [{"Канада", "Промсвязьбанк"}, {"Канада", "Россия"}],
        ),
        (
            "Австралия ввела ограничительные меры против компании «Уралхим».",
            [{"Австралия", "Уралхим"}],
        ),
        # the object first
        (
            "Ограничительные меры Австралия ввела против компаний «Уралхим» и «Акрон».",
            [{"Австралия", "Уралхим"}, {"Австралия", "Акрон"}],
        ),
        # put on a sanctions list
        (
            "Австралия внесла в санкционный список «Уралхим» и «Акрон».",
            [{"Австралия", "Уралхим"}, {"Австралия", "Акрон"}],
        ),
        (
            "Министерство финансов Австралии включило компанию «Уралхим» в санкционный список.",
            [{"Министерство финансов Австралии", "Уралхим"}],
        ),
    ],
)
def test_sanction_told_by_other_words(analyse: Analyse, text: str, parties: list[set[str]]) -> None:
    pairs = _fine_pairs(text, analyse)
    for sides in parties:
        assert _has(pairs, sides), (sides, pairs)
    assert len(pairs) == len(parties), pairs


@pytest.mark.parametrize(
    "text",
    [
        "Банк «Зенит» ввел ограничительные меры на снятие наличных.",
        "Роспотребнадзор ввел ограничительные меры в Омске из-за гриппа.",
        "Включение в санкционный список означает запрет на сделки с компанией.",
        "Австралия может внести в санкционный список «Уралхим».",
        "Австралия может ввести ограничительные меры против компании «Уралхим».",
    ],
)
def test_no_sanction_deal(analyse: Analyse, text: str) -> None:
    assert not _fine_pairs(text, analyse)
