"""English meetings whose sides are all tagged as people, yet were not linked (class (c)
of english-meetings9): a guest meeting people each written after a post word of their
own, where the parser's list does not line up with the names; and a name set off by
commas after the post it names, which the parser hangs as an adverbial noun. Every
sentence here was written for these tests."""

from __future__ import annotations

from concord.nlp.english_syntax import ParsedWord, to_universal
from tests.conftest import Analyse
from tests.test_english_meetings import people_meeting

# --- one meeting with each person written after a post of their own ----------------------


def test_a_counterpart_and_a_chief_are_met_one_by_one(analyse: Analyse) -> None:
    text = (
        "The visiting envoy Paolo Rossi will meet Finance Minister Amal Kareem and Trade "
        "Minister Ines Moreau during the trip."
    )
    met = people_meeting(analyse, text)
    assert {"Paolo Rossi", "Amal Kareem"} in met
    assert {"Paolo Rossi", "Ines Moreau"} in met
    assert {"Paolo Rossi", "Amal Kareem", "Ines Moreau"} not in met


def test_posts_before_names_split_a_list_hung_on_the_first_name(analyse: Analyse) -> None:
    text = (
        "Trade Secretary Maria Lund will hold talks with her Chilean counterpart Tomas "
        "Ibarra and mining chief Lucia Ferran in Santiago."
    )
    met = people_meeting(analyse, text)
    assert {"Maria Lund", "Tomas Ibarra"} in met
    assert {"Maria Lund", "Lucia Ferran"} in met


def test_hosts_each_with_a_post_in_apposition_welcomed_the_guest_one_by_one(
    analyse: Analyse,
) -> None:
    text = (
        "Prime Minister Li Wen arrived in Ottawa. He then went to Parliament Hill, where he "
        "was welcomed by George Furey, speaker of the Senate, and Geoff Regan, speaker of "
        "the House of Commons."
    )
    met = people_meeting(analyse, text)
    assert {"Li Wen", "George Furey"} in met
    assert {"Li Wen", "Geoff Regan"} in met


def test_one_post_for_both_names_stays_one_meeting(analyse: Analyse) -> None:
    text = "Trade Secretary Maria Lund met the ministers Tomas Ibarra and Lucia Ferran in Lima."
    met = people_meeting(analyse, text)
    assert {"Maria Lund", "Tomas Ibarra"} not in met
    assert {"Maria Lund", "Lucia Ferran"} not in met


def test_names_alone_stay_one_meeting(analyse: Analyse) -> None:
    text = "Trade Secretary Maria Lund will meet Tomas Ibarra and Lucia Ferran in Lima."
    met = people_meeting(analyse, text)
    assert {"Maria Lund", "Tomas Ibarra"} not in met


# --- a name set off by commas after its post --------------------------------------------


def test_a_name_between_commas_after_a_post_is_the_companion(analyse: Analyse) -> None:
    text = (
        "The Foreign Secretary, Helen Marsh, met with the Minister of Trade of Peru, "
        "Mr. Diego Salazar, at the summit venue on Friday."
    )
    met = people_meeting(analyse, text)
    assert {"Helen Marsh", "Diego Salazar"} in met


def test_the_name_after_a_comma_hangs_on_the_post_as_apposition() -> None:
    # "met the Minister of Peru, Diego Salazar, ." as the parser gives it: the name an
    # adverbial noun of the verb
    words = [
        ParsedWord("Lund", "PROPN", "nsubj", 1),
        ParsedWord("meet", "VERB", "ROOT", 1),
        ParsedWord("the", "DET", "det", 3),
        ParsedWord("Minister", "PROPN", "dobj", 1),
        ParsedWord("of", "ADP", "prep", 3),
        ParsedWord("Peru", "PROPN", "pobj", 4),
        ParsedWord(",", "PUNCT", "punct", 1),
        ParsedWord("Diego", "PROPN", "compound", 8),
        ParsedWord("Salazar", "PROPN", "npadvmod", 1),
        ParsedWord(",", "PUNCT", "punct", 1),
        ParsedWord(".", "PUNCT", "punct", 1),
    ]
    assert to_universal(words)[8] == (3, "appos")


def test_a_time_after_a_comma_is_left_alone() -> None:
    # "met the minister, this week." : a common noun, no name
    words = [
        ParsedWord("Lund", "PROPN", "nsubj", 1),
        ParsedWord("meet", "VERB", "ROOT", 1),
        ParsedWord("the", "DET", "det", 3),
        ParsedWord("minister", "NOUN", "dobj", 1),
        ParsedWord(",", "PUNCT", "punct", 1),
        ParsedWord("this", "DET", "det", 6),
        ParsedWord("week", "NOUN", "npadvmod", 1),
        ParsedWord(".", "PUNCT", "punct", 1),
    ]
    assert to_universal(words)[6] == (1, "obl:npmod")
