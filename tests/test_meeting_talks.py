"""A talk ("беседа", "разговор", "интервью") with one side and nobody named beside it is
the report's interview or a speech, not a meeting of sides; a talk with someone still is.
Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, claims_of


def _participants(analyse: Analyse, text: str) -> list[list[str]]:
    return [claim.values("participants") for claim in claims_of(analyse(text), "meeting")]


@pytest.mark.parametrize(
    "text",
    [
        "Иванов завершил беседу словами благодарности читателям.",
        "Марк закончил разговор рассуждением о будущем профессии.",
    ],
)
def test_a_talk_with_one_side_alone_is_no_meeting(analyse: Analyse, text: str) -> None:
    assert _participants(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Путин провел беседу с Эрдоганом.", ["Путин", "Эрдоган"]),
        ("Путин и Эрдоган провели беседу по телефону.", ["Путин", "Эрдоган"]),
        ("Беседа с Марком Ивановым продолжалась два часа.", ["Марк Иванов"]),
    ],
)
def test_a_talk_with_someone_is_still_a_meeting(
    analyse: Analyse, text: str, sides: list[str]
) -> None:
    assert _participants(analyse, text) == [sides]
