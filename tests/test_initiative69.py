"""initiative69: a class determiner ("такой", "подобный") drops a project only where it
names a class before the noun ("такие центры нужны"). A counted noun ("ещё пять таких
пекарен") is that many new projects, and a determiner after the noun ("завод – такой,
каких …") describes the one project. Negatives: uncounted classes, "every" and a launch only
made possible stay silent. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, kinds_and_modalities_in


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("Сеть откроет в Твери ещё пять таких пекарен.", "пекарн", Modality.PLANNED),
        ("Мэрия намерена построить два таких катка в этом году.", "каток", Modality.PLANNED),
        ("Губернатор пообещал, что в области будет построен новый комбинат – такой, "
         "какого в регионе ещё не было.", "комбинат", Modality.PLANNED),
    ],
)  # fmt: skip
def test_counted_or_described_project(
    analyse: Analyse, text: str, word: str, modality: Modality
) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert any(word in kind and found_modality == modality for kind, found_modality in found)


@pytest.mark.parametrize(
    "text",
    [
        "Такие центры нужно открывать в каждом районе.",
        "Подобные фермы строят во многих странах.",
        "Каждый новый магазин сети открывается по одному проекту.",
        "Эти деньги позволят построить подобные пекарни и в других городах.",
    ],
)
def test_class_of_projects_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_and_modalities_in(analyse, text) == []
