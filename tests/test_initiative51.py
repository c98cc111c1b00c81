"""Round 51: initiative precision in national and international news. A launching noun
listed beside a project noun as another conjunct ("содействие разработке, производству и
экспорту", "займётся разработкой и выпуском оборудования") names one more activity of a
body, its field of work, and launches nothing. Positives: projects joined to each other,
or taken by a launching word that governs them, stay claims. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, kinds_in


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        (
            "Новая госкорпорация будет содействовать разработке, производству и экспорту "
            "станков.",
            "производство",
        ),
        (
            "Совместное предприятие займётся разработкой и выпуском медицинского "
            "оборудования.",
            "выпуск",
        ),
        (
            "Целью фонда названа поддержка разработок, производства и экспорта российской "
            "электроники.",
            "производство",
        ),
    ],
)
def test_an_activity_listed_beside_a_launching_noun_is_no_project(
    analyse: Analyse, text: str, activity: str
) -> None:
    assert not any(activity in kind for kind in kinds_in(analyse, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Туле компания «Бета» открыла новый завод и логистический центр.",
            {"завод", "логистический центр"},
        ),
        ("Компания «Гамма» начала строительство завода и склада в Калуге.", {"завод", "склад"}),
        (
            "Концерн приступил к разработке и созданию нового исследовательского центра в "
            "Казани.",
            {"исследовательский центр"},
        ),
        ("Компания «Дельта» запустила производство автобусов в Липецке.", {"производство автобусов"}),
    ],
)
def test_projects_joined_or_governed_stay_claims(
    analyse: Analyse, text: str, expected: set[str]
) -> None:
    assert set(kinds_in(analyse, text)) == expected
