"""English meeting words the reader did not take (english-meetings11): a host who greeted or
interacted with a guest, co-chairs, a visiting guest after "with", and a round of meetings
told with "followed by". Every sentence here was written for these tests."""

from __future__ import annotations

from concord.nlp.english_syntax import ParsedWord, to_universal
from tests.conftest import Analyse
from tests.test_english_meetings import people_meeting

# --- meeting words the reader did not take --------------------------


def test_a_host_who_greeted_a_guest_met_him(analyse: Analyse) -> None:
    text = "Governor Helena Marsh greeted Ambassador Yusuf Demir at the state guest house."
    assert {"Helena Marsh", "Yusuf Demir"} in people_meeting(analyse, text)


def test_greeting_a_crowd_is_no_meeting(analyse: Analyse) -> None:
    text = "Governor Helena Marsh greeted the supporters outside the assembly hall."
    assert not [met for met in people_meeting(analyse, text) if len(met) > 1]


def test_interacting_with_a_leader_is_a_meeting(analyse: Analyse) -> None:
    text = "Prime Minister Arjun Varma interacted with Chancellor Petra Lindholm at the summit."
    assert {"Arjun Varma", "Petra Lindholm"} in people_meeting(analyse, text)


def test_co_chairs_in_the_passive_met_each_other(analyse: Analyse) -> None:
    text = (
        "The third joint commission was co-chaired by Foreign Minister Ana Duarte and "
        "External Affairs Minister Vikram Sethi."
    )
    assert {"Ana Duarte", "Vikram Sethi"} in people_meeting(analyse, text)


def test_co_chairs_named_in_an_opening_participle_met_each_other(analyse: Analyse) -> None:
    text = (
        "Co-chaired by Foreign Minister Ana Duarte and Deputy Prime Minister Kofi Mensah, "
        "the session reviewed trade and energy links."
    )
    assert {"Ana Duarte", "Kofi Mensah"} in people_meeting(analyse, text)


def test_one_chair_alone_meets_nobody(analyse: Analyse) -> None:
    text = "The session was chaired by Foreign Minister Ana Duarte in the capital."
    assert not [met for met in people_meeting(analyse, text) if len(met) > 1]


def test_a_visiting_guest_after_with_is_the_companion(analyse: Analyse) -> None:
    text = "Minister Omar Haddad met with visiting Foreign Minister Greta Holm on Monday."
    assert {"Omar Haddad", "Greta Holm"} in people_meeting(analyse, text)


def test_visiting_before_a_name_becomes_its_attribute() -> None:
    # "met with visiting Minister Holm": spaCy's shape, "visiting" a clause under "with"
    words = [
        ParsedWord("Haddad", "PROPN", "nsubj", 1),
        ParsedWord("meet", "VERB", "ROOT", 1),
        ParsedWord("with", "ADP", "prep", 1),
        ParsedWord("visit", "VERB", "pcomp", 2),
        ParsedWord("Minister", "PROPN", "compound", 5),
        ParsedWord("Holm", "PROPN", "dobj", 3),
    ]
    tree = to_universal(words)
    assert tree[5] == (1, "obl")  # the guest is the verb's companion
    assert tree[3] == (5, "amod")  # "visiting" describes the guest
    assert tree[2] == (5, "case")


def test_visiting_a_city_is_left_alone() -> None:
    # "met Holm after visiting Paris": "after" is no companion preposition
    words = [
        ParsedWord("Haddad", "PROPN", "nsubj", 1),
        ParsedWord("meet", "VERB", "ROOT", 1),
        ParsedWord("Holm", "PROPN", "dobj", 1),
        ParsedWord("after", "ADP", "prep", 1),
        ParsedWord("visit", "VERB", "pcomp", 3),
        ParsedWord("Paris", "PROPN", "dobj", 4),
    ]
    tree = to_universal(words)
    assert tree[5] == (4, "obj")


# --- a round of meetings told with "followed by" -----------------------


def test_companions_after_followed_by_are_met_one_by_one(analyse: Analyse) -> None:
    text = (
        "President Samuel Okoro will first meet Kenyan President Daniel Mwangi, followed by "
        "Ghanaian President Ama Boateng and Senegalese Prime Minister Idrissa Fall."
    )
    met = people_meeting(analyse, text)
    assert {"Samuel Okoro", "Daniel Mwangi"} in met
    assert {"Samuel Okoro", "Ama Boateng"} in met
    assert {"Samuel Okoro", "Idrissa Fall"} in met


def test_talks_followed_by_more_talks_are_met_one_by_one(analyse: Analyse) -> None:
    text = (
        "Chancellor Erik Brandt held talks with Polish Prime Minister Jan Kowal, followed "
        "by Czech Prime Minister Pavel Novotny."
    )
    met = people_meeting(analyse, text)
    assert {"Erik Brandt", "Jan Kowal"} in met
    assert {"Erik Brandt", "Pavel Novotny"} in met


def test_an_event_that_followed_adds_no_companion(analyse: Analyse) -> None:
    text = (
        "Chancellor Erik Brandt met Polish Prime Minister Jan Kowal, followed by a lunch "
        "given by Mayor Rosa Weber."
    )
    met = people_meeting(analyse, text)
    assert {"Erik Brandt", "Jan Kowal"} in met
    assert {"Erik Brandt", "Rosa Weber"} not in met
