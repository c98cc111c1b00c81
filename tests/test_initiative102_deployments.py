"""initiative102: a military base a state stations ("страна разместит военную базу",
"развернут авиабазу") and forward detachments deployed ("начнётся дислокация передовых
отрядов") are projects planned; a store placed at a former base, a database or a
volunteers' team sent launch nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_of, kinds_and_modalities_in, kinds_in


def test_military_base_stationed(analyse: Analyse) -> None:
    text = "Франция намерена разместить новую военную базу в Джибути."
    ((kind, modality),) = kinds_and_modalities_in(analyse, text)
    assert "база" in kind.split()
    assert modality == Modality.PLANNED
    (claim,) = initiatives_of(analyse(text))
    assert any("Франция" in value for value in claim.values("organisations"))


def test_air_base_deployed(analyse: Analyse) -> None:
    ((kind, modality),) = kinds_and_modalities_in(
        analyse, "Альянс развернёт авиабазу на севере страны."
    )
    assert "авиабаза" in kind.split()
    assert modality == Modality.PLANNED


def test_forward_detachments_deployed(analyse: Analyse) -> None:
    text = "Весной начнётся дислокация передовых отрядов альянса в Румынии."
    ((kind, modality),) = kinds_and_modalities_in(analyse, text)
    assert kind.split()[0] == "дислокация"
    assert modality == Modality.PLANNED


@pytest.mark.parametrize(
    "text",
    [
        "Склад разместят на территории бывшей военной базы.",
        "Компания разместила базу данных на своих серверах.",
        "Отряд волонтёров направили в район наводнения.",
        "Торговую базу разместят на окраине города.",
    ],
)
def test_no_base_stationed(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []
