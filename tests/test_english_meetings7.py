"""English meetings, round english-meetings7: a host meeting two or more people each
written with a post of their own (a post in apposition after the name, a title before it)
meets each of them apart; names listed alone, or a list where only some carry a post, may
be one meeting and stay one. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_english_meetings import people_meeting


def test_guests_each_with_a_post_in_apposition(analyse: Analyse) -> None:
    text = (
        "Officials said Okafor will also meet with Marta Kovacs, chairwoman of the Federal "
        "Assembly, and Rita Mosley, governor of the central bank."
    )
    met = people_meeting(analyse, text)
    assert {"Okafor", "Marta Kovacs"} in met
    assert {"Okafor", "Rita Mosley"} in met
    assert not any(len(people) > 2 for people in met)


def test_guests_each_titled_before_the_name(analyse: Analyse) -> None:
    text = (
        "Prime Minister Helga Strand met President Tomas Varga and Speaker Milan Hruby "
        "in Prague on Tuesday."
    )
    met = people_meeting(analyse, text)
    assert {"Helga Strand", "Tomas Varga"} in met
    assert {"Helga Strand", "Milan Hruby"} in met
    assert not any(len(people) > 2 for people in met)


def test_talks_with_guests_each_with_a_post(analyse: Analyse) -> None:
    text = (
        "Foreign Minister Anna Berg held talks with Speaker Karl Weiss and Mayor Otto Lind "
        "on Friday."
    )
    met = people_meeting(analyse, text)
    assert {"Anna Berg", "Karl Weiss"} in met
    assert {"Anna Berg", "Otto Lind"} in met


def test_two_names_alone_stay_one_meeting(analyse: Analyse) -> None:
    """Negative: no post on either guest, so the three may have sat at one table."""
    text = "Chancellor Greta Holm met Ivo Brandt and Rita Mosley in Vienna on Monday."
    met = people_meeting(analyse, text)
    assert {"Greta Holm", "Rita Mosley"} not in met or {"Greta Holm", "Ivo Brandt"} not in met


def test_only_one_guest_with_a_post_stays_one_meeting(analyse: Analyse) -> None:
    """Negative: a list where only one guest carries a post is not told apart."""
    text = (
        "Chancellor Greta Holm met Ivo Brandt, chairman of the Federal Assembly, and "
        "Rita Mosley in Vienna on Monday."
    )
    met = people_meeting(analyse, text)
    assert not ({"Greta Holm", "Rita Mosley"} in met and {"Greta Holm", "Ivo Brandt"} in met)
