"""Round 54: planned projects in federal and agency news. Organisations that will move into
a new centre move their seats (docs/notes/gold.md: a move of an institution is a project),
and a centre or a laboratory placed in a building is set up there. A centre one places
something in is only the site, and people or goods placed are no project. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, holds_kind, kinds_and_modalities_in, kinds_in


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # organisations moving into a new centre
        ("В новый технологический центр переедут 12 организаций оборонной отрасли.", "переезд"),
        ("В новое здание в Казани переедут три предприятия холдинга.", "переезд"),
        # centres and laboratories placed
        ("Центр обработки данных разместят в новом корпусе университета.", "центр"),
        ("Банк разместит новый центр обработки данных в Казани.", "центр"),
        ("Глава агентства сообщил, что в новом здании будут размещены центры связи и "
         "новые лаборатории.", "лаборатори"),
    ],
)
def test_moves_and_placed_centres_are_planned_projects(
    analyse: Analyse, text: str, kind: str
) -> None:
    assert holds_kind(kinds_and_modalities_in(analyse, text), kind, Modality.PLANNED)


@pytest.mark.parametrize(
    "text",
    [
        "Беженцев разместили в центре города.",
        "Товары разместят в новом логистическом центре.",
        "Сотрудники предприятия переехали в новую квартиру.",
        "Все заказы предприятие разместит на заводе в Туле.",
        "Компания разместила облигации на бирже.",
        # initiative47's negatives stay silent
        "Компания заинтересована в создании совместного предприятия.",
        "Страна может построить нефтепровод.",
        "В случае победы партия реализует проект нового стадиона.",
    ],
)
def test_sites_people_goods_wishes_and_conditions_stay_silent(
    analyse: Analyse, text: str
) -> None:
    assert kinds_in(analyse, text) == []
