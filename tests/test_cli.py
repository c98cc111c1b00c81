"""The command line as other tools see it: DESIGN.md's JSON Lines, --db and CONCORD_DB,
one error line per bad input, exit codes, and ingest being repeatable."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

import concord.pipeline
from concord.analysis import AnalysedDocument
from concord.cli import app
from concord.document import Document
from concord.store import writer
from concord.store.database import open_database, session_factory
from concord.store.writer import store_document, store_documents
from tests.conftest import json_lines, new_database_url
from tests.test_store import north_report, steppe_report

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FACT_KEYS = {"id", "type", "modality", "args", "sources", "conflicts", "links"}
SOURCE_KEYS = {"doc", "outlet", "url", "published", "language", "title", "start", "end", "text"}

runner = CliRunner()


def invoke(*arguments: str) -> Result:
    return runner.invoke(app, list(arguments), catch_exceptions=False)


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error: ")]


def stored_store(folder: Path) -> str:
    """A store holding two hand-built reports (no models needed); returns its URL."""
    url = new_database_url(folder)
    sessions = session_factory(open_database(url))
    for analysed in (north_report(), steppe_report()):
        with sessions() as session:
            store_document(session, analysed)
    return url


@pytest.fixture(autouse=True)
def no_ambient_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands run in a scratch folder, so the default ./concord.db never touches the repo."""
    monkeypatch.delenv("CONCORD_DB", raising=False)
    monkeypatch.chdir(tmp_path)


def test_facts_json_is_one_contract_object_per_line(tmp_path: Path) -> None:
    url = stored_store(tmp_path)
    result = invoke("facts", "--json", "--db", url)
    assert result.exit_code == 0
    facts = json_lines(result.stdout)
    assert {fact["type"] for fact in facts} == {"meeting", "occupation", "agreement"}
    for fact in facts:
        assert set(fact) == FACT_KEYS
        assert all(set(source) == SOURCE_KEYS for source in fact["sources"])
        assert all(isinstance(values, list) for values in fact["args"].values())
    agreement = next(fact for fact in facts if fact["type"] == "agreement")
    assert agreement["conflicts"][0]["role"] == "valid_until"
    meeting = next(fact for fact in facts if fact["type"] == "meeting")
    assert "Нурлан Абдрахманов" in meeting["args"]["participants"]  # canonical, not as written
    assert "\\u" not in result.stdout  # Cyrillic as such, readable with grep
    only = json_lines(invoke("facts", "--type", "meeting", "--json", "--db", url).stdout)
    assert [fact["type"] for fact in only] == ["meeting"]


def test_database_from_option_then_environment_then_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = stored_store(tmp_path)
    empty = new_database_url(tmp_path)
    assert invoke("facts", "--json").stdout == ""  # the default store, created in the cwd
    assert (tmp_path / "concord.db").exists()
    monkeypatch.setenv("CONCORD_DB", url)
    for command in (["facts", "--json"], ["entities", "--json"]):
        assert json_lines(invoke(*command).stdout)
        assert invoke(*command, "--db", empty).stdout == ""  # the option beats the variable
    assert "2 documents" in invoke("summary").stdout
    assert "0 documents" in invoke("summary", "--db", empty).stdout


def test_readable_listings_show_and_summary(tmp_path: Path) -> None:
    url = stored_store(tmp_path)
    table = invoke("facts", "--db", url)
    assert table.exit_code == 0
    assert "Батбаяр Ганзориг" in table.stdout and "conflict in valid_until" in table.stdout
    people = json_lines(invoke("entities", "--type", "PER", "--json", "--db", url).stdout)
    assert {person["name"]: person["documents"] for person in people} == {
        "Нурлан Абдрахманов": 2,
        "Батбаяр Ганзориг": 2,
    }
    assert "Нурлан Абдрахманов" in invoke("entities", "--db", url).stdout
    document = north_report().document
    shown = invoke("show", document.id[:6], "--db", url)
    assert shown.exit_code == 0
    lines = shown.stdout.splitlines()
    assert lines[0] == document.title
    assert "2026-10-15" in lines[1] and "severny-vestnik" in lines[1]
    words = " ".join(shown.stdout.split())  # the console wraps long sentences
    assert "до 2031 года" in words and "до 2030 года" not in words
    missing = invoke("show", "ffffffff", "--db", url)
    assert missing.exit_code == 1 and error_lines(missing)
    counts = invoke("summary", "--db", url).stdout
    assert "2 documents" in counts and "1 conflicts" in counts and "agreement" in counts


# --- ingest with the real readers and pipeline -------------------------------------------


def write_bad_inputs(folder: Path) -> None:
    (folder / "empty.txt").write_text("")
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (folder / "lines.jsonl").write_text(
        '{"text": "Посол Артём Ковалёв прибыл в Улан-Батор.", "title": "Визит"}\n{not json\n',
        encoding="utf-8",
    )


def test_ingest_reports_each_bad_file_and_stores_the_good_ones(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    write_bad_inputs(corpus)
    url = new_database_url(tmp_path)
    result = invoke("ingest", str(corpus), "--db", url)
    assert result.exit_code == 1
    errors = error_lines(result)
    assert len(errors) == 3, result.stderr
    assert any(line.startswith(f"error: {corpus / 'empty.txt'}: ") for line in errors)
    assert any(line.startswith(f"error: {corpus / 'picture.txt'}: ") for line in errors)
    assert any(line.startswith(f"error: {corpus / 'lines.jsonl'}:2: ") for line in errors)
    good = len(list(EXAMPLES.glob("*.txt"))) + 1  # the examples and the JSON line that parses
    assert result.stderr.splitlines()[-1] == f"{good} documents ingested, 0 already known, 3 errors, 0 not analysed"
    shown = json_lines(invoke("facts", "--json", "--db", url).stdout)
    titles = {source["title"] for fact in shown for source in fact["sources"]}
    assert "Литиевый проект Казахстана и Монголии: подробности" in titles


def snapshot(url: str) -> dict[str, str]:
    """Everything a user can list from the store."""
    listings = {
        name: invoke(name, "--json", "--db", url).stdout
        for name in ("facts", "entities", "conflicts")
    }
    return {**listings, "summary": invoke("summary", "--db", url).stdout}


def test_ingesting_the_same_folder_twice_changes_nothing(tmp_path: Path) -> None:
    url = new_database_url(tmp_path)
    first = invoke("ingest", str(EXAMPLES), "--db", url)
    count = len(list(EXAMPLES.glob("*.txt")))
    assert first.exit_code == 0, first.stderr
    assert first.stderr.splitlines()[-1] == f"{count} documents ingested, 0 already known, 0 errors, 0 not analysed"
    before = snapshot(url)
    again = invoke("ingest", str(EXAMPLES), f"{EXAMPLES}/*.txt", "--db", url)
    assert again.exit_code == 0
    assert again.stderr.splitlines()[-1] == f"0 documents ingested, {count} already known, 0 errors, 0 not analysed"
    assert snapshot(url) == before
    assert json_lines(before["conflicts"]), "the examples disagree, so conflicts are expected"


def test_paths_that_match_nothing_are_errors(tmp_path: Path) -> None:
    result = invoke("ingest", str(tmp_path / "nowhere"), str(tmp_path / "*.none"))
    assert result.exit_code == 1
    assert len(error_lines(result)) == 2
    assert result.stderr.splitlines()[-1] == "0 documents ingested, 0 already known, 2 errors, 0 not analysed"


# --- ingest isolating failures past the readers, with a stand-in pipeline -----------------


class BrittlePipeline:
    """Fails on any document that mentions 'СБОЙ', the way a model can fail on odd input;
    the batch call fails whenever one of its documents would."""

    def analyse(self, document: Document) -> AnalysedDocument:
        if "СБОЙ" in document.text:
            raise ValueError("model failed\non this text")
        return AnalysedDocument(document)

    def analyse_many(self, documents: Iterable[Document]) -> Iterator[AnalysedDocument]:
        return iter([self.analyse(document) for document in documents])


def write_plain_articles(folder: Path, *bodies: str) -> None:
    folder.mkdir()
    for number, body in enumerate(bodies):
        (folder / f"article-{number}.txt").write_text(
            f"Заголовок номер {number}\n\n{body}\n", encoding="utf-8"
        )


def test_a_document_the_pipeline_cannot_analyse_costs_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(concord.pipeline, "Pipeline", BrittlePipeline)
    corpus = tmp_path / "corpus"
    write_plain_articles(corpus, "Первый текст.", "Здесь СБОЙ анализа.", "Третий текст.")
    result = invoke("ingest", str(corpus), "--db", new_database_url(tmp_path))
    assert result.exit_code == 1
    assert error_lines(result) == [
        f"error: {corpus / 'article-1.txt'}: not analysed (ValueError: model failed on this text)"
    ]
    assert result.stderr.splitlines()[-1] == "2 documents ingested, 0 already known, 1 errors, 0 not analysed"


def test_a_document_the_store_refuses_costs_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(concord.pipeline, "Pipeline", BrittlePipeline)

    def refuse_second(session: Any, batch: list[AnalysedDocument]) -> list[bool]:
        if any("Второй" in analysed.document.text for analysed in batch):
            raise RuntimeError("database is locked")
        return store_documents(session, batch)

    # The batch is refused as a whole, then each document is tried in its own transaction.
    monkeypatch.setattr(writer, "store_documents", refuse_second)
    corpus = tmp_path / "corpus"
    write_plain_articles(corpus, "Первый текст.", "Второй текст.")
    result = invoke("ingest", str(corpus), "--db", new_database_url(tmp_path))
    assert result.exit_code == 1
    assert error_lines(result) == [
        f"error: {corpus / 'article-1.txt'}: not stored (RuntimeError: database is locked)"
    ]
    assert result.stderr.splitlines()[-1] == "1 documents ingested, 0 already known, 1 errors, 0 not analysed"


def test_texts_seen_before_are_not_analysed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysed: list[str] = []

    class CountingPipeline(BrittlePipeline):
        def analyse_many(self, documents: Iterable[Document]) -> Iterator[AnalysedDocument]:
            documents = list(documents)
            analysed.extend(document.text for document in documents)
            return super().analyse_many(documents)

    monkeypatch.setattr(concord.pipeline, "Pipeline", CountingPipeline)
    corpus = tmp_path / "corpus"
    write_plain_articles(corpus, "Первый текст.", "Второй текст.")
    (corpus / "copy.txt").write_text((corpus / "article-0.txt").read_text(encoding="utf-8"))
    url = new_database_url(tmp_path)
    first = invoke("ingest", str(corpus), "--db", url)
    assert first.stderr.splitlines()[-1] == "2 documents ingested, 1 already known, 0 errors, 0 not analysed"
    assert len(analysed) == 2
    again = invoke("ingest", str(corpus), "--db", url)
    assert again.stderr.splitlines()[-1] == "0 documents ingested, 3 already known, 0 errors, 0 not analysed"
    assert len(analysed) == 2


def test_version_comes_from_the_package() -> None:
    import concord

    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout == f"concord {concord.__version__}\n"
