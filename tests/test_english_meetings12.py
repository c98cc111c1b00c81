"""English meetings with a group whose people are listed in a sentence of their own
(english-meetings12): "These included A and B" after a round of meetings with several
leaders, "Among them were A and B", "Those who met X included A and B", "The envoys who
paid the calls on X were A and B", and "including A and B" that the parser hangs away from
the group met. Each person listed is a meeting of their own with the host. Every sentence
here was written for these tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_english_meetings import people_meeting

# --- a sentence listing the group met -----------------------------------------------------


def test_these_included_after_meetings_with_several_leaders(analyse: Analyse) -> None:
    text = (
        "President Tomas Varga held bilateral talks with several other leaders on the "
        "sidelines of the summit. These included Chilean President Lucia Ferran and "
        "Kenyan Prime Minister Daniel Otieno."
    )
    met = people_meeting(analyse, text)
    assert {"Tomas Varga", "Lucia Ferran"} in met
    assert {"Tomas Varga", "Daniel Otieno"} in met


def test_among_them_were_after_a_meeting_with_a_group(analyse: Analyse) -> None:
    text = (
        "Governor Amal Kareem met a group of foreign investors in the capital on Monday. "
        "Among them were Italian banker Paolo Rossi and French banker Ines Moreau."
    )
    met = people_meeting(analyse, text)
    assert {"Amal Kareem", "Paolo Rossi"} in met
    assert {"Amal Kareem", "Ines Moreau"} in met


def test_those_who_met_the_host_included(analyse: Analyse) -> None:
    text = (
        "Those who met Chief Minister Ravi Menon on Tuesday included industrialist "
        "Karan Mehta and engineer Sunita Rao."
    )
    met = people_meeting(analyse, text)
    assert {"Ravi Menon", "Karan Mehta"} in met
    assert {"Ravi Menon", "Sunita Rao"} in met


def test_met_several_envoys_including_people_hung_on_the_place(analyse: Analyse) -> None:
    text = (
        "Minister Oskar Lind met several envoys on the sidelines of the forum in Geneva, "
        "including Peruvian Ambassador Rosa Quispe and Maltese Ambassador Mark Vella."
    )
    met = people_meeting(analyse, text)
    assert {"Oskar Lind", "Rosa Quispe"} in met
    assert {"Oskar Lind", "Mark Vella"} in met


# --- negatives -------------------------------------------------------------------------------


def test_these_included_things_adds_nobody(analyse: Analyse) -> None:
    text = (
        "President Tomas Varga held talks with several other leaders in Rome. These "
        "included trade, energy and the war in the region."
    )
    met = people_meeting(analyse, text)
    assert all(len(sides) < 2 for sides in met)


def test_a_list_with_no_meeting_before_adds_no_meeting(analyse: Analyse) -> None:
    text = (
        "The committee published its report on Monday. Its authors included economist "
        "Karan Mehta and lawyer Sunita Rao."
    )
    assert people_meeting(analyse, text) == []


def test_including_under_an_event_without_a_meeting_adds_nobody(analyse: Analyse) -> None:
    text = (
        "The minister attended the summit in Paris, including a dinner hosted by "
        "Emmanuel Macron."
    )
    assert all(len(sides) < 2 for sides in people_meeting(analyse, text))
