"""English meetings, round english-meetings5: credentials ceremonies told as lists (the host
meets each envoy, named in the sentence about the papers or in the list after it) and a
meeting noun named for its audience ("a press conference with X" is no meeting).
Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_english_meetings import people_meeting

# A credentials ceremony: one meeting of the host with each envoy


def test_credentials_received_from_envoys_named_in_the_sentence(analyse: Analyse) -> None:
    text = (
        "President Helena Marcussen received the credentials of the new ambassadors of "
        "Peru, Tomas Villalobos, and Kenya, Grace Wanjiru, at the Presidential Palace."
    )
    met = people_meeting(analyse, text)
    assert {"Helena Marcussen", "Tomas Villalobos"} in met
    assert {"Helena Marcussen", "Grace Wanjiru"} in met


def test_envoys_listed_after_the_sentence_about_the_papers(analyse: Analyse) -> None:
    text = (
        "Envoys of three countries presented their credentials to President Helena "
        "Marcussen on Tuesday. The envoys were Ambassador of Chile Rodrigo Fuentes, "
        "Ambassador of Norway Ingrid Solberg and Ambassador of Ghana Kwame Asante."
    )
    met = people_meeting(analyse, text)
    for envoy in ("Rodrigo Fuentes", "Ingrid Solberg", "Kwame Asante"):
        assert {"Helena Marcussen", envoy} in met


def test_envoys_told_one_by_one_after_the_ceremony(analyse: Analyse) -> None:
    text = (
        "Four new ambassadors presented their letters of credence to the President on "
        "Friday. President Helena Marcussen received first the Ambassador of Brazil, Paulo "
        "Cardoso. He was followed by the Ambassador of Japan, Kenji Morita."
    )
    met = people_meeting(analyse, text)
    assert {"Helena Marcussen", "Paulo Cardoso"} in met
    assert {"Helena Marcussen", "Kenji Morita"} in met


def test_a_host_accrediting_envoys(analyse: Analyse) -> None:
    text = (
        "President Helena Marcussen on Monday accredited two ambassadors: Tomas Villalobos "
        "of Peru and Grace Wanjiru of Kenya."
    )
    met = people_meeting(analyse, text)
    assert {"Helena Marcussen", "Tomas Villalobos"} in met
    assert {"Helena Marcussen", "Grace Wanjiru"} in met


def test_an_envoy_presenting_credentials_to_a_named_head(analyse: Analyse) -> None:
    text = "Ambassador Tomas Villalobos presented his credentials to President Helena Marcussen."
    assert {"Helena Marcussen", "Tomas Villalobos"} in people_meeting(analyse, text)


def test_a_previous_ambassador_named_in_the_list_is_not_met(analyse: Analyse) -> None:
    text = (
        "President Helena Marcussen received the credentials of the new ambassador of Peru, "
        "Tomas Villalobos. He succeeds the previous ambassador, Luis Romero, who retired."
    )
    met = people_meeting(analyse, text)
    assert {"Helena Marcussen", "Tomas Villalobos"} in met
    assert not any("Luis Romero" in people for people in met)


def test_credentials_told_as_definition_without_names_are_silent(analyse: Analyse) -> None:
    text = (
        "Letters of credence are documents presented by ambassadors to the head of state. "
        "Minister Anna Lind later opened a new school in Uppsala."
    )
    assert all(len(people) < 2 for people in people_meeting(analyse, text))


def test_a_minister_attending_the_ceremony_is_no_envoy(analyse: Analyse) -> None:
    text = (
        "President Helena Marcussen, accompanied by Foreign Minister Anders Holm, received "
        "the credentials of the ambassador of Peru, Tomas Villalobos."
    )
    met = people_meeting(analyse, text)
    assert {"Helena Marcussen", "Tomas Villalobos"} in met
    assert {"Anders Holm", "Tomas Villalobos"} not in met


# A meeting noun named for its audience


def test_a_press_conference_with_someone_is_no_meeting(analyse: Analyse) -> None:
    text = "Minister Anna Lind held a press conference with Mayor Erik Sandberg on Monday."
    assert {"Anna Lind", "Erik Sandberg"} not in people_meeting(analyse, text)


def test_a_conference_with_someone_still_reads_as_a_meeting(analyse: Analyse) -> None:
    text = "Minister Anna Lind held talks with Mayor Erik Sandberg on Monday."
    assert {"Anna Lind", "Erik Sandberg"} in people_meeting(analyse, text)
