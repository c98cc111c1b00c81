"""The English NER scorer on a tiny CoNLL string written for the test."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from typer.testing import CliRunner

from concord.analysis import AnalysedDocument
from concord.claim import Mention
from concord.cli import app
from concord.document import Document
from concord.eval.english_ner import read_conll, score_sentences, spans_from_tags

CONLL = """# text = Anna Berg met officials of Nordbank in Oslo .
1\tAnna\tB-PER
2\tBerg\tI-PER
3\tmet\tO
4\tofficials\tO
5\tof\tO
6\tNordbank\tB-ORG
7\tin\tO
8\tOslo\tB-LOC
9\t.\tO

Danish\tB-MISC
pilots\tO
visited\tO
Riga\tB-LOC
"""


def test_reading_both_row_shapes_and_skipping_unscored_types() -> None:
    first, second = read_conll(CONLL.splitlines())
    assert first.text == "Anna Berg met officials of Nordbank in Oslo ."
    assert first.entities == {(0, 2, "PER"), (5, 6, "ORG"), (7, 8, "LOC")}
    assert second.tokens == ["Danish", "pilots", "visited", "Riga"]
    assert second.entities == {(3, 4, "LOC")}


def test_tags_to_spans() -> None:
    assert spans_from_tags(["I-PER", "I-PER", "B-PER", "O", "I-ORG", "B-OTH", "I-LOC"]) == [
        (0, 2, "PER"), (2, 3, "PER"), (4, 5, "ORG"), (6, 7, "LOC"),
    ]  # fmt: skip


class FixedAnalyser:
    """Finds "Anna Berg" as PER, "Nordbank" as LOC (a wrong type) and "Oslo" as LOCORG;
    its model finds "Anna" alone (a wrong span)."""

    def annotate_many(self, items: Sequence[tuple[Document, Any]]) -> list[AnalysedDocument]:
        found = []
        for document, _ in items:
            mentions = [
                Mention(m.start(), m.end(), m.group(), kind, m.group())
                for word, kind in (("Anna Berg", "PER"), ("Nordbank", "LOC"), ("Oslo", "LOCORG"))
                if (m := re.search(word, document.text))
            ]
            found.append(AnalysedDocument(document, mentions=mentions))
        return found

    @property
    def model(self) -> Any:
        entity = SimpleNamespace(label_="PERSON", start_char=0, end_char=4)
        return SimpleNamespace(
            pipe=lambda texts: [
                SimpleNamespace(ents=[entity] if "Anna" in t else []) for t in texts
            ]
        )


def test_scores_count_exact_spans_of_the_right_type() -> None:
    scores = score_sentences(list(read_conll(CONLL.splitlines())), FixedAnalyser())
    concord = scores["concord"]
    assert concord.by_type["PER"].scores() == (1.0, 1.0, 1.0)
    assert concord.by_type["ORG"].scores() == (1.0, 0.0, 0.0)  # nothing found: precision 1
    # Oslo right, Nordbank of the wrong type, Riga missed
    assert concord.by_type["LOC"].scores()[:2] == (0.5, 0.5)
    assert concord.overall().scores()[:2] == (2 / 3, 0.5)
    model = scores["model"]
    assert (model.overall().tp_gold, model.overall().response) == (0, 1)


def test_the_command_names_a_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "ner-en", str(tmp_path / "none.conll")])
    assert result.exit_code == 2
    assert "none.conll: no such file" in result.stderr


FULL_SET = Path(
    os.environ.get("CONCORD_ENGLISH_NER", "/work/data/english-ner/uner-en-ewt-test.iob2")
)


@pytest.mark.skipif(
    not FULL_SET.is_file(),
    reason=f"{FULL_SET} is absent (the whole UNER English-EWT test split, not shipped with "
    "Concord; set CONCORD_ENGLISH_NER to its path)",
)
def test_the_whole_uner_english_ewt_test_split_keeps_its_measured_f1() -> None:
    """Measured on 2,077 sentences: Concord's mentions overall F1 0.540 (see
    docs/notes/english.md); a drop of more than 0.02 fails."""
    from concord.nlp.english import EnglishAnalyser

    with FULL_SET.open(encoding="utf-8") as lines:
        sentences = list(read_conll(lines))
    assert len(sentences) == 2077
    overall = score_sentences(sentences, EnglishAnalyser())["concord"].overall()
    assert overall.gold == 1013
    assert overall.scores()[2] >= 0.540 - 0.02
