"""Who speaks in English reports, round english-speakers: a post given with a state or in
another spelling ("the Qatari premier", "the foreign minister of Chile", "the top
diplomat") is the person the report introduced with that post at that place, not the one
named last; a plural post of named states, a pair ("the two ministers", "both leaders")
and "the sides" speak for each; an Arabic name keeps its particles ("bin", "Al");
"officials said" names nobody; "stressed the importance of …" is a statement. Sentences
written for the tests."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.document import Document
from concord.knowledge.demonyms import state_named, state_of_adjective
from concord.pipeline import Pipeline
from tests.conftest import Analyse, claims_of, statement_speakers


def _all_speakers(analysed: AnalysedDocument) -> list[list[str]]:
    return [claim.values("speaker") for claim in claims_of(analysed, "statement")]


# A post with a state or another spelling


def test_the_qatari_premier_is_the_prime_minister_of_qatar(analyse: Analyse) -> None:
    text = (
        "Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani received US Secretary of "
        "State Marco Rubio in Doha on Sunday. Rubio thanked the emirate for its mediation. "
        "The Qatari premier said the talks had been constructive."
    )
    assert statement_speakers(analyse(text)) == ["Mohammed bin Abdulrahman Al Thani"]


def test_the_foreign_minister_of_chile_is_not_the_minister_named_last(analyse: Analyse) -> None:
    text = (
        "Chile's Foreign Minister Alberto Vargas met Peru's Foreign Minister Elmer Castro in "
        "Lima. Castro praised the meeting. The foreign minister of Chile said the border "
        "question was settled."
    )
    assert statement_speakers(analyse(text))[-1] == "Alberto Vargas"


def test_an_adjective_of_state_picks_the_minister_of_that_state(analyse: Analyse) -> None:
    text = (
        "Iranian Foreign Minister Hossein Rahimi met Saudi Foreign Minister Faisal Al Rashid "
        "in Jeddah. Al Rashid hosted a dinner for the delegation. The Iranian minister said "
        "the talks had been productive."
    )
    assert statement_speakers(analyse(text)) == ["Hossein Rahimi"]


def test_a_quote_of_the_emirati_minister(analyse: Analyse) -> None:
    text = (
        "Emirati Foreign Minister Khalid Al Mansouri met Indian Foreign Minister Raj Mehta "
        "in Abu Dhabi. “Our ties have never been stronger,” the Emirati minister said."
    )
    assert statement_speakers(analyse(text)) == ["Khalid Al Mansouri"]


# Plural speakers


def test_the_foreign_ministers_of_two_states_both_speak(analyse: Analyse) -> None:
    text = "The foreign ministers of France and Germany said they would support the plan."
    assert _all_speakers(analyse(text)) == [["France"], ["Germany"]]


def test_the_two_ministers_are_both_named_before(analyse: Analyse) -> None:
    text = (
        "Foreign Minister Jonas Berg met Foreign Minister Pekka Laine in Helsinki on "
        "Monday. The two ministers said they would open a joint consulate."
    )
    assert statement_speakers(analyse(text)) == ["Jonas Berg", "Pekka Laine"]


def test_both_leaders_said(analyse: Analyse) -> None:
    text = (
        "President Ali Bongo met President Paul Biya in Yaounde. Both leaders said the "
        "relationship was strong."
    )
    assert statement_speakers(analyse(text)) == ["Ali Bongo", "Paul Biya"]


def test_stressed_the_importance_is_a_statement(analyse: Analyse) -> None:
    text = (
        "Foreign Minister Pekka Laine met his Estonian counterpart in Tallinn. Laine "
        "stressed the importance of a common energy market."
    )
    assert statement_speakers(analyse(text)) == ["Pekka Laine"]


# Names


def test_an_arabic_name_keeps_its_particles(pipeline: Pipeline) -> None:
    text = (
        "Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani met Turkish President "
        "Kemal Aydin in Ankara on Monday."
    )
    analysed = pipeline.analyse(Document(text=text, published="2026-02-27", language="en"))
    people = [m.text for m in analysed.mentions if m.type == "PER"]
    assert people[0] == "Mohammed bin Abdulrahman Al Thani"


def test_the_demonym_list_names_states() -> None:
    assert state_of_adjective("Qatari") == "Qatar"
    assert state_named("UAE") == state_of_adjective("Emirati") == "United Arab Emirates"
    assert state_named("Qatar's") == "Qatar"
    assert state_named("Paris") is None


# Negatives: nobody named, or no pair to speak


def test_officials_said_names_nobody(analyse: Analyse) -> None:
    assert statement_speakers(analyse("Officials said the talks would continue next week.")) == []


def test_both_leaders_with_nobody_named_names_nobody(analyse: Analyse) -> None:
    assert statement_speakers(analyse("Both leaders said the relationship was strong.")) == []


def test_the_sides_of_different_sentences_are_no_pair(analyse: Analyse) -> None:
    text = (
        "Mayor Tom Hale opened the bridge. Governor Ann Price visited the school later. "
        "The sides noted that trade was growing."
    )
    assert statement_speakers(analyse(text)) == []


def test_a_state_no_one_was_introduced_with_keeps_the_minister_named(analyse: Analyse) -> None:
    text = (
        "Foreign Minister Jonas Berg arrived in Oslo on Monday. The Swedish minister said "
        "the visit was useful."
    )
    assert statement_speakers(analyse(text)) == ["Jonas Berg"]
