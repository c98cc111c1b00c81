"""Names that open a text: the NER model alone misses many of them (the lead-in of
nlp/slovnet_models.py); sentences written for this test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Эрдоган встретился с Путиным в Сочи.", "Эрдоган"),
        ("Джо Байден провёл переговоры с канцлером Германии.", "Джо Байден"),
        ("Антониу Гутерреш призвал стороны к перемирию.", "Антониу Гутерреш"),
        ("Си Цзиньпин прилетел в Москву с визитом.", "Си Цзиньпин"),
    ],
)
def test_a_person_opening_the_text_is_found(analyse: Analyse, text: str, name: str) -> None:
    people = {entity.name for entity in analyse(text).entities if entity.type == "PER"}
    assert name in people


def test_a_meeting_opening_the_text_has_both_sides(analyse: Analyse) -> None:
    claims = analyse("Эрдоган встретился с Путиным в Сочи.").claims
    (meeting,) = [claim for claim in claims if claim.type == "meeting"]
    assert set(meeting.values("participants")) == {"Эрдоган", "Путин"}


def test_the_lead_in_leaves_no_mention_of_its_own(analyse: Analyse) -> None:
    found = analyse("Газпром увеличил добычу газа.")
    assert [(m.text, m.start) for m in found.mentions] == [("Газпром", 0)]
