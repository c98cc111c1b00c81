"""Names the small English model cuts, leaves untagged or types as places after an
honorific or a post, and what that does to meetings. Every sentence here was written for
these tests.

The model's mistakes differ from sentence to sentence, so the name rules are tested on the
model's parse of each sentence with the entity spans a mistaken model gives
(`english_mentions` reads any spans), and the meetings once through the whole pipeline.
"""

from __future__ import annotations

import pytest

from concord.nlp.english import EnglishAnalyser
from tests.conftest import Analyse
from tests.test_english_meetings import people_meeting
from tests.test_english_names import mentions_from


@pytest.fixture(scope="module")
def analyser() -> EnglishAnalyser:
    return EnglishAnalyser()


# --- a run of name words after an honorific is one person -------------------------------


@pytest.mark.parametrize(
    ("text", "spans", "person"),
    [
        (  # untagged, on a line of its own
            "The envoys received by the Governor were:\nHer Excellency Marisol Tendai Okoro"
            "\nAmbassador of the Republic of Peru",
            [("Peru", "GPE")],
            "Marisol Tendai Okoro",
        ),
        (  # cut by the model
            "His Excellency Dr. Oluwaseun Bayo Adeyemi handed over a letter.",
            [("Oluwaseun Bayo", "PERSON")],
            "Oluwaseun Bayo Adeyemi",
        ),
        (  # typed as a place
            "HE Mr Farid Haddadin, the new envoy, called at the ministry.",
            [("Farid Haddadin", "GPE")],
            "Farid Haddadin",
        ),
        (  # a royal typed as an organisation
            "King Eirik welcomed the delegation at noon.",
            [("King Eirik", "ORG")],
            "Eirik",
        ),
        (  # a long name after a post, typed as a place
            "Foreign Minister Tadeusz Jan Wrobel received the envoy on Monday.",
            [("Tadeusz Jan Wrobel", "GPE")],
            "Tadeusz Jan Wrobel",
        ),
    ],
)
def test_the_run_after_a_title_is_one_person(
    analyser: EnglishAnalyser, text: str, spans: list[tuple[str, str]], person: str
) -> None:
    found = mentions_from(analyser, text, spans)
    assert ("PER", person) in found
    assert not any(kind != "PER" and person.split()[-1] in name for kind, name in found)


def test_a_person_cut_short_takes_the_rest_of_the_name(analyser: EnglishAnalyser) -> None:
    text = "Deputy Premier Nguyen Van Thanh arrived in the capital on a two-day visit."
    found = mentions_from(analyser, text, [("Nguyen Van", "PERSON")])
    assert ("PER", "Nguyen Van Thanh") in found


@pytest.mark.parametrize(
    ("text", "spans", "kept"),
    [
        # a title with no name after it
        ("Mr Speaker, the House will now rise.", [("House", "ORG")], ("ORG", "House")),
        # a post followed by a body, not a name
        (
            "Minister Olsen met the Nordic Investment Bank on Friday.",
            [("Olsen", "PERSON"), ("Nordic Investment Bank", "ORG")],
            ("ORG", "Nordic Investment Bank"),
        ),
        # a person followed by a place keeps the place
        (
            "Talks with Ilse Marten Berlin-based officials began.",
            [("Ilse Marten", "PERSON"), ("Berlin", "GPE")],
            ("PER", "Ilse Marten"),
        ),
    ],
)
def test_no_person_grows_over_a_body_or_a_place(
    analyser: EnglishAnalyser, text: str, spans: list[tuple[str, str]], kept: tuple[str, str]
) -> None:
    assert kept in mentions_from(analyser, text, spans)


def test_the_pronoun_he_opens_no_name(analyser: EnglishAnalyser) -> None:
    text = "He Met Officials in the capital."
    found = mentions_from(analyser, text, [])
    assert not any(kind == "PER" for kind, _ in found)


# --- meetings ---------------------------------------------------------------------------


def test_hosts_each_with_a_title_met_the_guest_one_by_one(analyse: Analyse) -> None:
    text = (
        "King Haakon and Queen Sonja of Norway welcomed the Icelandic President Halla "
        "Tomasdottir at the palace on Tuesday."
    )
    met = people_meeting(analyse, text)
    assert {"Haakon", "Halla Tomasdottir"} in met
    assert {"Sonja", "Halla Tomasdottir"} in met


def test_hosts_named_alone_stay_one_meeting(analyse: Analyse) -> None:
    text = "Margit Olsen and Erik Berg received Halla Tomasdottir at the palace on Tuesday."
    met = people_meeting(analyse, text)
    assert {"Margit Olsen", "Halla Tomasdottir"} not in met


def test_an_envoy_named_after_an_honorific_meets_the_host(analyse: Analyse) -> None:
    text = (
        "The new Ambassador of Serbia, Her Excellency Ilija Sokolovski Petrov, paid a "
        "courtesy call on Vice President Amara Kone on Monday."
    )
    met = people_meeting(analyse, text)
    assert {"Ilija Sokolovski Petrov", "Amara Kone"} in met
