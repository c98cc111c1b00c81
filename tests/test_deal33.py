"""Fine classes seen across round 33's batches: a fine told with no doer ("X
оштрафовали на …", "на X наложен штраф") whose fining body is named as the one who
reports it, in the same sentence ("Управление X сообщает, что …", "Как сообщили в
пресс-службе X, …") or in the next one pointing back ("Об этом сообщили в пресс-службе
X"). FactRuEval annotates a fine between the fining side and the fined. Every sentence
is written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals

FINE = "наложение/выплата штрафа"


@pytest.mark.parametrize(
    ("text", "fined", "body"),
    [
        # the body reports the fine in the next sentence, pointing back at it
        (
            "Компанию «Вектор» оштрафовали на 500 тыс. рублей за завышение цен. Об этом "
            "сообщили в пресс-службе Омского УФАС.",
            "Вектор",
            "Омское УФАС",
        ),
        # the body tells the fine in a clause of its own
        (
            "Управление Роспотребнадзора по Омской области сообщает, что магазин «Ласточка» "
            "оштрафован на 30 тыс. рублей.",
            "Ласточка",
            "Управление Роспотребнадзора",
        ),
        # a hearsay clause names the court
        (
            "Как сообщили в пресс-службе Таганского районного суда, мессенджер Viber "
            "оштрафован на 2 млн рублей.",
            "Viber",
            "Таганский районный суд",
        ),
        # a regulator named in the genitive after its press office
        (
            "Завод «Сибмаш» оштрафовали на 200 тыс. рублей за загрязнение реки. Об этом "
            "сообщили в пресс-службе Росприроднадзора.",
            "Сибмаш",
            "Росприроднадзор",
        ),
        # a fine noun laid on the fined, the body reporting it next
        (
            "На компанию «Вектор» наложен штраф в размере 100 тыс. рублей. Об этом "
            "сообщили в пресс-службе Омского УФАС.",
            "Вектор",
            "Омское УФАС",
        ),
    ],
)
def test_a_fine_takes_the_body_that_reports_it(
    analyse: Analyse, text: str, fined: str, body: str
) -> None:
    found = deals(analyse(text).claims)
    assert any(
        kind == FINE and fined in sides and any(side.startswith(body) for side in sides)
        for sides, kind in found
    ), found


def test_a_fine_noun_laid_on_the_fined_is_a_fine_of_the_fined(analyse: Analyse) -> None:
    assert (frozenset({"Открытие"}), FINE) in deals(
        analyse("На банк «Открытие» наложен штраф в размере 100 тыс. рублей.").claims
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news agency telling the fine is no fining body
        (
            "Компанию «Вектор» оштрафовали на 500 тыс. рублей. Об этом сообщает ИТАР-ТАСС.",
            {(frozenset({"Вектор"}), FINE)},
        ),
        # a body named next, but not telling the fine
        (
            "Компанию «Вектор» оштрафовали на 500 тыс. рублей. Омское УФАС проверит и "
            "другие компании.",
            {(frozenset({"Вектор"}), FINE)},
        ),
        # the one who fines is named: the teller adds no side
        (
            "Омское УФАС оштрафовало компанию «Вектор» на 100 тыс. рублей. Об этом сообщает "
            "Роспотребнадзор.",
            {(frozenset({"Омское УФАС", "Вектор"}), FINE)},
        ),
        # a fine only threatened by a law's text
        (
            "По закону на компанию «Вектор» может быть наложен штраф до 5000 рублей, "
            "сообщили в пресс-службе Омского УФАС.",
            set(),
        ),
        # a fine told in general
        (
            "Штраф для компаний составляет до 5000 рублей, сообщили в пресс-службе Омского "
            "УФАС.",
            set(),
        ),
    ],
)
def test_no_fining_body_beyond_the_report(
    analyse: Analyse, text: str, expected: set[tuple[frozenset[str], str]]
) -> None:
    assert deals(analyse(text).claims) == expected
