"""Round 38 of meetings, from real Russian reports (not kept in the repository): a meeting
that is only announced, scheduled or expected ("анонсировал встречу", "запланирована
встреча", "ожидаются переговоры", "анонсировал проведение встречи") is still ahead, not
held; a meeting that went longer than scheduled, one that went "как и ожидалось", or an
announced one that took place was held. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, meetings_at

AHEAD = [
    "Пресс-секретарь губернатора анонсировал встречу Ивана Петрова и Олега Смирнова.",
    "На 20 июня запланирована встреча министра Андрея Козина с послом Франции Пьером Дюраном.",
    "Ожидаются переговоры Андрея Козина и Пьера Дюрана.",
    "Глава ведомства Андрей Козин анонсировал проведение рабочей встречи с министром "
    "финансов Петром Ивановым.",
    "Встреча Андрея Козина и Пьера Дюрана намечена на пятницу.",
    "Переговоры Андрея Козина и Пьера Дюрана планируются на осень.",
]

HELD = [
    "Переговоры Андрея Козина и Пьера Дюрана продлились дольше запланированного.",
    "Как и ожидалось, встреча Андрея Козина и Пьера Дюрана прошла в Париже.",
    "Анонсированная ранее встреча Андрея Козина и Пьера Дюрана состоялась во вторник.",
]


@pytest.mark.parametrize("text", AHEAD)
def test_an_announced_or_scheduled_meeting_is_ahead(analyse: Analyse, text: str) -> None:
    found = meetings_at(analyse, text, text[:12])
    assert found and all(modality == "planned" for _, modality in found)


@pytest.mark.parametrize("text", HELD)
def test_a_meeting_beside_a_word_of_scheduling_was_held(analyse: Analyse, text: str) -> None:
    found = meetings_at(analyse, text, text[:12])
    assert found and all(modality == "fact" for _, modality in found)
