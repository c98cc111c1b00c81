"""Round 53: announcements of projects, precision. A report takes its project up again in
a later sentence by a word pointing back ("его", "объект") to tell the works under way on
what was planned ("пообещал создать парк … работы по его созданию ведутся"): one project,
not two. A programme carried out now ("реализуется программа") or
named as the source of money ("выделенные по госпрограмме") is not launched. Negatives:
two plants of one report described apart stay two; a programme launched stays a claim.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, kinds_in


def _initiatives(analyse: Analyse, text: str) -> int:
    return sum(1 for claim in analyse(text).claims if claim.type == "initiative")


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun telling the works under way on a planned park
        "Мэр Тихвина пообещал создать новый парк у реки. В мэрии говорят, что работы по "
        "его созданию уже ведутся.",
        # the same with "объект"
        "Губернатор пообещал построить в Вологде новый бассейн. Как сообщили в "
        "правительстве, работы на объекте уже ведутся.",
    ],
)
def test_stage_told_again_is_one_project(analyse: Analyse, text: str) -> None:
    assert _initiatives(analyse, text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "В области реализуется программа поддержки сельских учителей.",
        "На средства, выделенные по госпрограмме развития села, в клубе заменят окна.",
    ],
)
def test_programme_not_launched_is_silent(analyse: Analyse, text: str) -> None:
    assert not any("программ" in kind for kind in kinds_in(analyse, text))


def test_two_plants_described_apart_stay_two(analyse: Analyse) -> None:
    text = (
        "В марте компания «Северный берег» открыла завод по выпуску плитки в Вологде. "
        "Второй завод компания построит в Череповце к 2028 году."
    )
    assert _initiatives(analyse, text) == 2


def test_programme_launched_is_read(analyse: Analyse) -> None:
    kinds = kinds_in(
        analyse, "Правительство области запустит программу поддержки сельских учителей."
    )
    assert any("программ" in kind for kind in kinds)


def test_repair_from_programme_money_is_read(analyse: Analyse) -> None:
    kinds = kinds_in(
        analyse, "На средства, выделенные по госпрограмме развития села, в клубе заменят окна."
    )
    assert any("окн" in kind for kind in kinds)
