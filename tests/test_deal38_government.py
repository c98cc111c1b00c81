"""A government told without its state's name gives money (round 38, federal news):
"Правительство выделило области 2 млрд рублей" after "правительство Чехии" was named,
"Российское правительство выделило …", a headline's "Кабмин выделит …" before the body's
"Правительство Словакии …". FactRuEval takes such a government as the giving side
(its "правительство ассигновало …" is the government named before). A bare government
with no government named near, or a plural "правительства", stays no side. Every sentence
is written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals

INVEST = "инвестиции"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the government named before by the noun and its state
        (
            "Глава правительства Чехии Ян Новак провёл заседание. "
            "Правительство выделило компании «Меридиан» 3 млрд крон.",
            {"правительство Чехии", "Меридиан"},
        ),
        # "кабмин" for the same government
        (
            "Правительство Словакии утвердило программу. "
            "Кабмин выделил компании «Татра» 40 млн евро.",
            {"Правительство Словакии", "Татра"},
        ),
        # a headline's bare noun, the government named in the body
        (
            "Правительство выделит «Арктуру» 500 млн рублей на станки\n"
            "Деньги пойдут на обновление станков.\n"
            "Правительство Армении утвердило список получателей.",
            {"Правительство Армении", "Арктур"},
        ),
    ],
)
def test_bare_government_is_named_one(analyse: Analyse, text: str, sides: set[str]) -> None:
    found = deals(analyse(text).claims)
    assert any(kind == INVEST and sides <= set(names) for names, kind in found), found


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Российское правительство выделило компании «Меридиан» 2 млрд рублей.",
         "российское правительство"),
        ("Французское правительство выделило корпорации «Арктур» 80 млн евро.",
         "французское правительство"),
    ],
)
def test_state_adjective_names_government(analyse: Analyse, text: str, side: str) -> None:
    found = deals(analyse(text).claims)
    assert any(side in names for names, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # no government named anywhere near
        "Правительство выделило компании «Меридиан» 2 млрд рублей.",
        # a plural noun stands for no one government
        "Правительства выделили компании «Меридиан» 2 млрд рублей.",
    ],
)
def test_unnamed_government_is_no_side(analyse: Analyse, text: str) -> None:
    found = deals(analyse(text).claims)
    assert not any(len(names) >= 2 for names, _ in found), found
