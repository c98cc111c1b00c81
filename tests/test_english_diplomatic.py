"""English diplomatic text, round english-diplomatic: documents, projects and statements
as readouts, press releases and wire stories word them (misses on unselected news, the
excerpts not kept in the repository). A pronoun or a post as the subject of "said" is the
person named before; "according to" a post runs on through the name set off in commas
after it; "signed a deal", "inked a deal" sign a document; a state that "acceded to" a
convention joins it by signature. Sentences written for the tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreements_of, statement_speakers

# Statements: a subject that only refers back


def test_he_said_is_the_person_named_before(analyse: Analyse) -> None:
    text = (
        "Foreign Minister Ali Karimov arrived in Baku on Monday. He said the talks with "
        "Georgia would resume in March."
    )
    assert statement_speakers(analyse(text)) == ["Ali Karimov"]


def test_the_minister_said_is_the_minister_named_before(analyse: Analyse) -> None:
    text = (
        "Energy Minister Talant Ibraimov visited the Kambarata site on Friday. The Kyrgyz "
        "minister said that the first unit would be ready by 2028."
    )
    assert statement_speakers(analyse(text)) == ["Talant Ibraimov"]


def test_the_company_said_is_the_company_named_before(
    analyse: Analyse,
) -> None:
    text = (
        "Baltic Shipyards opened a yard in Riga on Tuesday. The company said the yard "
        "would employ 40 people."
    )
    assert statement_speakers(analyse(text)) == ["Baltic Shipyards"]


def test_a_pronoun_with_nobody_named_before_names_no_speaker(analyse: Analyse) -> None:
    assert statement_speakers(analyse("He said the talks would resume in March.")) == []


# Statements: "according to" a post and the name after it


def test_according_to_a_post_and_the_name_after_it(analyse: Analyse) -> None:
    text = (
        "According to Oman's minister of transport, Khalid al-Harthy, the new port will "
        "open in 2027."
    )
    assert statement_speakers(analyse(text)) == ["Khalid al-Harthy"]


def test_according_to_an_organisation_keeps_a_list_of_states_in_the_quote(
    analyse: Analyse,
) -> None:
    text = "According to Nord Cargo, Kazakhstan, Uzbekistan and Georgia will join the corridor."
    analysed = analyse(text)
    assert statement_speakers(analysed) == ["Nord Cargo"]
    quotes = [claim.values("quote")[0] for claim in analysed.claims if claim.type == "statement"]
    assert quotes[0].startswith("Kazakhstan")


# Agreements: deals and accession


def test_signed_a_deal_is_a_signed_document(analyse: Analyse) -> None:
    text = "Nord Cargo signed a $300 million deal with Kazakh Rail in Astana on Monday."
    kinds = [claim.values("kind") for claim in agreements_of(analyse(text))]
    assert kinds == [["deal"]]


def test_inked_a_deal_is_a_signed_document(analyse: Analyse) -> None:
    text = "Qatar Energy inked a deal with the government of Ghana to build a gas plant."
    agreements = agreements_of(analyse(text))
    assert [claim.values("kind") for claim in agreements] == [["deal"]]
    assert agreements[0].modality == Modality.FACT


def test_a_deal_to_be_signed_is_planned(analyse: Analyse) -> None:
    text = "The two governments will sign a deal on gas transit in Baku next month."
    agreements = agreements_of(analyse(text))
    assert [claim.modality for claim in agreements] == [Modality.PLANNED]


def test_acceding_to_a_convention_signs_it(analyse: Analyse) -> None:
    text = "Turkmenistan acceded to the convention on transboundary watercourses in 2012."
    assert [claim.values("kind") for claim in agreements_of(analyse(text))] == [["convention"]]


def test_a_deal_nobody_signs_is_no_agreement(analyse: Analyse) -> None:
    text = "The deal collapsed after a year of talks, and a great deal of money was lost."
    assert agreements_of(analyse(text)) == []


def test_acceding_to_a_request_is_no_agreement(analyse: Analyse) -> None:
    assert agreements_of(analyse("The minister acceded to the request of the farmers.")) == []
