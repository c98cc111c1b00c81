"""Round 58: precision per reading path. Claims traced to the path that accepted them
(scripts/initiative_paths.py) over every seen batch showed two conditions of the path
"a child of the noun launches it" wrong far more often than right: a past participle
clause describing the noun ("лаборатории, созданные учёными": what exists) and a
programme named after its own work in a "по" frame ("по программе капремонта": where the
money comes from). Positives: a modifier participle still launches ("отремонтированная
больница"), a project of building something stays a claim. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, initiative_kinds_in


@pytest.mark.parametrize(
    "text",
    [
        "Магазин работает на первом этаже жилого дома, построенного в конце 1970-х.",
        "Министр выступил с докладом о нацпроектах, разработанных правительством.",
    ],
)
def test_describing_past_participle_launches_nothing(analyse: Analyse, text: str) -> None:
    assert initiative_kinds_in(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "По программе капремонта в доме на улице Ленина обновили подъезды.",
    ],
)
def test_programme_named_after_its_work_is_no_project(analyse: Analyse, text: str) -> None:
    kinds = initiative_kinds_in(analyse, text)
    assert all("программа" not in " ".join(kind) for kind in kinds)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Губернатор осмотрел отремонтированную районную больницу в Лысьве.", "больница"),
        ("Начато строительство новой школы в Ревде.", "школ"),
        ("В этом году по программе капитального ремонта отремонтировали 12 крыш.", "крыш"),
        ("Мэр осмотрел строящийся стадион на окраине города.", "стадион"),
    ],
)
def test_launched_projects_stay_claims(analyse: Analyse, text: str, word: str) -> None:
    kinds = initiative_kinds_in(analyse, text)
    assert any(word in " ".join(kind) for kind in kinds)
