"""English meetings, round english-meetings3: a host verb in a participle clause
("Receiving X, President Y said …"), a bare post as a host verb's subject ("The
President received Y", the President named before), "spoke with" a named person and
"had an audience with". Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_english_meetings import people_meeting

# A host verb in a participle clause takes the subject of the clause it hangs on


def test_a_participle_host_clause_is_a_meeting_with_the_outer_subject(analyse: Analyse) -> None:
    text = (
        "Receiving Ambassador Marta Lindqvist of Sweden on Tuesday, President Alan Brooke "
        "said the two countries share many interests."
    )
    assert {"Alan Brooke", "Marta Lindqvist"} in people_meeting(analyse, text)


def test_a_participle_host_clause_with_a_nameless_guest_is_silent(analyse: Analyse) -> None:
    text = "Receiving the new envoy, the minister said trade would grow."
    assert all(len(people) < 2 for people in people_meeting(analyse, text))


def test_a_coordinated_welcome_after_another_name_adds_no_meeting(analyse: Analyse) -> None:
    text = (
        "Receiving Ambassador Marta Lindqvist of Sweden on Tuesday, President Alan Brooke "
        "congratulated Lindqvist on her appointment by King Harald Olsen and welcomed the "
        "ambassador to the capital."
    )
    found = people_meeting(analyse, text)
    assert {"Alan Brooke", "Marta Lindqvist"} in found
    assert not any("Harald Olsen" in people for people in found)


# A bare post as the subject of a host verb stands for its one holder named before


def test_a_bare_post_receiving_a_named_guest_is_its_holder(analyse: Analyse) -> None:
    text = (
        "President Alan Brooke opened the trade fair on Monday. The President later "
        "received Marta Lindqvist, the chief executive of Nordbank."
    )
    assert {"Alan Brooke", "Marta Lindqvist"} in people_meeting(analyse, text)


def test_a_bare_post_receiving_a_thing_is_silent(analyse: Analyse) -> None:
    text = "President Alan Brooke opened the trade fair. The President received the report on Monday."
    assert all(len(people) < 2 for people in people_meeting(analyse, text))


# "spoke with" a named person; "had an audience with"


def test_speaking_with_a_named_person_is_a_meeting(analyse: Analyse) -> None:
    text = "Prime Minister Kenji Sato spoke with Chancellor Ingrid Falk about energy prices."
    assert {"Kenji Sato", "Ingrid Falk"} in people_meeting(analyse, text)


def test_speaking_with_reporters_is_silent(analyse: Analyse) -> None:
    text = "President Alan Brooke spoke with reporters after the vote."
    assert people_meeting(analyse, text) == []


def test_speaking_about_a_person_is_silent(analyse: Analyse) -> None:
    text = "President Alan Brooke spoke about Chancellor Ingrid Falk at the rally."
    assert all(len(people) < 2 for people in people_meeting(analyse, text))


def test_an_audience_with_a_king_is_a_meeting(analyse: Analyse) -> None:
    text = "Foreign Minister Kenji Sato had an audience with King Harald Olsen on Friday."
    assert {"Kenji Sato", "Harald Olsen"} in people_meeting(analyse, text)


def test_an_audience_with_the_press_is_silent(analyse: Analyse) -> None:
    text = "The minister had an audience with the press."
    assert people_meeting(analyse, text) == []
