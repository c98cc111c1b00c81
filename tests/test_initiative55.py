"""Round 55: plans that are not yet plans. Works only weighed ("рассматривается
возможность строительства", "изучают создание", "задумались о строительстве"), a standing
offer ("предлагает партнёру создать СП") and a hope ("надеемся открыть") are intentions or
talk, not projects (docs/notes/gold.md: plans merely evaluated are not annotated). A
decision and a plan ("решено построить", "планирует открыть") stay planned projects.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, holds_kind, kinds_and_modalities_in, kinds_in


@pytest.mark.parametrize(
    "text",
    [
        # works only weighed
        "В правительстве рассматривается возможность строительства нового моста через реку.",
        "Партнёры сейчас рассматривают строительство совместного терминала в порту.",
        "Министерство изучает возможность создания нового логистического центра.",
        "Рост спроса заставил власти задуматься о строительстве второго аэропорта.",
        # a standing offer to another party
        "Казахстан предлагает Узбекистану создать совместное предприятие по выпуску удобрений.",
        "Компания предлагает городу построить новый мусороперерабатывающий завод.",
        # a hope
        "«Мы надеемся открыть в Казани не офис, а полноценный филиал», — сказал директор.",
        "Руководство холдинга надеется запустить новый завод в Тверской области.",
    ],
)
def test_weighed_offered_and_hoped_works_are_no_projects(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Правительство решило построить новый мост через реку.", "мост"),
        ("Решено построить в городе новый логистический центр.", "центр"),
        ("Компания планирует открыть филиал в Казани.", "филиал"),
        ("Холдинг планирует запустить новый завод в Тверской области.", "завод"),
        ("Министерство предложило построить новый мост через реку.", "мост"),
    ],
)
def test_decided_and_planned_works_stay_planned(analyse: Analyse, text: str, kind: str) -> None:
    assert holds_kind(kinds_and_modalities_in(analyse, text), kind, Modality.PLANNED)


def test_project_being_worked_out_stays_a_claim(analyse: Analyse) -> None:
    """A project being prepared is more than weighed: it stays a claim."""
    text = "Прорабатывается проект по созданию нового инженерного центра в Самаре."
    assert any("центр" in kind for kind in kinds_in(analyse, text))
