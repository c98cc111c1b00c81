"""Round 39 of meetings, from real Russian reports (not kept in the repository): a meeting
told only as a purpose ("прибыл для переговоров с Y", "согласовано время для беседы X и
Y", "пригласил для разговора", "для проведения переговоров") is still ahead when told; a
report that goes on to tell the talks held keeps that held meeting, and a meeting verb
with a purpose ("встретились для переговоров") was held. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, meetings_at

AHEAD = [
    "Премьер Италии Марко Ренци во вторник прилетел в Варшаву для переговоров с "
    "президентом Польши Анджеем Кравчиком.",
    "Согласованы дата и повестка для встречи Ивана Сомова и Петра Гладкова.",
    "Глава МИД Норвегии Ула Свенсен попросил о возможности приехать в Баку для проведения "
    "переговоров с Ильей Бекетовым.",
]

HELD = [
    "Премьер Италии Марко Ренци и президент Польши Анджей Кравчик встретились для "
    "переговоров в Варшаве.",
    "Переговоры Марко Ренци и Анджея Кравчика прошли во вторник в Варшаве.",
]


@pytest.mark.parametrize("text", AHEAD)
def test_a_meeting_told_as_a_purpose_is_ahead(analyse: Analyse, text: str) -> None:
    found = meetings_at(analyse, text, text[:12])
    assert found and all(modality == "planned" for _, modality in found)


@pytest.mark.parametrize("text", HELD)
def test_a_held_meeting_beside_a_purpose_stays_held(analyse: Analyse, text: str) -> None:
    found = meetings_at(analyse, text, text[:12])
    assert found and all(modality == "fact" for _, modality in found)


def test_the_report_goes_on_to_tell_the_talks_held(analyse: Analyse) -> None:
    text = (
        "Премьер Италии Марко Ренци прилетел в Варшаву для переговоров с президентом Польши "
        "Анджеем Кравчиком. Переговоры Ренци и Кравчика продлились три часа."
    )
    arrival = meetings_at(analyse, text, "Премьер Италии")
    held = meetings_at(analyse, text, "Переговоры Ренци")
    assert arrival and all(modality == "planned" for _, modality in arrival)
    assert held and all(modality == "fact" for _, modality in held)
