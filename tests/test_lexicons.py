"""A language is data: the extractors' tree logic follows whichever words it is given, so a
second language plugs in as a new words object, with no change to the logic."""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from pathlib import Path

import pytest

from concord.analysis import AnalysedDocument, Sentence, Token
from concord.claim import Claim, Mention, Modality
from concord.claimtype import ClaimTypes
from concord.claimtypes import CLAIM_TYPES
from concord.document import Document
from concord.extract import extract_claims, meeting
from concord.extract.lexicons import LANGUAGES, ru
from concord.extract.sentence_view import SentenceView, SentenceWords
from tests.conftest import Analyse

MET = "Президент Казахстана Касым-Жомарт Токаев встретился с премьер-министром Кейром Стармером."
SAW = "Президент Казахстана Касым-Жомарт Токаев повидался с премьер-министром Кейром Стармером."


def meetings(analysed: AnalysedDocument, words: meeting.MeetingWords) -> list[Claim]:
    views = [SentenceView.build(analysed, s, ru.SENTENCE) for s in analysed.sentences]
    return [claim for view in views for claim in meeting.extract(view, words)]


def test_the_meeting_extractor_follows_its_verbs(analyse: Analyse) -> None:
    """Swap one verb in a copy of the Russian words: the same sentences, the same parse,
    and the meeting moves from the sentence with the old verb to the one with the new."""
    swapped = replace(ru.MEETING, verbs=(ru.MEETING.verbs - {"встретиться"}) | {"повидаться"})
    met, saw = analyse(MET), analyse(SAW)
    assert [len(meetings(met, ru.MEETING)), len(meetings(saw, ru.MEETING))] == [1, 0]
    assert [len(meetings(met, swapped)), len(meetings(saw, swapped))] == [0, 1]
    participants = meetings(saw, swapped)[0].values("participants")
    assert participants == ["Касым-Жомарт Токаев", "Кейр Стармер"]


# "Smith did not meet Jones": a tree as a parser of English would give it.
ENGLISH_TEXT = "Smith did not meet Jones"
ENGLISH_TOKENS = [
    Token(0, 5, "Smith", "Smith", "PROPN", {}, 3, "nsubj"),
    Token(6, 9, "did", "do", "AUX", {}, 3, "aux"),
    Token(10, 13, "not", "not", "PART", {}, 3, "advmod"),
    Token(14, 18, "meet", "meet", "VERB", {}, -1, "root"),
    Token(19, 24, "Jones", "Jones", "PROPN", {}, 3, "obj"),
]
ENGLISH_SENTENCE = SentenceWords(
    negations=frozenset({"not", "never"}), planning=frozenset({"plan"}), future_auxiliary="will"
)
ENGLISH_MEETING = meeting.MeetingWords(
    meeting_nouns=frozenset({"meeting", "talks"}),
    strong_nouns=frozenset({"meeting", "talks"}),
    verbs=frozenset({"meet"}),
    light_verbs=frozenset({"hold"}),
    companion_prepositions=frozenset({"with"}),
    between_prepositions=frozenset({"between"}),
    place_prepositions=frozenset({"in"}),
    format_pattern=re.compile(r"format\s+\"(?P<format>[^\"]{3,80})\""),
    format_sides=re.compile(r"\s+[—–-]\s+"),
)


def english_view(words: SentenceWords) -> SentenceView:
    sentence = Sentence(0, len(ENGLISH_TEXT), ENGLISH_TEXT, ENGLISH_TOKENS)
    mentions = [Mention(0, 5, "Smith", "PER", "Smith"), Mention(19, 24, "Jones", "PER", "Jones")]
    document = Document(text=ENGLISH_TEXT, language="en")
    analysed = AnalysedDocument(document, [sentence], mentions)
    return SentenceView.build(analysed, sentence, words)


def test_a_second_language_is_a_words_object() -> None:
    """The Russian words find nothing in an English tree; English words on the same shared
    logic find the meeting, its sides and, through the view's words, its negation."""
    assert meeting.extract(english_view(ru.SENTENCE), ru.MEETING) == []
    found = meeting.extract(english_view(ENGLISH_SENTENCE), ENGLISH_MEETING)
    assert [claim.values("participants") for claim in found] == [["Smith", "Jones"]]
    assert found[0].modality == Modality.NEGATED
    assert meeting.extract(english_view(ru.SENTENCE), ENGLISH_MEETING)[0].modality == (
        Modality.FACT
    )


def test_every_language_with_extractors_has_its_shared_words() -> None:
    languages = {
        language
        for spec in CLAIM_TYPES.values()
        for language in [*spec.sentence_extractors, *spec.document_extractors]
    }
    assert languages <= set(LANGUAGES)


def test_extractors_for_a_language_without_its_words_are_one_clear_error() -> None:
    spec = replace(CLAIM_TYPES["figure"], sentence_extractors={"xx": lambda view: []})
    document = AnalysedDocument(Document(text="", language="xx"))
    with pytest.raises(ValueError, match=r"'xx'.*no words"):
        extract_claims(document, ClaimTypes([spec]))
    assert extract_claims(AnalysedDocument(Document(text="", language="yy")), CLAIM_TYPES) == []


def test_no_word_list_field_is_declared_twice() -> None:
    """A dataclass field declared again later in its class silently replaces the first
    declaration (and its comment's meaning); rounds append fields in blocks, so a name
    reused by mistake would change what an earlier rule reads."""
    source_root = Path(__file__).resolve().parents[1] / "src" / "concord" / "extract"
    repeated = []
    for path in sorted(source_root.rglob("words.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            names = [
                item.target.id
                for item in node.body
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
            ]
            repeated += [f"{path.name}:{node.name}.{n}" for n in set(names) if names.count(n) > 1]
    assert not repeated, repeated
