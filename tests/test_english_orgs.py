"""A state's bodies and counterparts in English reports, round english-orgs: "Chile's
foreign ministry", "the Italian foreign ministry", "Greece's Ministry of Foreign Affairs"
are one organisation each, named "Ministry of Foreign Affairs of <state>" as the Russian
"МИД <state>" is keyed, and "the ministry" / "the embassy" refer back to it; bodies whose
name says the state ("the State Department") have one name; "his Argentine counterpart Y"
holds the post of the one named before, of Argentina. Sentences written for the tests."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.knowledge.organisation_names import same_organisation
from tests.conftest import Analyse, claims_of, statement_speakers


def _occupations(analysed: AnalysedDocument) -> list[tuple[str, str, str]]:
    return [
        (claim.values("who")[0], claim.values("position")[0], (claim.values("where") or [""])[0])
        for claim in claims_of(analysed, "occupation")
    ]


def _organisations(analysed: AnalysedDocument) -> list[str]:
    return [mention.normal for mention in analysed.mentions if mention.type == "ORG"]


# Bodies named with their state


def test_a_possessive_ministry_speaks_and_the_ministry_refers_back(analyse: Analyse) -> None:
    text = (
        "Brazil and Chile agreed on Monday to expand energy trade, Chile's foreign ministry "
        'said. "The accord opens a new stage for both economies," the ministry said.'
    )
    assert statement_speakers(analyse(text)) == ["Ministry of Foreign Affairs of Chile"] * 2


def test_a_lower_case_ministry_after_a_peoples_adjective(analyse: Analyse) -> None:
    text = "The Italian foreign ministry said on Friday that the envoy had been recalled."
    assert statement_speakers(analyse(text)) == ["Ministry of Foreign Affairs of Italy"]


def test_three_wordings_of_one_ministry_have_one_name(analyse: Analyse) -> None:
    text = (
        "The Greek Foreign Ministry summoned the envoy on Tuesday. Greece's Ministry of "
        "Foreign Affairs later published a note. The Ministry of Foreign Affairs of Greece "
        "called the incident regrettable."
    )
    assert _organisations(analyse(text)) == ["Ministry of Foreign Affairs of Greece"] * 3


def test_a_capital_stands_for_its_state(analyse: Analyse) -> None:
    text = "Ankara's defence ministry said the naval exercise would start in June."
    assert statement_speakers(analyse(text)) == ["Ministry of Defence of Turkey"]


def test_the_embassy_refers_back_to_the_embassy_named(analyse: Analyse) -> None:
    text = (
        "The Canadian Embassy in Rome said the visa office would reopen next week. The "
        "embassy added that appointments could be booked online."
    )
    assert statement_speakers(analyse(text)) == ["Embassy of Canada"] * 2


def test_a_body_whose_name_says_its_state_has_one_name(analyse: Analyse) -> None:
    first = analyse("The State Department said the sanctions would stay in force.")
    second = analyse("The U.S. State Department said the embassy would stay open.")
    assert statement_speakers(first) == ["US State Department"]
    assert statement_speakers(second) == ["US State Department"]
    from concord.knowledge.state_bodies import named_body  # new in this round

    assert named_body("the Kremlin") == "Kremlin"


def test_the_english_name_meets_the_russian_one() -> None:
    from concord.knowledge.state_bodies import body_of_state  # new in this round

    assert same_organisation(body_of_state("Ministry of Foreign Affairs", "Japan"), "МИД Японии")
    assert not same_organisation(body_of_state("Ministry of Foreign Affairs", "Japan"), "МИД Китая")


# Counterparts


def test_a_counterpart_holds_the_post_of_the_one_named_before(analyse: Analyse) -> None:
    text = (
        "Defence Minister Ana Torres held talks with her Argentine counterpart Luis Ferreyra "
        "in Lima on Thursday."
    )
    assert ("Luis Ferreyra", "defence minister", "Argentina") in _occupations(analyse(text))


def test_a_counterpart_named_after_a_comma(analyse: Analyse) -> None:
    text = "President Amara Diallo received his Senegalese counterpart, Moussa Ndiaye, in Conakry."
    assert ("Moussa Ndiaye", "president", "Senegal") in _occupations(analyse(text))


# Negatives


def test_a_ministry_without_a_state_gets_no_state(analyse: Analyse) -> None:
    text = "The foreign ministry said the talks would resume after the holidays."
    assert not any(
        name.endswith(" of ") or " of " in name for name in _organisations(analyse(text))
    )


def test_a_minister_is_no_ministry(analyse: Analyse) -> None:
    text = "The Foreign Minister of Japan said the talks would resume in May."
    assert not any(name.startswith("Ministry") for name in _organisations(analyse(text)))


def test_a_counterpart_with_a_post_of_their_own_keeps_it(analyse: Analyse) -> None:
    text = "Prime Minister Omar Haddad met his Tunisian counterpart, President Leila Mansour."
    posts = [post for who, post, _ in _occupations(analyse(text)) if who == "Leila Mansour"]
    assert "prime minister" not in posts


def test_an_unnamed_counterpart_makes_no_occupation(analyse: Analyse) -> None:
    text = "Foreign Minister Kaja Berg spoke with her Latvian counterpart by phone on Monday."
    assert [who for who, _, _ in _occupations(analyse(text))] == ["Kaja Berg"]


def test_a_counterpart_is_called_by_the_post_of_the_other_side(analyse: Analyse) -> None:
    text = (
        "Kenyan President Daniel Mwangi held talks with his Ghanaian counterpart Kofi Mensah "
        "in Nairobi on Monday. Mwangi thanked Ghana for its support. The Ghanaian president "
        "said the talks had opened a new chapter."
    )
    assert statement_speakers(analyse(text))[-1] == "Kofi Mensah"


def test_the_borrowed_post_does_not_carry_the_other_state(analyse: Analyse) -> None:
    text = (
        "Kenyan President Daniel Mwangi held talks with his Ghanaian counterpart Kofi Mensah "
        "in Nairobi on Monday. Mensah thanked Kenya for its welcome. The Kenyan president "
        "said the talks had opened a new chapter."
    )
    assert statement_speakers(analyse(text))[-1] == "Daniel Mwangi"
