"""English meeting sides named by a post alone, and names the small model misses, round
english-sides: misses on unselected wire and national news (excerpts not kept in the
repository). A bare post ("the Secretary-General", "the Sri Lankan PM", "the UN chief")
stands for the one person the report names with that post; two holders name nobody. A
people's adjective with a post is no person; a capitalised pair whose last word the
report uses alone as a surname is a person, and a month in a date stays a date.
Sentences written for the tests."""

from __future__ import annotations

import pytest

from concord.nlp.english import EnglishAnalyser
from tests.conftest import Analyse
from tests.test_english_meetings import people_meeting
from tests.test_english_names import mentions_from


@pytest.fixture(scope="module")
def analyser() -> EnglishAnalyser:
    return EnglishAnalyser()


# A side named by its post


def test_a_post_as_subject_is_the_person_named_with_it(analyse: Analyse) -> None:
    text = (
        "Secretary-General Maria Lindqvist opened the session in Geneva. Later the "
        "Secretary-General met with Chilean Foreign Minister Pedro Alvarez."
    )
    assert {"Maria Lindqvist", "Pedro Alvarez"} in people_meeting(analyse, text)


def test_a_post_met_with_is_the_person_named_with_it(analyse: Analyse) -> None:
    text = (
        "Governor Laura Finch arrived in Lagos on Monday. On Tuesday, Trade Minister Olu "
        "Adeyemi met with the Governor at the state house."
    )
    assert {"Laura Finch", "Olu Adeyemi"} in people_meeting(analyse, text)


def test_a_post_after_the_name_introduces_it(analyse: Analyse) -> None:
    text = (
        "Readout of a meeting.\n\nMaria Lindqvist, Secretary-General\n\nToday, the "
        "Secretary-General met with Pedro Alvarez, Minister for Foreign Affairs of Chile."
    )
    assert {"Maria Lindqvist", "Pedro Alvarez"} in people_meeting(analyse, text)


def test_a_people_and_an_abbreviated_post_tell_the_holder(analyse: Analyse) -> None:
    text = (
        "Visiting Chilean Prime Minister Pedro Alvarez held talks with Prime Minister Anna "
        "Kovacs on Friday. During the visit, the Chilean PM also met finance minister Olga "
        "Berg."
    )
    assert {"Pedro Alvarez", "Olga Berg"} in people_meeting(analyse, text)


def test_a_body_abbreviated_before_a_generic_head_is_its_post(analyse: Analyse) -> None:
    text = (
        "United Nations Secretary-General Maria Lindqvist spoke in New York. In the UN "
        "chief's meeting with the President of Chile, Pedro Alvarez, the two discussed "
        "trade."
    )
    assert {"Maria Lindqvist", "Pedro Alvarez"} in people_meeting(analyse, text)


def test_the_post_of_one_conjunct_beside_a_named_one(analyse: Analyse) -> None:
    text = (
        "United Nations Secretary-General Maria Lindqvist spoke in New York. The meeting "
        "between the UN chief and the Secretary General of NATO, Pedro Alvarez, was long."
    )
    assert {"Maria Lindqvist", "Pedro Alvarez"} in people_meeting(analyse, text)


def test_a_visit_paid_to_a_post(analyse: Analyse) -> None:
    text = (
        "President Michel Duran welcomed Minister Hassan Karimi on Tuesday. Ambassador of "
        "Chile Pedro Alvarez paid the President a farewell visit."
    )
    assert {"Michel Duran", "Pedro Alvarez"} in people_meeting(analyse, text)


def test_the_words_before_a_name_introduce_its_post(analyse: Analyse) -> None:
    text = (
        "On the ministerial level, President of the Republic, General Michel Duran, "
        "welcomed Minister Hassan Karimi. Ambassador of Chile Pedro Alvarez paid the "
        "President a farewell visit."
    )
    assert {"Michel Duran", "Pedro Alvarez"} in people_meeting(analyse, text)


# Posts that must name nobody


def test_a_post_two_people_hold_names_nobody(analyse: Analyse) -> None:
    text = (
        "Prime Minister Anna Kovacs welcomed Prime Minister Pedro Alvarez in Budapest. "
        "Later the Prime Minister met with Finance Minister Olga Berg."
    )
    meetings = people_meeting(analyse, text)
    assert {"Anna Kovacs", "Olga Berg"} not in meetings
    assert {"Pedro Alvarez", "Olga Berg"} not in meetings


def test_a_post_nobody_was_named_with_names_nobody(analyse: Analyse) -> None:
    text = (
        "Finance Minister Olga Berg arrived in Geneva. Later the Secretary-General met with "
        "Chilean Foreign Minister Pedro Alvarez."
    )
    assert {"Olga Berg", "Pedro Alvarez"} not in people_meeting(analyse, text)


def test_a_post_of_another_country_names_nobody(analyse: Analyse) -> None:
    text = (
        "President Michel Duran spoke in Paris. Later the President of Chile met with "
        "Foreign Minister Olga Berg."
    )
    assert {"Michel Duran", "Olga Berg"} not in people_meeting(analyse, text)


def test_a_post_named_only_after_names_nobody(analyse: Analyse) -> None:
    text = (
        "The Governor met with Trade Minister Olu Adeyemi on Tuesday. Governor Laura Finch "
        "later left for Abuja."
    )
    assert {"Laura Finch", "Olu Adeyemi"} not in people_meeting(analyse, text)


# Names


def test_a_people_with_a_post_is_no_person(analyser: EnglishAnalyser) -> None:
    text = "During the visit, the Sri Lankan PM also met Anna Kovacs."
    found = mentions_from(analyser, text, [("Sri Lankan PM", "PERSON"), ("Anna Kovacs", "PERSON")])
    assert ("PER", "Sri Lankan PM") not in found
    assert ("PER", "Anna Kovacs") in found


def test_a_pair_whose_surname_is_used_alone_is_a_person(analyse: Analyse) -> None:
    text = "Theresa May met Angela Merkel in Berlin on Tuesday. May said the talks had been useful."
    assert {"Theresa May", "Angela Merkel"} in people_meeting(analyse, text)


def test_a_pair_after_a_courtesy_title_elsewhere_is_a_person(analyse: Analyse) -> None:
    text = "Theresa May met Angela Merkel in Berlin. Later Mrs May flew home."
    assert {"Theresa May", "Angela Merkel"} in people_meeting(analyse, text)


def test_a_month_in_a_date_stays_a_date(analyse: Analyse) -> None:
    text = (
        "Theresa May met Angela Merkel in Berlin on 12 May 2016. May said the talks had "
        "been useful. In May, Mrs May visited Paris."
    )
    analysed = analyse(text)
    meetings = [c for c in analysed.claims if c.type == "meeting"]
    assert meetings
    assert "2016-05-12" in meetings[0].values("date")
    per_texts = [m.text for m in analysed.mentions if m.type == "PER"]
    starts = [m.start for m in analysed.mentions if m.type == "PER" and m.text == "May"]
    assert text.index("12 May") + 3 not in starts
    assert text.index("In May") + 3 not in starts
    assert "Theresa May" in per_texts


def test_no_surname_used_alone_leaves_a_month_alone(analyse: Analyse) -> None:
    text = "Ministers met in Geneva on 3 May. Officials said the talks went well."
    analysed = analyse(text)
    assert not [m for m in analysed.mentions if m.type == "PER"]
