"""English reports split where the page's layout does: a headline, a paragraph and the
words after a wire dateline begin a sentence, as the Russian splitter has them; and "the
ministry said" stands for a state body named before, never for the agency in the
dateline. Reports written for the tests."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from tests.conftest import Analyse, statement_speakers


def _sentences(analysed: AnalysedDocument) -> list[str]:
    return [sentence.text for sentence in analysed.sentences]


REPORT = (
    "Lisbon and Rabat widen fisheries cooperation\n\n"
    "LISBON, May 12 (Coastwire) - Portugal and Morocco agreed on Monday to extend their "
    "fisheries accord for four years.\n"
    "The Portuguese Ministry of Agriculture said the accord covers 40 vessels."
)


def test_a_headline_is_a_sentence_of_its_own(analyse: Analyse) -> None:
    sentences = _sentences(analyse(REPORT))
    assert sentences[0] == "Lisbon and Rabat widen fisheries cooperation"


def test_the_dateline_ends_before_the_reports_own_words(analyse: Analyse) -> None:
    sentences = _sentences(analyse(REPORT))
    assert "LISBON, May 12 (Coastwire) -" in sentences
    assert sentences[2].startswith("Portugal and Morocco agreed on Monday")


def test_a_hard_wrapped_line_stays_in_its_sentence(analyse: Analyse) -> None:
    text = (
        "The governor said the new bridge over the river would open\n"
        "in October, two months later than planned."
    )
    assert len(_sentences(analyse(text))) == 1


def test_the_ministry_is_not_the_agency_of_the_dateline(analyse: Analyse) -> None:
    text = (
        "OSLO, June 3 (Northwire) - Norway will fund two new research vessels, officials said.\n"
        '"The vessels will sail in 2028," the ministry said in a statement.'
    )
    assert "Northwire" not in statement_speakers(analyse(text))


def test_the_ministry_named_before_speaks(analyse: Analyse) -> None:
    text = (
        "OSLO, June 3 (Northwire) - The Norwegian Ministry of Fisheries announced two new "
        "research vessels.\n"
        '"The vessels will sail in 2028," the ministry said in a statement.'
    )
    assert statement_speakers(analyse(text))[-1] == "Norwegian Ministry of Fisheries"


def test_a_state_adjective_after_the_dateline_stays_with_its_post(analyse: Analyse) -> None:
    # the English report of the written bilingual story (tests/data/clusters-bilingual)
    text = (
        "BISHKEK, Oct. 14 - Kyrgyz Foreign Minister Nurlan Toktosunov held talks with "
        "Finland's Minister for Foreign Trade and Development Eeva Lahtinen in Bishkek on "
        "Wednesday. The two ministers signed a memorandum of understanding on water resource "
        "management."
    )
    sentences = _sentences(analyse(text))
    assert sentences[1].startswith("Kyrgyz Foreign Minister Nurlan Toktosunov held talks")
