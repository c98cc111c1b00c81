"""Bounded work per input: long sentences are cut before the models, and a document over
the analysis budget is stored unanalysed instead of holding a worker."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from concord import pipeline as pipeline_module
from concord.analysis import TOO_LONG, AnalysedDocument, Sentence, Token
from concord.cli import app
from concord.document import Document
from concord.nlp.analyser import Analyser, Zones
from concord.nlp.locorg import is_placed
from concord.nlp.sentences import SENTENCE_TOKEN_LIMIT, split_long
from concord.pipeline import Pipeline
from concord.store.database import open_database, session_factory
from concord.store.schema import DocumentRow
from tests.conftest import new_database_url
from tests.language_texts import RUSSIAN


def positioned(words: list[str]) -> list[tuple[int, int, str]]:
    tokens, offset = [], 0
    for word in words:
        tokens.append((offset, offset + len(word), word))
        offset += len(word) + 1
    return tokens


def test_a_normal_sentence_comes_back_whole() -> None:
    tokens = positioned(["слово"] * SENTENCE_TOKEN_LIMIT)
    assert split_long(tokens) == [tokens]


def test_a_long_sentence_is_cut_after_its_last_clause_boundary_in_each_window() -> None:
    words = (["а"] * 7 + [","]) * 10 + (["б"] * 4 + [";"]) * 2 + ["в"] * 30  # 120 tokens
    tokens = positioned(words)
    pieces = split_long(tokens, limit=50)
    assert [token for piece in pieces for token in piece] == tokens  # nothing lost or moved
    assert all(len(piece) <= 50 for piece in pieces)
    assert [piece[-1][2] for piece in pieces[:-1]] == [",", ";"]
    assert [len(piece) for piece in pieces] == [48, 42, 30]  # the ";" wins over later commas


def test_a_long_sentence_without_punctuation_is_cut_every_limit_tokens() -> None:
    tokens = positioned(["слово"] * 130)
    assert [len(piece) for piece in split_long(tokens, limit=50)] == [50, 50, 30]


class CountingAnalyser:
    """Records what reached the models."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def annotate(self, document: Document, non_claim_zones: Zones = ()) -> AnalysedDocument:
        self.seen.append(document.id)
        return AnalysedDocument(document)

    def annotate_many(self, items: Sequence[tuple[Document, Zones]]) -> list[AnalysedDocument]:
        return [self.annotate(document) for document, _ in items]


def test_a_document_over_the_budget_is_not_analysed_at_all() -> None:
    analyser = CountingAnalyser()

    def factory() -> Analyser:
        return analyser

    pipeline = Pipeline({"ru": factory}, character_budget=100)
    short = Document(id="short", text="Короткий текст.", language="ru")
    long = Document(id="long", text="слово " * 50, language="ru")
    assert pipeline.analyse(long).status == TOO_LONG
    assert [result.status for result in pipeline.analyse_many([long, short, long])] == [
        TOO_LONG,
        "analysed",
        TOO_LONG,
    ]
    assert analyser.seen == ["short"]


def test_ingest_stores_a_document_over_the_budget_as_not_analysed_too_long(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONCORD_DB", raising=False)
    monkeypatch.setattr(pipeline_module, "ANALYSIS_CHARACTER_BUDGET", len(RUSSIAN) + 10)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "normal.txt").write_text(RUSSIAN, encoding="utf-8")
    (corpus / "long.txt").write_text(RUSSIAN.replace(".", "") * 3, encoding="utf-8")
    url = new_database_url(tmp_path)
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", url], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert f"warning: {corpus / 'long.txt'}: not analysed: too long" in lines
    assert lines[-1] == "1 documents ingested, 0 already known, 0 errors, 1 not analysed"
    with session_factory(open_database(url))() as session:
        statuses = {
            Path(row.path or "").stem: row.status for row in session.scalars(select(DocumentRow))
        }
    assert statuses == {"normal": "analysed", "long": TOO_LONG}


def token(text: str, head: int, relation: str, lemma: str = "") -> Token:
    return Token(0, 0, text, lemma or text.lower(), "X", {}, head, relation)


def test_the_preposition_is_read_from_the_dependents_index() -> None:
    words = [token("он", 1, "nsubj"), token("жил", -1, "root"), token("в", 3, "case"),
             token("Дархане", 1, "obl")]  # fmt: skip
    sentence = Sentence(0, 0, "", words)
    assert sentence.dependents == [[], [0, 3], [], [2]]
    assert is_placed(sentence, 3) and not is_placed(sentence, 0)
