"""initiative72: a zone is a project when its kind is told by the purpose it serves ("зона
отдыха", "зона для отдыха и спорта") or by an adjective of its kind, also as the last part
of a compound ("спортивно-парковая зона") or "жилая". Negatives: zones of no purpose
listed, a zone that is only the place of something else, a zone asked for, and an opening
told only as a time for something else stay silent. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, kinds_and_modalities_in


@pytest.mark.parametrize(
    ("text", "words", "modality"),
    [
        ("На берегу пруда в прошлом году была создана спортивно-парковая зона.",
         "спортивно-парковая зона", Modality.FACT),
        ("Администрация района приступила к созданию зоны отдыха у реки.",
         "зона отдыха", Modality.FACT),
        ("Во дворе школы создадут зону для отдыха и спорта.", "зона", Modality.PLANNED),
        ("Застройщик начал создание новой жилой зоны на окраине города.",
         "жилая зона", Modality.FACT),
        ("Летом в посёлке откроют зону досуга для подростков.", "зона досуга", Modality.PLANNED),
    ],
)  # fmt: skip
def test_zone_of_a_kind_is_a_project(
    analyse: Analyse, text: str, words: str, modality: Modality
) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert (words, modality) in found


@pytest.mark.parametrize(
    "text",
    [
        "Власти определили зону ответственности каждой службы.",
        "Спасатели создали зону оцепления вокруг дома.",
        "В зоне отдыха у озера в субботу прошел концерт.",
        "После открытия зоны отдыха жители стали чаще гулять у реки.",
        "Жители попросили создать зону отдыха во дворе.",
        "Зоны отдыха нужно создавать в каждом дворе.",
    ],
)
def test_zone_of_no_project_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_and_modalities_in(analyse, text) == []
