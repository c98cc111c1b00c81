"""English meetings, round english-meetings6: meetings said to be held apart ("separately
received", "in separate meetings"), receptions hosted in the plural for guests the parser
hangs apart, and credentials ceremonies told around a receiving participle, an envoy's
bare post, a name glued to a verb, another post's title and a two-word country.
Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_english_meetings import people_meeting

# Meetings said to be held apart: one for each pair


def test_hosts_who_separately_received_a_guest(analyse: Analyse) -> None:
    text = (
        "Ministers Anna Berg and Karl Weiss separately met the visiting Mayor Otto Lind "
        "on Monday."
    )
    met = people_meeting(analyse, text)
    assert {"Anna Berg", "Otto Lind"} in met or {"Ministers Anna Berg", "Otto Lind"} in met
    assert {"Karl Weiss", "Otto Lind"} in met
    assert not any(len(people) > 2 for people in met)


def test_guests_met_in_separate_meetings(analyse: Analyse) -> None:
    text = (
        "Chancellor Greta Holm held talks in separate meetings here with Mr. Ivo Brand "
        "and Peru's President Rita Moss on Sunday."
    )
    met = people_meeting(analyse, text)
    assert {"Greta Holm", "Ivo Brand"} in met
    assert {"Greta Holm", "Rita Moss"} in met


def test_receptions_hosted_for_envoys_of_two_countries(analyse: Analyse) -> None:
    """Guard (passes before too): the plural split still pairs the host with each guest
    when the parser hangs the second guest apart from the first's phrase."""
    text = (
        "President Carl Dorn also hosted receptions for the Namibian Ambassador Rita Moss "
        "and Burkina Faso's Ambassador Ibrahim Sawadogo."
    )
    met = people_meeting(analyse, text)
    assert {"Carl Dorn", "Rita Moss"} in met
    assert {"Carl Dorn", "Ibrahim Sawadogo"} in met


def test_a_joint_meeting_stays_one(analyse: Analyse) -> None:
    """Negative: no word of apartness, so three people at one table stay one meeting."""
    text = "Ministers Anna Berg and Karl Weiss met the visiting Mayor Otto Lind on Monday."
    met = people_meeting(analyse, text)
    assert {"Karl Weiss", "Otto Lind"} not in met


# Credentials ceremonies


def test_host_of_a_receiving_participle_and_an_envoy_told_by_his_post(analyse: Analyse) -> None:
    text = (
        "Receiving Ambassador Tomas Villalobos who presented his credentials on Monday, "
        "President Karin Lund congratulated him on his new post. Receiving credentials "
        "from the Kenyan Ambassador, the President congratulated Mr. Peter Otieno on his "
        "new mission."
    )
    met = people_meeting(analyse, text)
    assert {"Karin Lund", "Peter Otieno"} in met


def test_a_name_glued_to_a_verb_is_no_envoy(analyse: Analyse) -> None:
    text = (
        "New ambassadors from Ghana and Papua New Guinea presented their credentials to "
        "President Karin Lund on Wednesday. Welcoming Papua New Guinea's Ambassador Peter "
        "Otieno to the capital, President Lund recalled her visit to the region."
    )
    met = people_meeting(analyse, text)
    assert not any(any(name.startswith("Welcoming") for name in people) for people in met)


def test_a_head_of_state_named_at_the_ceremony_is_no_envoy(analyse: Analyse) -> None:
    text = (
        "Receiving Ambassador Tomas Villalobos who presented his credentials on Monday, "
        "President Karin Lund congratulated him on being chosen by President Joe Biden "
        "and welcomed the ambassador to the capital."
    )
    met = people_meeting(analyse, text)
    assert {"Karin Lund", "Joe Biden"} not in met


def test_second_country_of_a_post_is_no_envoy(analyse: Analyse) -> None:
    text = (
        "King Olaf received the credentials of new ambassadors on Monday. The ambassadors "
        "were:\n- Mr. Peter Otieno, Ambassador of Trinidad and Tobago\n"
        "- Ms. Rita Moss, Ambassador of Chile"
    )
    met = people_meeting(analyse, text)
    assert not any("Tobago" in people for people in met)


def test_credentials_without_a_named_envoy_stay_silent(analyse: Analyse) -> None:
    """Negative: a post with no one named beside the host gives no meeting."""
    text = (
        "President Karin Lund received the credentials of the Kenyan Ambassador on Monday."
    )
    met = people_meeting(analyse, text)
    assert not any(len(people) >= 2 for people in met)
