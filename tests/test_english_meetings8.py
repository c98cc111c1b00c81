"""English meetings, round english-meetings8: credentials ceremonies told as lists. The
papers handed to a head of state written without "to" ("will present their credentials
President X"), a list of envoys told after a sentence that names no one, and envoys
listed one per line with their post on the line below. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_english_meetings import people_meeting


def test_credentials_handed_to_a_head_of_state_without_to(analyse: Analyse) -> None:
    text = (
        "The envoys of five countries will present their credentials Chilean President "
        "Elena Ruiz on Monday. The solemn ceremony is held every spring in the old palace. "
        "Among those invited are the new ambassadors of Ghana – Kofi Mensah, Peru – Carlos "
        "Mendoza and Norway – Ingrid Solberg."
    )
    met = people_meeting(analyse, text)
    assert {"Elena Ruiz", "Kofi Mensah"} in met
    assert {"Elena Ruiz", "Carlos Mendoza"} in met


def test_envoys_listed_one_per_line_with_a_post_below(analyse: Analyse) -> None:
    text = (
        "Governor General Anna Lindqvist welcomed three new heads of mission at the residence.\n"
        "During the ceremony, the following heads of mission presented their credentials "
        "to the Governor General:\n"
        "His Excellency Tomas Berglund\n"
        "Ambassador of the Kingdom of Sweden\n"
        "His Excellency Nikolaj Hansen\n"
        "Ambassador of the Kingdom of Denmark\n"
    )
    met = people_meeting(analyse, text)
    assert {"Anna Lindqvist", "Tomas Berglund"} in met
    assert {"Anna Lindqvist", "Nikolaj Hansen"} in met


def test_a_later_sentence_about_someone_else_is_no_envoy(analyse: Analyse) -> None:
    text = (
        "The ambassadors of two countries presented their credentials to President Elena "
        "Ruiz on Monday. The ceremony was short. Opposition leader Marco Bellini criticised "
        "the budget in parliament."
    )
    met = people_meeting(analyse, text)
    assert not any("Marco Bellini" in people for people in met)


def test_credentials_named_without_a_host_stay_silent(analyse: Analyse) -> None:
    text = (
        "New ambassadors must present their credentials before they take up their duties. "
        "The ceremony was postponed. Ambassador of Ghana Kofi Mensah arrived on Friday."
    )
    assert people_meeting(analyse, text) == []


def test_welcomed_by_hosts_each_with_a_post(analyse: Analyse) -> None:
    text = (
        "On arrival in Ottawa, Premier Wen Haolin was welcomed by John Harper, speaker of the "
        "Senate, and Mary Collins, speaker of the House of Commons."
    )
    met = people_meeting(analyse, text)
    assert {"Wen Haolin", "John Harper"} in met
    assert {"Wen Haolin", "Mary Collins"} in met
    assert not any(len(people) > 2 for people in met)


def test_welcomed_by_names_alone_stays_one_meeting(analyse: Analyse) -> None:
    text = "Premier Wen Haolin was welcomed by John Harper and Mary Collins."
    assert people_meeting(analyse, text) == [{"Wen Haolin", "John Harper", "Mary Collins"}]
