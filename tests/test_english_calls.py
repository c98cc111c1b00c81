"""English phone talks ("spoke by phone with Y", "X phoned Y", "X called Y") are meetings
of the two; "spoke to reporters", "called for", "called on Y to act" and "called Y a
partner" are not. Court styles ("His Majesty", "His Royal Highness") are no part of a
name. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.test_english_meetings import people_meeting


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Keir Starmer spoke by phone with Chancellor Friedrich Merz on Tuesday.",
        "Keir Starmer talked on the telephone with Friedrich Merz.",
        "Keir Starmer and Friedrich Merz spoke on the phone on Tuesday.",
        "Keir Starmer phoned Friedrich Merz on Tuesday.",
        "Emmanuel Macron called Joe Biden on Monday to discuss Ukraine.",
    ],
)
def test_a_phone_talk_is_a_meeting_of_the_two(analyse: Analyse, text: str) -> None:
    names = (
        ("Keir Starmer", "Friedrich Merz")
        if "Starmer" in text
        else ("Emmanuel Macron", "Joe Biden")
    )
    assert set(names) in people_meeting(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Keir Starmer spoke to reporters in Berlin.",
        "Keir Starmer spoke with reporters by phone.",
        "Keir Starmer called Friedrich Merz a reliable partner.",
        "Keir Starmer called on Friedrich Merz to act.",
        "Keir Starmer called for new elections.",
        "Keir Starmer called the police.",
    ],
)
def test_speaking_and_calling_alone_are_no_meeting(analyse: Analyse, text: str) -> None:
    assert not [people for people in people_meeting(analyse, text) if len(people) > 1]


def test_a_court_style_is_no_part_of_the_name(analyse: Analyse) -> None:
    text = "His Majesty King Abdullah II met President Emmanuel Macron in Paris on Monday."
    assert {"Abdullah II", "Emmanuel Macron"} in people_meeting(analyse, text)


def test_royal_highness_is_no_part_of_the_name(analyse: Analyse) -> None:
    text = "His Royal Highness Crown Prince Mohammed bin Salman received Antony Blinken in Riyadh."
    assert {"Mohammed bin Salman", "Antony Blinken"} in people_meeting(analyse, text)
