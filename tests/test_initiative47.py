"""Round 47: wishes, hypotheses and conditions told next to plans in national and
international news. A state "заинтересована в создании" a venture, a corporation confirms
"готовность к созданию", a country "может построить" a pipeline, a group "в случае победы
реализует проект" or builds "если инвестор найдётся": none is a plan the gold annotates.
Positives: the same launching words told as plans, and "в любом случае", which sets no
condition. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, kinds_in


@pytest.mark.parametrize(
    "text",
    [
        # a wish
        "Казахстан заинтересован в создании совместного предприятия с корейским "
        "автоконцерном.",
        "Литва выразила заинтересованность в строительстве нового морского терминала.",
        # readiness as a noun
        "Концерн подтвердил готовность к созданию совместного предприятия в Минске.",
        # a hypothesis
        "Монголия может построить газопровод до китайской границы.",
        "Холдинг может открыть новый завод в Поволжье.",
        # a condition
        "В случае победы в конкурсе школа реализует проект теплицы.",
        "Если инвестор найдётся, область построит мусороперерабатывающий завод.",
    ],
)
def test_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Казахстан создаст совместное предприятие с корейским автоконцерном.", "предприятие"),
        ("Литва начала строительство нового морского терминала.", "терминал"),
        ("Монголия построит газопровод до китайской границы.", "газопровод"),
        ("Холдинг откроет новый завод в Поволжье.", "завод"),
        ("В любом случае область построит мусороперерабатывающий завод.", "завод"),
        ("Школа реализует проект теплицы.", "проект"),
    ],
)
def test_plans_stay_claims(analyse: Analyse, text: str, kind: str) -> None:
    assert any(kind in found for found in kinds_in(analyse, text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # flights performed from a start on: a service launched
        ("Авиакомпания начала выполнять регулярные рейсы из Самары в Душанбе.", "рейсы"),
        ("С мая перевозчик начнёт осуществлять прямые полёты в Ереван.", "полёты"),
    ],
)
def test_flights_started(analyse: Analyse, text: str, kind: str) -> None:
    assert any(kind in found for found in kinds_in(analyse, text))


def test_flights_performed_alone_stay_silent(analyse: Analyse) -> None:
    # the service running, no start told
    assert kinds_in(analyse, "Авиакомпания выполняет регулярные рейсы из Самары в Душанбе.") == []
