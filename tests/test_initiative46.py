"""Round 46: municipal works in regional news. A list of parts renewed together is folded
into an earlier item only when that item makes a claim itself; a block's yard or a public
space improved is a work ("благоустройство дворовой территории", "благоустраивают
территорию у школы"); equipment installed is a fitted thing ("установлено новое
оборудование"). Negatives: equipment bought or received, a territory left or closed, an
administration's standing care for its territory. Short reports written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, holds_kind, kinds_and_modalities_in, kinds_in


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # a list whose first item is no part alone: the next item tells the work
        (
            "В амбулатории подрядчик полностью заменил инженерные системы, двери и окна.",
            "двери",
            Modality.FACT,
        ),
        # a yard or a public space improved
        (
            "В Северном микрорайоне провели комплексное благоустройство дворовой территории.",
            "дворов",
            Modality.FACT,
        ),
        (
            "Следующим летом будут благоустроены две дворовые территории на Полевой улице.",
            "территор",
            Modality.PLANNED,
        ),
        (
            "За три года в посёлке обновили 40 дворовых территорий.",
            "территор",
            Modality.FACT,
        ),
        (
            "Подрядчик благоустраивает территорию у новой школы.",
            "территор",
            Modality.FACT,
        ),
        # equipment installed
        (
            "В пекарне комбината установлено новое технологическое оборудование.",
            "оборудование",
            Modality.FACT,
        ),
        (
            "Осенью в котельной смонтируют новое оборудование.",
            "оборудование",
            Modality.PLANNED,
        ),
    ],
)
def test_municipal_work(analyse: Analyse, text: str, kind: str, modality: Modality) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, kind, modality), found


def test_a_list_after_a_claimed_item_stays_one_work(analyse: Analyse) -> None:
    """ "заменили двери, радиаторы и пол": the first item claims, the rest fold into it."""
    kinds = kinds_in(analyse, "В школе искусств заменили двери, радиаторы и пол.")
    assert len(kinds) == 1 and "двери" in kinds[0], kinds


def test_a_list_after_an_unclaimed_item_is_one_work(analyse: Analyse) -> None:
    """ "заменил инженерные системы, двери и окна": "двери" tells it, "окна" folds in."""
    kinds = kinds_in(
        analyse, "В амбулатории подрядчик полностью заменил инженерные системы, двери и окна."
    )
    assert len(kinds) == 1, kinds


@pytest.mark.parametrize(
    "text",
    [
        # equipment bought, received or delivered is supply
        "Районная больница закупила новое оборудование.",
        "Гимназия получила современное оборудование для кабинета физики.",
        # a territory left, closed or cared for in general
        "Территория сквера закрыта для посещения до понедельника.",
        "Весной заботы по благоустройству территории становятся главными для сельских администраций.",
        "Жители провели субботник по благоустройству территории вокруг клуба.",
        # a programme's topic is told by the programme
        "Управа готовит программу по благоустройству дворовых территорий.",
    ],
)
def test_silent(analyse: Analyse, text: str) -> None:
    assert not [k for k in kinds_in(analyse, text) if "террит" in k or "оборудов" in k], kinds_in(
        analyse, text
    )
