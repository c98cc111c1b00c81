"""Search by dictionary form, with snippets of the original text (store/search.py)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from concord.pipeline import Pipeline
from concord.store.browse import search_documents
from concord.store.database import open_database, session_factory
from concord.store.migrate import HEAD_REVISION, alembic_config
from concord.store.search import lemmatised, match_expression, snippet
from concord.web.app import create_app
from tests.conftest import POSTGRES, SEEDS, new_database_url, store_paths

HOSTILE = (
    "Опасная статья\n\n"
    "Текст <script>alert(1)</script> и встреча с Кошербаевым <img src=x onerror=alert(2)> "
    "в тот же день.\n"
)


@pytest.fixture(scope="module")
def database(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("search")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    url = new_database_url(folder)
    store_paths(pipeline, url, folder)
    return url


def _titles(url: str, query: str) -> list[str]:
    sessions = session_factory(open_database(url))
    with sessions() as session:
        return [d["title"] for d in search_documents(session, query)]


def test_word_forms_share_their_dictionary_form() -> None:
    assert "кошербаев" in lemmatised("Кошербаевым").split()
    assert "кошербаев" in lemmatised("Кошербаев").split()
    assert match_expression('Кошербаев "OR') is not None
    assert match_expression("Heriot-Watt") == '("heriot") AND ("watt")'
    assert match_expression(" ,;- ") is None


def test_snippet_marks_the_hit_in_the_original_text_and_escapes_the_rest() -> None:
    shown = snippet("Текст <script>alert(1)</script> и встреча с Кошербаевым <b>", "Кошербаев")
    assert "<mark>Кошербаевым</mark>" in shown
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
    assert "<script>" not in shown and "<b>" not in shown


def test_snippet_is_a_window_around_the_first_hit() -> None:
    filler = "слово " * 200
    shown = snippet(filler + "Кошербаевым сказано. " + filler, "кошербаев")
    assert shown.startswith("…") and shown.endswith("…") and len(shown) < 400
    assert "<mark>Кошербаевым</mark>" in shown


def test_snippet_of_a_text_without_spaces_stays_short() -> None:
    assert len(snippet("ж" * 10_000 + " Кошербаев", "Кошербаев")) < 400


def test_both_seed_articles_found_in_any_word_form(database: str) -> None:
    seeds = _titles(database, "Кошербаев")
    assert len([t for t in seeds if t != "Опасная статья"]) == 2
    assert set(_titles(database, "Кошербаевым")) == set(seeds)


def test_search_page_and_api_show_escaped_snippets_with_the_hit_marked(database: str) -> None:
    client = TestClient(create_app(database))
    found = client.get("/api/search", params={"q": "Кошербаев"}).json()["documents"]
    assert len(found) == 3 and all("<mark>Кошербаев" in d["snippet"] for d in found)
    hostile = next(d for d in found if d["title"] == "Опасная статья")
    assert "&lt;script&gt;" in hostile["snippet"] and "<script>" not in hostile["snippet"]
    assert "<img" not in hostile["snippet"]
    page = client.get("/search", params={"q": "кошербаева"}).text
    assert "<mark>Кошербаевым</mark>" in page and "<mark>Кошербаев</mark>" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page and "<img src=x" not in page


@pytest.mark.skipif(bool(POSTGRES), reason="SQLite's full-text table; PostgreSQL stems")
def test_migration_0008_lemmatises_a_stored_index(database: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    stored, copied = sqlite3.connect(database.removeprefix("sqlite:///")), sqlite3.connect(copy)
    stored.backup(copied)  # with what the write-ahead log still holds
    stored.close()
    copied.close()
    url = f"sqlite:///{copy}"
    engine = create_engine(url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0007")
        raw = connection.scalar(
            text("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Кошербаевым'")
        )
    assert raw == 2  # the index of raw words: one seed and the hostile text
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), HEAD_REVISION)
    engine.dispose()
    assert len(_titles(url, "Кошербаев")) == 3
