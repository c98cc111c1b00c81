"""extract-speed: the shortcuts that make claim extraction faster must decide exactly what
the long way decided. Sentences and word lists written for these tests."""

from __future__ import annotations

from dataclasses import replace

from concord.analysis import AnalysedDocument, Sentence, Token
from concord.claimtypes import CLAIM_TYPES
from concord.document import Document
from concord.extract import extract_claims
from concord.extract.agreement.reading import kind_of as document_kind_of
from concord.extract.agreement.triggers import _no_joint_word
from concord.extract.deal.triggers import kind_of as deal_kind_of
from concord.extract.initiative.launchers import _no_relative_pronoun, relative_launch
from concord.extract.initiative.projects import is_project
from concord.extract.lexicons.en import MEETING as ENGLISH_MEETING
from concord.extract.lexicons.ru import AGREEMENT, DEAL, INITIATIVE, MEETING, SENTENCE
from concord.extract.meeting.visits import _visits_or_hosts, guests_named_apart
from concord.extract.sentence_view import SentenceView, SentenceWords, reusing_views
from tests.conftest import Analyse, kinds_of


def _sentence(words: list[tuple[str, str, str, int, str]]) -> AnalysedDocument:
    """A one-sentence document of (text, lemma, tag, head, relation) words, one space apart."""
    tokens, start = [], 0
    for text, lemma, pos, head, relation in words:
        tokens.append(Token(start, start + len(text), text, lemma, pos, {}, head, relation))
        start += len(text) + 1
    text = " ".join(word[0] for word in words)
    document = Document(text=text, language="ru")
    return AnalysedDocument(document, [Sentence(0, len(text), text, tokens)])


_IN_MOSCOW = [
    ("Завод", "завод", "NOUN", 1, "nsubj"),
    ("открылся", "открыться", "VERB", -1, "root"),
    ("в", "в", "ADP", 3, "case"),
    ("Москве", "Москва", "PROPN", 1, "obl"),
]


def test_a_view_is_built_once_inside_reusing_views_only() -> None:
    document = _sentence(_IN_MOSCOW)
    sentence = document.sentences[0]
    words = SENTENCE
    assert SentenceView.build(document, sentence, words) is not SentenceView.build(
        document, sentence, words
    )
    with reusing_views():
        first = SentenceView.build(document, sentence, words)
        with reusing_views():  # an inner block keeps the outer one's views
            assert SentenceView.build(document, sentence, words) is first
        assert SentenceView.build(document, sentence, words) is first
        other_words = replace(words, negations=frozenset({"нет"}))
        assert SentenceView.build(document, sentence, other_words) is not first
    assert SentenceView.build(document, sentence, words) is not first


def test_extract_claims_reuses_no_view_after_it_returns() -> None:
    document = _sentence(_IN_MOSCOW)
    extract_claims(document, CLAIM_TYPES)
    view = SentenceView.build(document, document.sentences[0], SENTENCE)
    assert view is not SentenceView.build(document, document.sentences[0], SENTENCE)


def test_a_remembered_preposition_is_the_one_read() -> None:
    view = SentenceView.build(*_parts(_IN_MOSCOW))
    assert [view.preposition(i) for i in range(4)] == ["", "", "", "в"]
    assert [view.preposition(i) for i in range(4)] == ["", "", "", "в"]  # remembered
    assert view.lemmas == frozenset({"завод", "открыться", "в", "Москва"})


def _parts(
    words: list[tuple[str, str, str, int, str]],
) -> tuple[AnalysedDocument, Sentence, SentenceWords]:
    document = _sentence(words)
    return document, document.sentences[0], SENTENCE


def test_a_deal_word_takes_the_first_kind_naming_it() -> None:
    assert deal_kind_of("купить", DEAL) == deal_kind_of("купить", DEAL)
    first_kind = next(iter(DEAL.kinds))
    lemma = next(iter(DEAL.kinds[first_kind]))
    both = replace(DEAL, kinds={**DEAL.kinds, "другой вид": frozenset({lemma})})
    assert deal_kind_of(lemma, both) == first_kind
    assert deal_kind_of("зелёный", DEAL) is None


def test_a_deal_word_spelt_with_yo_is_found() -> None:
    words = replace(DEAL, kinds={"покупка": frozenset({"приобретение"})})
    assert deal_kind_of("приобретение", words) == "покупка"
    yo_words = replace(DEAL, kinds={"штраф": frozenset({"штрафчек"})})
    assert deal_kind_of("штрафчёк", yo_words) == "штраф"


def test_a_two_word_document_kind_needs_its_first_word() -> None:
    words = replace(
        AGREEMENT, compound_kinds={("дорожный", "карта"): "дорожная карта", ("road", "map"): "x"}
    )
    named = SentenceView.build(
        *_parts(
            [("дорожную", "дорожный", "ADJ", 1, "amod"), ("карту", "карта", "NOUN", -1, "root")]
        )
    )
    assert document_kind_of(named, 1, words) == ("дорожная карта", [0, 1])
    bare = SentenceView.build(
        *_parts([("новую", "новый", "ADJ", 1, "amod"), ("карту", "карта", "NOUN", -1, "root")])
    )
    assert document_kind_of(bare, 1, words) is None


def test_a_sentence_with_no_relative_pronoun_is_skipped() -> None:
    view = SentenceView.build(*_parts(_IN_MOSCOW))
    assert _no_relative_pronoun(view, INITIATIVE)
    assert relative_launch(view, 0, INITIATIVE) is None


def test_a_relative_launch_is_still_found(analyse: Analyse) -> None:
    text = "Новый стадион, строительство которого завершит компания «Арена», примет матчи."
    assert any("стадион" in kind for kind in kinds_of(analyse(text)))
    assert not kinds_of(analyse("Новый стадион, который стоит у реки, примет матчи."))


def test_a_project_lemma_is_remembered_as_read() -> None:
    view = SentenceView.build(
        *_parts([("ветроэлектростанция", "ветроэлектростанция", "NOUN", -1, "root")])
    )
    assert is_project(view, 0, INITIATIVE) == is_project(view, 0, INITIATIVE)
    assert "ветроэлектростанция" in INITIATIVE.project_lemma_memo
    assert INITIATIVE.launches("построить", "VERB") and INITIATIVE.builds("построить", "VERB")
    assert not INITIATIVE.launches("читать", "VERB")
    assert INITIATIVE.launches("построить", "VERB")  # remembered


def test_only_visit_paying_and_host_verbs_may_name_guests() -> None:
    assert not _visits_or_hosts("читать", MEETING)
    view = SentenceView.build(*_parts(_IN_MOSCOW))
    assert guests_named_apart(view, 1, MEETING) == []
    assert all(_visits_or_hosts(lemma, ENGLISH_MEETING) for lemma in ("host", "call", "pay"))


def test_a_joint_paper_needs_a_joint_word_in_the_sentence(analyse: Analyse) -> None:
    signed = analyse("Министры двух стран подписали совместную программу действий.")
    assert [c.values("kind") for c in signed.claims if c.type == "agreement"] == [["программа"]]
    plain = analyse("Министры двух стран подписали программу действий.")
    assert not [c for c in plain.claims if c.type == "agreement"]
    view = SentenceView.build(*_parts(_IN_MOSCOW))
    assert _no_joint_word(view, AGREEMENT)
