"""Store round trip, all-or-nothing writes, and the CLI contracts of DESIGN.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from concord.cli import app
from concord.document import Document
from concord.pipeline import Pipeline
from concord.store import writer
from concord.store.database import open_database, session_factory
from concord.store.schema import ClaimRow, DocumentRow, MentionRow
from concord.store.writer import store_document
from tests.conftest import SEEDS

TEXT = "Министр Анна Смирнова встретилась в Казани с послом Игорем Сидоровым.\n"


def test_store_twice_is_a_no_op(tmp_path: Path, pipeline: Pipeline) -> None:
    sessions = session_factory(open_database(f"sqlite:///{tmp_path / 'c.db'}"))
    analysed = pipeline.analyse(Document(text=TEXT))
    with sessions() as session:
        assert store_document(session, analysed) is True
    with sessions() as session:
        assert store_document(session, analysed) is False
        assert session.scalar(select(func.count()).select_from(DocumentRow)) == 1
        assert (
            session.scalar(select(func.count()).select_from(ClaimRow)) == len(analysed.claims) > 0
        )


def test_failure_mid_document_leaves_nothing(
    tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    sessions = session_factory(open_database(f"sqlite:///{tmp_path / 'c.db'}"))
    analysed = pipeline.analyse(Document(text=TEXT))

    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(writer, "EvidenceRow", explode)
    with sessions() as session, pytest.raises(RuntimeError):
        store_document(session, analysed)
    with sessions() as session:
        for table in (DocumentRow, MentionRow, ClaimRow):
            assert session.scalar(select(func.count()).select_from(table)) == 0


def test_cli_ingest_facts_entities_and_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (corpus / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "empty.txt").write_text("")
    (corpus / "lines.jsonl").write_text(
        '{"text": "Посол Игорь Сидоров прибыл в Казань."}\nnot json\n'
    )
    monkeypatch.setenv("CONCORD_DB", f"sqlite:///{tmp_path / 'env.db'}")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(corpus)])
    assert result.exit_code == 1
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 2
    assert any("empty.txt: empty file" in line for line in error_lines)
    assert any("lines.jsonl:2: not valid JSON" in line for line in error_lines)
    assert "3 documents ingested, 0 already known, 2 errors" in result.stderr
    again = runner.invoke(app, ["ingest", str(corpus / "ca5uk-mfa.txt")])
    assert again.exit_code == 0 and "0 documents ingested, 1 already known" in again.stderr
    facts = [
        json.loads(line) for line in runner.invoke(app, ["facts", "--json"]).stdout.splitlines()
    ]
    assert facts and all(set(f) >= {"id", "type", "args", "sources", "conflicts"} for f in facts)
    source = facts[0]["sources"][0]
    assert set(source) == {"doc", "title", "start", "end", "text"}
    agreements = runner.invoke(app, ["facts", "--type", "agreement", "--json"]).stdout.splitlines()
    assert agreements and all(json.loads(line)["type"] == "agreement" for line in agreements)
    other = runner.invoke(app, ["facts", "--json", "--db", f"sqlite:///{tmp_path / 'other.db'}"])
    assert other.exit_code == 0 and other.stdout == ""
    entities = [
        json.loads(line) for line in runner.invoke(app, ["entities", "--json"]).stdout.splitlines()
    ]
    kosherbayev = next(e for e in entities if e["name"] == "Ермек Кошербаев")
    assert kosherbayev["documents"] == 2 and "Ермеком Кошербаевым" in kosherbayev["aliases"]
    shown = runner.invoke(app, ["show", facts[0]["sources"][0]["doc"][:8]])
    assert shown.exit_code == 0 and facts[0]["sources"][0]["title"] in shown.stdout
