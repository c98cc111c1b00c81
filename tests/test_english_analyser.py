"""The English analyser: spaCy's parse as the UD tree the extractors read, entities as
PER/ORG/LOC/LOCORG mentions, dates resolved against publication, money and counts.
Every sentence here was written for these tests."""

from __future__ import annotations

import subprocess
import sys

import pytest

from concord.analysis import AnalysedDocument, Sentence, Token
from concord.document import Document
from concord.nlp.analyser import ANALYSERS
from concord.nlp.english import EnglishAnalyser
from concord.nlp.english_dates import find_english_dates
from concord.nlp.english_quantities import find_english_quantities
from concord.nlp.english_syntax import ParsedWord, to_universal
from concord.pipeline import Pipeline

PUBLISHED = "2026-11-29"  # a Sunday


@pytest.fixture(scope="module")
def analyser() -> EnglishAnalyser:
    return EnglishAnalyser()


def analyse(analyser: EnglishAnalyser, text: str) -> AnalysedDocument:
    return analyser.annotate(Document(text=text, published=PUBLISHED, language="en"))


def tree(sentence: Sentence) -> dict[str, tuple[str, str]]:
    """word → (relation, head word)."""
    return {
        token.text: (token.relation, sentence.tokens[token.head].text if token.head >= 0 else "")
        for token in sentence.tokens
    }


# --- the tree ------------------------------------------------------------------------------


def test_a_preposition_hangs_from_its_noun_as_case() -> None:
    """ "met him in Tashkent": ClearNLP prep(met, in), pobj(in, Tashkent) becomes
    obl(met, Tashkent), case(Tashkent, in)."""
    words = [
        ParsedWord("they", "PRON", "nsubj", 1),
        ParsedWord("meet", "VERB", "ROOT", 1),
        ParsedWord("in", "ADP", "prep", 1),
        ParsedWord("Tashkent", "PROPN", "pobj", 2),
        ParsedWord("mayor", "NOUN", "dobj", 1),
        ParsedWord("of", "ADP", "prep", 4),
        ParsedWord("Bukhara", "PROPN", "pobj", 5),
    ]
    assert to_universal(words) == [
        (1, "nsubj"), (-1, "root"), (3, "case"), (1, "obl"), (1, "obj"), (6, "case"), (4, "nmod"),
    ]  # fmt: skip


def test_a_copula_hangs_from_its_predicate() -> None:
    words = [
        ParsedWord("she", "PRON", "nsubj", 1),
        ParsedWord("be", "AUX", "ROOT", 1),
        ParsedWord("minister", "NOUN", "attr", 1),
    ]
    assert to_universal(words) == [(2, "nsubj"), (2, "cop"), (-1, "root")]


def test_the_lavrov_sentence_has_the_universal_tree(analyser: EnglishAnalyser) -> None:
    text = "Foreign Minister Sergey Lavrov met his Uzbek counterpart in Tashkent on Thursday."
    sentence = analyse(analyser, text).sentences[0]
    found = tree(sentence)
    assert found["Lavrov"] == ("nsubj", "met")
    assert found["counterpart"] == ("obj", "met")
    assert found["Tashkent"] == ("obl", "met")
    assert found["in"] == ("case", "Tashkent")
    assert found["met"] == ("root", "")
    assert next(t.lemma for t in sentence.tokens if t.text == "met") == "meet"
    assert next(t.pos for t in sentence.tokens if t.text == "Uzbek") == "ADJ"


def test_passive_agent_and_future(analyser: EnglishAnalyser) -> None:
    first, second = analyse(
        analyser,
        "The memorandum was signed by the ministers in Samarkand. "
        "The university will open a campus next year.",
    ).sentences
    assert tree(first)["memorandum"] == ("nsubj:pass", "signed")
    assert tree(first)["ministers"] == ("obl:agent", "signed")
    assert tree(first)["by"] == ("case", "ministers")
    opening = next(t for t in second.tokens if t.text == "open")
    assert opening.feats["Tense"] == "Fut"  # what the modality check reads


# --- entities ------------------------------------------------------------------------------


def test_entities_as_the_russian_side_types_them(analyser: EnglishAnalyser) -> None:
    analysed = analyse(
        analyser,
        "Foreign Minister Sergey Lavrov met his Uzbek counterpart in Tashkent on Thursday. "
        "Lavrov's delegation then held talks with Kazakhstan and the European Union.",
    )
    mentions = [(m.text, m.type, m.normal) for m in analysed.mentions]
    assert ("Sergey Lavrov", "PER", "Sergey Lavrov") in mentions
    assert ("Lavrov", "PER", "Lavrov") in mentions  # without "'s"
    assert ("Tashkent", "LOC", "Tashkent") in mentions  # something happens in it
    assert ("Kazakhstan", "LOCORG", "Kazakhstan") in mentions  # a party to the talks
    assert ("European Union", "ORG", "European Union") in mentions  # without "the"
    assert not any(m.text == "Uzbek" for m in analysed.mentions)  # an adjective
    people = [e for e in analysed.entities if e.type == "PER"]
    assert [(e.name, len(e.mentions)) for e in people] == [("Sergey Lavrov", 2)]
    assert {e.type for e in analysed.entities if e.name == "Kazakhstan"} == {"LOC"}


def test_a_courtesy_title_is_not_part_of_the_name(analyser: EnglishAnalyser) -> None:
    analysed = analyse(analyser, "Mr Daniel Whitmore arrived in Bishkek on Friday.")
    assert [m.normal for m in analysed.mentions if m.type == "PER"] == ["Daniel Whitmore"]


# --- dates ---------------------------------------------------------------------------------


def dates_of(text: str, tokens: list[Token] | None = None) -> list[tuple[str, str, str]]:
    sentence = Sentence(0, len(text), text, tokens or [])
    return [(d.text, d.value, d.relation) for d in find_english_dates([sentence], PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It opened on 29 November 2026.", [("29 November 2026", "2026-11-29", "on")]),
        ("It opened on Nov. 29, 2026.", [("Nov. 29, 2026", "2026-11-29", "on")]),
        ("It opened on November 12.", [("November 12", "2026-11-12", "on")]),
        ("The plan covers 2025-2030.", [("2025", "2025", "since"), ("2030", "2030", "until")]),
        ("Tariffs go by 2030.", [("by 2030", "2030", "until")]),
        ("A campus opens in 2027.", [("in 2027", "2027", "on")]),
        ("Talks began in March 2024.", [("March 2024", "2024-03", "on")]),
        ("It started yesterday.", [("yesterday", "2026-11-28", "on")]),
        ("Exports grew last year.", [("last year", "2025", "on")]),
        ("Talks resume next month.", [("next month", "2026-12", "on")]),
        ("They met on Thursday.", [("on Thursday", "2026-11-26", "on")]),
        ("Since 2019 the fund has grown.", [("Since 2019", "2019", "since")]),
    ],
)
def test_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates_of(text) == expected


def test_a_weekday_looks_ahead_in_the_future_tense(analyser: EnglishAnalyser) -> None:
    past = analyse(analyser, "The ministers met on Thursday.")
    future = analyse(analyser, "The ministers will meet on Thursday.")
    assert [d.value for d in past.dates] == ["2026-11-26"]
    assert [d.value for d in future.dates] == ["2026-12-03"]


def test_months_may_and_march_are_not_verbs() -> None:
    assert dates_of("Officials may march in protest.") == []


# --- quantities ----------------------------------------------------------------------------


def quantities_of(analyser: EnglishAnalyser, text: str) -> list[tuple[str, float | None, str]]:
    return [(q.text, q.amount, q.unit) for q in analyse(analyser, text).quantities]


def test_money_with_scale_words_and_currencies(analyser: EnglishAnalyser) -> None:
    text = (
        "The fund raised $2.3 billion, then £450m and €1.2bn more, "
        "and the bank lent 1.6 billion dollars."
    )
    assert quantities_of(analyser, text) == [
        ("$2.3 billion", 2.3e9, "USD"),
        ("£450m", 450e6, "GBP"),
        ("€1.2bn", 1.2e9, "EUR"),
        ("1.6 billion dollars", 1.6e9, "USD"),
    ]


def test_shares_and_counted_things(analyser: EnglishAnalyser) -> None:
    text = (
        "Exports rose 37 % and imports 12 percent, as more than 200 companies "
        "finished 12 of the 30 projects in 2025."
    )
    assert quantities_of(analyser, text) == [
        ("37 %", 37.0, "%"),
        ("12 percent", 12.0, "%"),
        ("200 companies", 200.0, "company"),
        ("12", 12.0, "project"),
        ("30 projects", 30.0, "project"),
    ]


def test_days_and_years_are_no_figures() -> None:
    text = "On 29 November 2026 the 2025 budget passed."
    assert find_english_quantities([Sentence(0, len(text), text, [])]) == []


# --- the pipeline --------------------------------------------------------------------------


def test_english_documents_are_analysed_through_the_pipeline() -> None:
    assert "en" in ANALYSERS
    analysed = Pipeline().analyse(
        Document(text="The ministers of Uzbekistan and Germany met in Samarkand on Monday.")
    )
    assert (analysed.document.language, analysed.status) == ("en", "analysed")
    assert {m.normal for m in analysed.mentions} >= {"Uzbekistan", "Germany", "Samarkand"}


def test_spacy_loads_only_when_an_english_document_arrives() -> None:
    code = "import sys, concord.pipeline; print('spacy' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_a_name_after_a_long_post_is_a_person(analyser: EnglishAnalyser) -> None:
    document = analyse(
        analyser,
        "Kazakhstan's Economy Minister Aidar Omarov met Norway's Minister for Trade and "
        "Industry Ragnhild Solbakken in Astana.",
    )
    people = {m.text for m in document.mentions if m.type == "PER"}
    assert "Ragnhild Solbakken" in people


def test_capitalised_words_of_a_post_are_no_person(analyser: EnglishAnalyser) -> None:
    document = analyse(
        analyser, "The Minister for Foreign Trade said so. The Secretary of State Office opened."
    )
    assert not [m for m in document.mentions if m.type == "PER"]


def test_a_name_tagged_once_is_that_person_where_it_stands_untagged(
    analyser: EnglishAnalyser,
) -> None:
    from concord.claim import Mention
    from concord.nlp.english_entities import _people_named_elsewhere

    document = analyse(analyser, "Talks went well. Later Ragnhild Solbakken left the capital.")
    tagged = Mention(0, 5, "Ragnhild Solbakken", "PER", "Ragnhild Solbakken")  # as if elsewhere
    found = _people_named_elsewhere(document.sentences, [tagged])
    assert [(m.text, m.type) for m in found][1:] == [("Ragnhild Solbakken", "PER")]
