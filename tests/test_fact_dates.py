"""facts.date, kept by the writer, agrees with the date every page derives, and the date
filter of /api/facts pages in SQL without reading every fact."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, select, update

from concord.pipeline import Pipeline
from concord.store import queries
from concord.store.database import open_database, session_factory
from concord.store.migrate import alembic_config
from concord.store.queries import filter_facts, list_facts, with_dates
from concord.store.schema import FactRow
from tests.conftest import SEEDS, SHARED, new_database_url, store_paths

DEVSET = SHARED / "factrueval2016" / "devset"


@pytest.fixture(scope="module")
def store(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> str:
    url = new_database_url(tmp_path_factory.mktemp("dates"))
    store_paths(pipeline, url, SEEDS, *sorted(DEVSET.glob("book_*.txt"))[:8])
    return url


def derived(url: str) -> list[dict[str, Any]]:
    with session_factory(open_database(url))() as session:
        return with_dates(session, list_facts(session))


def stored_dates(url: str) -> dict[int, str | None]:
    with session_factory(open_database(url))() as session:
        return dict(session.execute(select(FactRow.id, FactRow.date)).all())


def test_the_stored_date_is_the_derived_one(store: str) -> None:
    facts = derived(store)
    assert len(facts) > 10 and any(fact["date"] for fact in facts)
    assert stored_dates(store) == {fact["id"]: fact["date"] or None for fact in facts}


@pytest.mark.parametrize(
    ("date_from", "date_to"), [("2026-01-01", None), (None, "2026-02"), ("2000", "2026-12-31")]
)
def test_the_date_filter_gives_what_filtering_every_fact_gave(
    store: str, date_from: str | None, date_to: str | None
) -> None:
    expected = [
        fact["id"]
        for fact in sorted(derived(store), key=lambda fact: -fact["id"])
        if fact["date"]
        and (not date_from or fact["date"] >= date_from)
        and (not date_to or fact["date"][: len(date_to)] <= date_to)
    ]
    with session_factory(open_database(store))() as session:
        found = [
            f["id"] for f in filter_facts(session, date_from=date_from, date_to=date_to, limit=1000)
        ]
        pages = [
            f["id"]
            for offset in range(0, len(expected) + 3, 3)
            for f in filter_facts(
                session, date_from=date_from, date_to=date_to, limit=3, offset=offset
            )
        ]
    assert found == pages == expected


def test_a_date_filtered_page_reads_only_its_own_facts(
    store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int] = []
    original = queries.list_facts

    def counting(session: Any, **options: Any) -> list[dict[str, Any]]:
        asked.extend(options.get("fact_ids") or [])
        return original(session, **options)

    monkeypatch.setattr(queries, "list_facts", counting)
    with session_factory(open_database(store))() as session:
        page = filter_facts(session, date_from="1900", limit=2)
    assert len(page) == 2 and len(asked) == 2


def test_the_migration_fills_the_dates_of_existing_facts(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    url = new_database_url(tmp_path)
    store_paths(pipeline, url, SEEDS)
    before = stored_dates(url)
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(update(FactRow).values(date=None))
        command.downgrade(alembic_config(connection), "0006")
        command.upgrade(alembic_config(connection), "head")
    engine.dispose()
    assert any(before.values()) and stored_dates(url) == before
