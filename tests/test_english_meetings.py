"""English meetings and the names in them, round english-meetings: misses on unselected
wire and national news (excerpts not kept in the repository). A host receiving a guest
named by a post, an envoy's name hung on the post's destination, "called on", meetings
in the plural, an encounter; names with glued initials, a post's holder tagged as an
organisation, a courtesy title before an organisation-tagged name, a body run into a
person, agency datelines after a full stop or between slashes. Sentences written for
the tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from concord.nlp.english import EnglishAnalyser
from tests.conftest import Analyse
from tests.test_english_names import mentions_from, parts


def people_meeting(analyse: Analyse, text: str) -> list[set[str]]:
    analysed = analyse(text)
    return [
        set(claim.values("participants"))
        for claim in analysed.claims
        if claim.type == "meeting" and claim.modality != Modality.NEGATED
    ]


@pytest.fixture(scope="module")
def analyser() -> EnglishAnalyser:
    return EnglishAnalyser()


# Meetings


def test_a_host_receives_a_guest_named_by_a_post(analyse: Analyse) -> None:
    text = "Foreign Minister Anna Kovacs received Ambassador of Chile Pedro Alvarez on Monday."
    assert {"Anna Kovacs", "Pedro Alvarez"} in people_meeting(analyse, text)


def test_receiving_a_thing_is_no_meeting(analyse: Analyse) -> None:
    text = "Governor Laura Finch received a letter from the ministry on Monday."
    assert people_meeting(analyse, text) == []


def test_an_envoys_name_on_the_posts_destination_is_the_guest(analyse: Analyse) -> None:
    text = (
        "Minister of Trade Olga Berg received Ambassador Extraordinary and Plenipotentiary "
        "of Peru to Norway Luis Romero."
    )
    assert {"Olga Berg", "Luis Romero"} in people_meeting(analyse, text)


def test_an_envoy_met_with_is_a_companion(analyse: Analyse) -> None:
    text = "State Secretary Olga Berg on May 3 met with Ambassador of Peru to Norway Luis Romero."
    assert {"Olga Berg", "Luis Romero"} in people_meeting(analyse, text)


def test_calling_on_a_person_is_a_meeting(analyse: Analyse) -> None:
    text = "Trade Secretary Mark Ellison on Tuesday called on Chief Minister Ravi Menon."
    assert {"Mark Ellison", "Ravi Menon"} in people_meeting(analyse, text)


def test_calling_on_a_person_to_act_is_no_meeting(analyse: Analyse) -> None:
    text = "Senator Dan Hale called on Governor Laura Finch to resign."
    assert people_meeting(analyse, text) == []


def test_calling_on_a_person_then_discussing_is_a_meeting(analyse: Analyse) -> None:
    text = (
        "Trade Secretary Mark Ellison called on Chief Minister Ravi Menon and discussed "
        "ways to promote exports."
    )
    assert {"Mark Ellison", "Ravi Menon"} in people_meeting(analyse, text)


def test_paying_a_courtesy_call_on_a_person_is_a_meeting(analyse: Analyse) -> None:
    text = "Ambassador Tomas Weber paid a courtesy call on Minister Anil Joshi on Monday."
    assert {"Tomas Weber", "Anil Joshi"} in people_meeting(analyse, text)


def test_paying_a_visit_to_a_country_is_no_meeting(analyse: Analyse) -> None:
    text = "Minister Anil Joshi paid a visit to Kazakhstan last week."
    assert people_meeting(analyse, text) == []


def test_a_reception_hosted_for_a_guest_is_a_meeting(analyse: Analyse) -> None:
    text = "President Ana Lopes hosted a dinner for Prime Minister Karl Weiss on Sunday."
    assert {"Ana Lopes", "Karl Weiss"} in people_meeting(analyse, text)


def test_a_banquet_in_honour_of_a_guest_is_a_meeting(analyse: Analyse) -> None:
    text = (
        "President Ana Lopes hosted a banquet in honour of his Polish counterpart "
        "Jan Nowicki in Lisbon."
    )
    assert {"Ana Lopes", "Jan Nowicki"} in people_meeting(analyse, text)


def test_a_reception_for_a_cause_names_no_guest(analyse: Analyse) -> None:
    text = "President Ana Lopes hosted a reception for the anniversary of independence."
    assert people_meeting(analyse, text) == []


def test_meetings_in_the_plural_are_one_with_each(analyse: Analyse) -> None:
    text = (
        "President Emma Stone held bilateral meetings with Chancellor Olaf Berger and "
        "Prime Minister Ian Marsh."
    )
    met = people_meeting(analyse, text)
    assert {"Emma Stone", "Olaf Berger"} in met and {"Emma Stone", "Ian Marsh"} in met


def test_a_meeting_in_the_singular_with_two_stays_one(analyse: Analyse) -> None:
    text = "President Emma Stone held a meeting with Chancellor Olaf Berger and Ian Marsh."
    assert {"Emma Stone", "Olaf Berger"} not in people_meeting(analyse, text)


def test_an_encounter_had_with_a_person_is_a_meeting(analyse: Analyse) -> None:
    text = "Prime Minister Ravi Kumar had a brief encounter with President Emma Stone on Friday."
    assert {"Ravi Kumar", "Emma Stone"} in people_meeting(analyse, text)


# Names


def test_a_name_with_glued_initials_is_a_person(analyse: Analyse) -> None:
    text = "Minister of Energy B.Tumurbaatar met with Ambassador of Japan Kenji Sato on Friday."
    assert {"B. Tumurbaatar", "Kenji Sato"} in people_meeting(analyse, text)


def test_glued_initials_split_off_an_organisation(analyser: EnglishAnalyser) -> None:
    text = "The Ministry of Energy O.Batbold said on Friday."
    found = mentions_from(analyser, text, [("Ministry of Energy O.Batbold", "ORG")])
    assert found == {("ORG", "Ministry of Energy"), ("PER", "O. Batbold")}


def test_an_abbreviated_saint_is_no_initial(analyser: EnglishAnalyser) -> None:
    text = "The delegation flew to St.Petersburg on Friday."
    found = mentions_from(analyser, text, [])
    assert ("PER", "St. Petersburg") not in found and ("PER", "St.Petersburg") not in found


def test_a_posts_holder_tagged_organisation_is_a_person(analyser: EnglishAnalyser) -> None:
    text = "Kazakh President Kassym-Jomart Tokayev received the envoy."
    found = mentions_from(analyser, text, [("Kassym-Jomart Tokayev", "ORG")])
    assert found == {("PER", "Kassym-Jomart Tokayev")}


def test_a_given_name_left_out_joins_the_holder(analyser: EnglishAnalyser) -> None:
    text = "Assam Governor Jagdish Mukhi met the envoy on Monday."
    found = mentions_from(analyser, text, [("Mukhi", "ORG")])
    assert found == {("PER", "Jagdish Mukhi")}


def test_a_company_after_of_stays_an_organisation(analyser: EnglishAnalyser) -> None:
    text = "The chief executive of Goldman Sachs spoke on Monday."
    found = mentions_from(analyser, text, [("Goldman Sachs", "ORG")])
    assert found == {("ORG", "Goldman Sachs")}


def test_a_courtesy_title_opens_a_person_not_an_organisation(
    analyser: EnglishAnalyser,
) -> None:
    text = "Chief Secretary Shri R K Sharma chaired the review."
    found = mentions_from(analyser, text, [("Shri R K Sharma", "ORG")])
    assert ("PER", "R K Sharma") in found and not any(kind == "ORG" for kind, _ in found)


def test_a_country_and_abbreviated_post_before_a_holder_are_no_part(
    analyser: EnglishAnalyser,
) -> None:
    text = "Mauritius PM Parvin Jugnauth arrived on Friday."
    found = mentions_from(analyser, text, [("Mauritius PM Parvin Jugnauth", "ORG")])
    assert ("PER", "Parvin Jugnauth") in found


def test_a_building_tagged_person_is_a_place(analyser: EnglishAnalyser) -> None:
    text = "The two leaders held talks at Rashtrapati Bhavan on Monday."
    found = mentions_from(analyser, text, [("Rashtrapati Bhavan", "PERSON")])
    assert found == {("LOC", "Rashtrapati Bhavan")}


def test_a_title_alone_is_no_organisation(analyser: EnglishAnalyser) -> None:
    text = "On the same day, Ms. Batbold met the envoy."
    found = mentions_from(analyser, text, [("Ms.", "ORG")])
    assert ("ORG", "Ms.") not in found


def test_a_fund_before_a_name_is_no_part_of_the_person(analyser: EnglishAnalyser) -> None:
    text = "Chairman of the Pension Fund Ayan Serikov received the bankers."
    found = mentions_from(analyser, text, [("Ayan Serikov", "PERSON")])
    assert ("PER", "Ayan Serikov") in found


# Datelines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ASTANA. KAZINFORM - The talks opened.", [("LOC", "Astana"), ("ORG", "KAZINFORM")]),
        ("TASHKENT. UZA – The envoy arrived.", [("LOC", "Tashkent"), ("ORG", "UZA")]),
        (
            "Ulaanbaatar /MONTSAME/. On May 2 the talks opened.",
            [("LOC", "Ulaanbaatar"), ("ORG", "MONTSAME")],
        ),
        (
            "Ulaanbaatar, Mongolia /MONTSAME/ In Beijing the talks opened.",
            [("LOC", "Ulaanbaatar"), ("LOC", "Mongolia"), ("ORG", "MONTSAME")],
        ),
    ],
)
def test_an_agency_after_a_full_stop_or_between_slashes(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert parts(text) == expected


@pytest.mark.parametrize(
    "text", ["Mr. SMITH said the talks opened.", "Talks ended. NATO allies met later."]
)
def test_no_agency_dateline_where_none_stands(text: str) -> None:
    assert parts(text) == []


def test_a_name_run_into_the_dateline_agency_stays(analyser: EnglishAnalyser) -> None:
    text = "ASTANA. KAZINFORM - Pavel Orlov, head of the agency, sent a letter."
    found = mentions_from(analyser, text, [("KAZINFORM - Pavel Orlov", "ORG")])
    assert found == {("LOC", "Astana"), ("ORG", "KAZINFORM"), ("PER", "Pavel Orlov")}
