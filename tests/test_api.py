"""The Python API: concord.analyse, AnalysedDocument.to_json/from_json, concord.open_store,
and the README's example, run as written."""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import concord
import concord.pipeline
from concord.analysis import AnalysedDocument
from concord.document import Document
from concord.pipeline import Pipeline
from concord.store.database import open_database, session_factory
from concord.store.writer import store_document
from tests.conftest import new_database_url
from tests.test_cli import BrittlePipeline, write_plain_articles
from tests.test_store import north_report, steppe_report

ROOT = Path(__file__).resolve().parents[1]
MEETING = (
    "Министр промышленности Монголии Батбаяр Ганзориг встретился в Улан-Баторе "
    "с министром энергетики Казахстана Нурланом Абдрахмановым 12 октября."
)


@pytest.fixture
def shared(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    """concord.analyse on the test run's models instead of loading another copy."""
    monkeypatch.setattr(concord.pipeline, "_SHARED", pipeline)
    return pipeline


def test_importing_concord_loads_no_models_and_no_database_layer() -> None:
    probe = (
        "import sys, concord; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'natasha', 'slovnet', 'navec', 'numpy', 'yargy', 'sqlalchemy', 'trafilatura'}))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]"
    assert callable(concord.analyse) and callable(concord.open_store)


def test_analyse_gives_claims_and_a_json_round_trip(shared: Pipeline) -> None:
    analysed = concord.analyse(MEETING, published="2026-10-15", title="Встреча")
    assert analysed.document.title == "Встреча" and analysed.document.language == "ru"
    data = json.loads(json.dumps(analysed.to_json(), ensure_ascii=False))
    assert AnalysedDocument.from_json(data) == analysed
    assert set(data) == {"document", "sentences", "mentions", "entities", "dates",
                         "quantities", "claims", "status"}  # fmt: skip
    assert data["status"] == "analysed" and data["document"]["language"] == "ru"
    text = data["document"]["text"]
    token = data["sentences"][0]["tokens"][0]
    assert {"lemma", "pos", "feats", "head", "relation"} <= set(token)
    assert text[token["start"] : token["end"]] == token["text"]
    assert [d["value"] for d in data["dates"]] == ["2026-10-12"]
    meeting = next(claim for claim in data["claims"] if claim["type"] == "meeting")
    assert meeting["modality"] == "fact"
    evidence = meeting["evidence"]
    assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    people = [a for a in meeting["arguments"] if a["role"] == "participants"]
    named = {data["entities"][a["entity"]]["name"] for a in people if a["entity"] is not None}
    assert "Нурлан Абдрахманов" in named
    for argument in people:
        span = argument["span"]
        assert span is None or text[span["start"] : span["end"]] == span["text"]


def test_analyse_keeps_a_declared_language(shared: Pipeline) -> None:
    assert concord.analyse(MEETING, language="ru-RU").document.language == "ru"


def test_to_json_of_a_hand_built_report_round_trips() -> None:
    """No models: the builder's report has claims whose arguments carry entities."""
    report = north_report()
    data = json.loads(json.dumps(report.to_json()))
    assert AnalysedDocument.from_json(data) == report
    assert any(argument["entity"] is not None for c in data["claims"] for argument in c["arguments"])


def test_store_methods_are_the_cli_queries(tmp_path: Path) -> None:
    url = new_database_url(tmp_path)
    sessions = session_factory(open_database(url))
    for analysed in (north_report(), steppe_report()):
        with sessions() as session:
            store_document(session, analysed)
    with concord.open_store(url) as store:
        assert {fact["type"] for fact in store.facts()} == {"meeting", "occupation", "agreement"}
        assert [fact["type"] for fact in store.facts(type="meeting")] == ["meeting"]
        assert [conflict["role"] for conflict in store.conflicts()] == ["valid_until"]
        people = {person["name"] for person in store.entities(type="PER")}
        assert people == {"Нурлан Абдрахманов", "Батбаяр Ганзориг"}
        assert {fact["type"] for fact in store.timeline("Ганзориг")} >= {"meeting", "occupation"}
        document = north_report().document
        shown = store.document(document.id[:6])
        assert shown is not None and shown["title"] == document.title
        assert store.document("ffffffff") is None
        counts = store.summary()
        assert counts["documents"] == 2 and counts["conflicts"] == 1


def test_store_ingest_reports_errors_and_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(concord.pipeline, "Pipeline", BrittlePipeline)
    corpus = tmp_path / "corpus"
    write_plain_articles(corpus, "Первый текст.", "Здесь СБОЙ анализа.", "Третий текст.")
    errors: list[tuple[str, str]] = []
    progress: list[tuple[int, int]] = []
    store = concord.open_store(new_database_url(tmp_path))
    counts = store.ingest(
        [corpus],
        report_error=lambda where, why: errors.append((where, why)),
        progress=lambda done, total: progress.append((done, total)),
    )
    assert (counts.stored, counts.known, counts.failed) == (2, 0, 1)
    assert errors == [(str(corpus / "article-1.txt"),
                       "not analysed (ValueError: model failed on this text)")]  # fmt: skip
    assert progress[0] == (0, 3) and progress[-1] == (3, 3)
    again = store.ingest([corpus / "article-0.txt"])
    assert (again.stored, again.known) == (0, 1)
    assert store.summary()["documents"] == 2


def test_store_ingest_document_stores_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(concord.pipeline, "_SHARED", BrittlePipeline())
    store = concord.open_store(new_database_url(tmp_path))
    document = Document(text="Посол прибыл в Казань.", title="Визит")
    first = store.ingest_document(document)
    assert first.id == document.id and first.created and first.claims == 0
    assert not store.ingest_document(document).created
    shown = store.document(document.id)
    assert shown is not None and shown["title"] == "Визит"


def test_the_documented_example_runs(shared: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's Python example, executed as a reader would paste it."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    (code,) = re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)
    monkeypatch.chdir(ROOT)  # the example ingests examples/
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {"__name__": "__example__"})
    output = printed.getvalue()
    assert "meeting fact" in output
    assert re.search(r"^5 documents stored, 0 errors$", output, flags=re.MULTILINE)
