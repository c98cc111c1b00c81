"""English meetings, round english-meetings2: misses shared by several batches of
unselected news (excerpts not kept in the repository). A subject after a fronted meeting
phrase that the parser hangs on the companion's name ("In his meeting with Y, the
Secretary-General raised …"), a list of three or more people met one by one ("met A, B
and C"), a name after a post or counterpart word hung on the verb ("a telephone
conversation with his Turkish counterpart Recep Tayyip Erdogan"). Sentences written for
the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_english_meetings import people_meeting

# A subject the parser hung on the companion's name


def test_a_bare_post_after_a_fronted_meeting_phrase_is_a_side(analyse: Analyse) -> None:
    text = (
        "UN Secretary-General Antonio Guterres opened the session on Monday. During the "
        "meeting with Chilean Foreign Minister Alberto van Klaveren, the Secretary-General "
        "raised the question of climate finance."
    )
    assert {"Antonio Guterres", "Alberto van Klaveren"} in people_meeting(analyse, text)


def test_his_meeting_with_a_post_and_a_name_then_the_post(analyse: Analyse) -> None:
    text = (
        "UN Secretary-General Antonio Guterres opened the session on Monday. In his meeting "
        "with Chile's Foreign Minister, Alberto van Klaveren, the Secretary-General raised "
        "the question of climate finance."
    )
    assert {"Antonio Guterres", "Alberto van Klaveren"} in people_meeting(analyse, text)


def test_a_fronted_meeting_phrase_before_a_nameless_subject_adds_nobody(
    analyse: Analyse,
) -> None:
    text = (
        "In the meeting with Foreign Minister Alberto van Klaveren, the discussion turned to trade."
    )
    assert all(len(people) < 2 for people in people_meeting(analyse, text))


# A list of people met one by one


def test_three_people_met_as_objects_are_three_meetings(analyse: Analyse) -> None:
    text = (
        "During the visit, Indonesian President Joko Widodo also met External Affairs "
        "Minister Sushma Swaraj, Home Minister Rajnath Singh and Defence Minister Nirmala "
        "Sitharaman."
    )
    meetings = people_meeting(analyse, text)
    for guest in ("Sushma Swaraj", "Rajnath Singh", "Nirmala Sitharaman"):
        assert {"Joko Widodo", guest} in meetings


def test_three_people_met_with_are_three_meetings(analyse: Analyse) -> None:
    text = "Chancellor Olaf Scholz met with Emmanuel Macron, Joe Biden and Pedro Sanchez on Friday."
    meetings = people_meeting(analyse, text)
    for guest in ("Emmanuel Macron", "Joe Biden", "Pedro Sanchez"):
        assert {"Olaf Scholz", guest} in meetings


def test_two_people_met_with_stay_one_meeting(analyse: Analyse) -> None:
    text = "Chancellor Olaf Scholz met with Emmanuel Macron and Pedro Sanchez on Friday."
    meetings = people_meeting(analyse, text)
    assert {"Olaf Scholz", "Emmanuel Macron", "Pedro Sanchez"} in meetings
    assert {"Olaf Scholz", "Emmanuel Macron"} not in meetings


def test_one_meeting_with_three_people_stays_one(analyse: Analyse) -> None:
    text = (
        "Chancellor Olaf Scholz held a joint meeting with Emmanuel Macron, Joe Biden and "
        "Pedro Sanchez on Friday."
    )
    meetings = people_meeting(analyse, text)
    assert {"Olaf Scholz", "Emmanuel Macron"} not in meetings


# A name after a post hung on the verb


def test_a_counterparts_name_hung_on_the_verb_is_the_companion(analyse: Analyse) -> None:
    text = (
        "Uzbek President Shavkat Mirziyoyev has had a telephone conversation with his "
        "Turkish counterpart Recep Tayyip Erdogan."
    )
    assert {"Shavkat Mirziyoyev", "Recep Tayyip Erdogan"} in people_meeting(analyse, text)


def test_a_name_in_the_next_sentence_is_not_the_counterpart(analyse: Analyse) -> None:
    text = "The minister met with the counterpart. Recep Tayyip Erdogan spoke later."
    assert all(len(people) < 2 for people in people_meeting(analyse, text))
