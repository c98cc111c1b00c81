"""English meetings, round english-meetings4: delegations named by their leaders ("a
delegation led by X met Y", "received a delegation led by X", "The delegation was led by
X" after a meeting with it) and events hosted in the plural for several guests ("hosted
receptions for A and B": one meeting with each). Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_english_meetings import people_meeting

# A delegation stands for the person who leads it


def test_a_delegation_led_by_a_person_meets_as_that_person(analyse: Analyse) -> None:
    text = (
        "A delegation of the Rotary Club led by its President Harold Benning met Governor "
        "Ruth Oyelaran at the State House on Monday."
    )
    assert {"Harold Benning", "Ruth Oyelaran"} in people_meeting(analyse, text)


def test_a_received_delegation_led_by_a_person_is_a_meeting_with_them(analyse: Analyse) -> None:
    text = "Governor Ruth Oyelaran on Monday received a delegation of farmers led by Samuel Adeyemi."
    assert {"Ruth Oyelaran", "Samuel Adeyemi"} in people_meeting(analyse, text)


def test_a_delegation_leader_told_after_the_meeting_is_its_side(analyse: Analyse) -> None:
    text = (
        "Minister Karen Dahlby held a meeting with a delegation from a Norwegian shipping "
        "firm. The delegation was led by its chief executive Olav Strand."
    )
    assert {"Karen Dahlby", "Olav Strand"} in people_meeting(analyse, text)


def test_a_leader_phrase_opening_the_next_sentence_names_the_side(analyse: Analyse) -> None:
    text = (
        "Minister Karen Dahlby met a delegation of investors. Led by the fund's founder Olav "
        "Strand, the delegation discussed new projects."
    )
    assert {"Karen Dahlby", "Olav Strand"} in people_meeting(analyse, text)


def test_a_delegation_led_by_someone_with_no_meeting_is_silent(analyse: Analyse) -> None:
    text = (
        "A delegation of farmers led by Samuel Adeyemi arrived in Lagos on Monday. Governor "
        "Ruth Oyelaran opened a new market in Ibadan."
    )
    assert all(len(people) < 2 for people in people_meeting(analyse, text))


# Events hosted in the plural: one meeting with each guest


def test_receptions_for_two_guests_are_two_meetings(analyse: Analyse) -> None:
    text = (
        "President Arnold Pemba hosted receptions for the Chilean Ambassador Rosa Valdes and "
        "the Kenyan Ambassador Peter Otieno."
    )
    found = people_meeting(analyse, text)
    assert {"Arnold Pemba", "Rosa Valdes"} in found
    assert {"Arnold Pemba", "Peter Otieno"} in found
    assert {"Arnold Pemba", "Rosa Valdes", "Peter Otieno"} not in found


def test_one_reception_for_two_guests_is_not_split(analyse: Analyse) -> None:
    text = "President Arnold Pemba hosted a reception for Rosa Valdes and Peter Otieno."
    found = people_meeting(analyse, text)
    assert not ({"Arnold Pemba", "Rosa Valdes"} in found and {"Arnold Pemba", "Peter Otieno"} in found)


# Negatives: talking to the press is no meeting


def test_an_interview_is_silent(analyse: Analyse) -> None:
    text = "Prime Minister Tomas Ferre gave an interview to Anna Berg of the Daily Post."
    assert all(len(people) < 2 for people in people_meeting(analyse, text))


def test_a_press_conference_alone_is_silent(analyse: Analyse) -> None:
    text = "After the delegation left, Prime Minister Tomas Ferre held a press conference in Oslo."
    assert all(len(people) < 2 for people in people_meeting(analyse, text))


def test_speaking_to_reporters_is_silent(analyse: Analyse) -> None:
    text = "Prime Minister Tomas Ferre spoke to reporters after the delegation left."
    assert all(len(people) < 2 for people in people_meeting(analyse, text))
