"""Language through ingest, the store, the CLI, the API and full-text search."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text
from typer.testing import CliRunner, Result

from concord.analysis import AnalysedDocument, not_analysed
from concord.cli import app
from concord.document import Document
from concord.store.browse import search_documents
from concord.store.database import open_database, session_factory
from concord.store.schema import (
    SEARCH_INDEX,
    SEARCH_VECTOR,
    ClaimRow,
    DocumentRow,
    MentionRow,
    search_query,
)
from concord.store.writer import store_document
from concord.web.app import create_app
from tests.conftest import new_database_url
from tests.language_texts import ENGLISH, KAZAKH, RUSSIAN
from tests.test_store import north_report, steppe_report


def invoke(*arguments: str) -> Result:
    return CliRunner().invoke(app, list(arguments), catch_exceptions=False)


@pytest.fixture(autouse=True)
def no_ambient_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONCORD_DB", raising=False)
    monkeypatch.chdir(tmp_path)


def test_ingest_stores_other_languages_unanalysed_with_a_warning_each(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, body in (("english", ENGLISH), ("kazakh", KAZAKH), ("russian", RUSSIAN)):
        (corpus / f"{name}.txt").write_text(body, encoding="utf-8")
    url = new_database_url(tmp_path)
    result = invoke("ingest", str(corpus), "--db", url)
    assert result.exit_code == 0, result.stderr  # every input was read and stored
    lines = result.stderr.splitlines()
    assert [line for line in lines if line.startswith(("warning: ", "error: "))] == [
        f"warning: {corpus / 'kazakh.txt'}: not analysed: language kk",
    ]
    assert lines[-1] == "2 documents ingested, 0 already known, 0 errors, 1 not analysed"

    sessions = session_factory(open_database(url))
    with sessions() as session:
        rows = {Path(row.path or "").stem: row for row in session.scalars(select(DocumentRow))}
        assert {name: (row.language, row.status) for name, row in rows.items()} == {
            "english": ("en", "analysed"),  # by the English analyser
            "kazakh": ("kk", "not analysed: language kk"),
            "russian": ("ru", "analysed"),
        }
        claimed = set(session.scalars(select(ClaimRow.document_id)))
        mentioned = set(session.scalars(select(MentionRow.document_id)))
    assert mentioned == {rows["russian"].id, rows["english"].id}
    assert rows["kazakh"].id not in claimed

    shown = invoke("show", rows["english"].id, "--db", url).stdout
    assert "language en" in shown and "not analysed" not in shown
    kazakh = invoke("show", rows["kazakh"].id, "--db", url).stdout
    assert "not analysed: language kk" in kazakh
    assert "language ru" in invoke("show", rows["russian"].id, "--db", url).stdout

    again = invoke("ingest", str(corpus), "--db", url)
    assert again.exit_code == 0
    assert "warning: " not in again.stderr
    assert again.stderr.splitlines()[-1] == (
        "0 documents ingested, 3 already known, 0 errors, 0 not analysed"
    )


def english_report() -> AnalysedDocument:
    document = Document(text=ENGLISH, title="Ministers agree", source="wire", language="en")
    return AnalysedDocument(document, status=not_analysed("en"))


@pytest.fixture
def store(tmp_path: Path) -> str:
    """Two analysed reports stated Russian and Kazakh, and an unanalysed English one."""
    url = new_database_url(tmp_path)
    sessions = session_factory(open_database(url))
    north, steppe = north_report(), steppe_report()
    north.document = replace(north.document, language="ru")
    steppe.document = replace(steppe.document, language="kk")
    for analysed in (north, steppe, english_report()):
        with sessions() as session:
            store_document(session, analysed)
    return url


def test_api_filters_documents_and_facts_by_language(store: str) -> None:
    client = TestClient(create_app(store))
    north, steppe, english = (r.document.id for r in (north_report(), steppe_report(),
                                                       english_report()))  # fmt: skip

    def documents(**filters: str) -> list[str]:
        found = client.get("/api/documents", params=filters).json()
        assert all(d["language"] == filters.get("language", d["language"]) for d in found)
        return sorted(d["id"] for d in found)

    assert documents() == sorted([north, steppe, english])
    assert documents(language="en") == [english]
    assert documents(language="ru") == [north]
    assert documents(language="de") == []

    every_fact = client.get("/api/facts").json()

    def facts(language: str) -> list[int]:
        return sorted(f["id"] for f in client.get("/api/facts", params={"language": language}).json())

    def told_by(document_id: str) -> list[int]:
        return sorted(f["id"] for f in every_fact if document_id in {s["doc"] for s in f["sources"]})

    assert facts("ru") == told_by(north) and facts("kk") == told_by(steppe)
    assert facts("ru") != facts("kk")  # the two reports do not share every fact
    assert facts("en") == []

    shown = client.get(f"/api/documents/{english}").json()
    assert (shown["language"], shown["status"]) == ("en", "not analysed: language en")
    page = client.get(f"/documents/{english}", params={"lang": "en"}).text
    assert "Language en" in page and "not analysed: language en" in page
    assert '<div class="text" lang="en">' in page


def test_search_finds_each_language(store: str) -> None:
    sessions = session_factory(open_database(store))
    english = english_report().document.id
    with sessions() as session:
        assert [d["id"] for d in search_documents(session, "roadmap")] == [english]
        russian = {d["id"] for d in search_documents(session, "меморандум лития")}
    assert russian == {north_report().document.id, steppe_report().document.id}


def postgresql_only(url: str) -> None:
    if not url.startswith("postgresql"):
        pytest.skip("PostgreSQL text search (SQLite's FTS5 has no stemming)")


def test_postgresql_stems_each_row_in_its_own_language(store: str) -> None:
    postgresql_only(store)
    sessions = session_factory(open_database(store))
    with sessions() as session:
        # "signing" and "roadmaps" reach "signed ... roadmap" only through English stems
        found = search_documents(session, "signing roadmaps")
        assert [d["id"] for d in found] == [english_report().document.id]
        russian = search_documents(session, "меморандумами")
        assert north_report().document.id in [d["id"] for d in russian]


def test_postgresql_search_uses_the_index_on_the_per_row_configuration(store: str) -> None:
    postgresql_only(store)
    engine = open_database(store)
    statement = select(DocumentRow.id).where(SEARCH_VECTOR.op("@@")(search_query("roadmap")))
    with engine.connect() as connection:
        connection.execute(text("SET enable_seqscan = off"))  # three rows: force the choice
        compiled = statement.compile(engine, compile_kwargs={"literal_binds": True})
        plan = "\n".join(row[0] for row in connection.execute(text(f"EXPLAIN {compiled}")))
    assert SEARCH_INDEX in plan, plan


def test_posting_an_english_article_analyses_it(
    store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONCORD_TOKEN", "secret-token")
    client = TestClient(create_app(store))
    article = {"text": ENGLISH.replace("Tuesday", "Friday"), "title": "Roadmap signed"}
    response = client.post(
        "/api/documents", json=article, headers={"Authorization": "Bearer secret-token"}
    )
    assert response.status_code == 201
    created = response.json()
    assert (created["language"], created["status"]) == ("en", "analysed")
    stated = {"text": RUSSIAN.replace("Министры", "Послы"), "language": "uk-UA"}
    response = client.post(
        "/api/documents", json=stated, headers={"Authorization": "Bearer secret-token"}
    )
    assert response.json()["status"] == "not analysed: language uk"  # as the sender states
