"""Pages, entity views, lists and searches are computed once per state of the store
(web/stamped_cache.py) and must never show an older store than they would without the
cache: every write moves the stamp they are keyed by."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from concord.pipeline import Pipeline
from concord.store.browse import entity_view, list_entities_page
from concord.store.database import open_database, session_factory
from concord.store.queries import filter_facts
from concord.store.reviews import review_conflict
from concord.store.stamp import store_stamp
from concord.web.app import create_app
from concord.web.overview import overview_data
from concord.web.stamped_cache import StampedCache
from tests.conftest import SEEDS, new_database_url, store_paths


def shown_documents(client: TestClient) -> int:
    found = re.search(r"<b>(\d+)</b> документ", client.get("/").text)
    assert found, "the overview shows the number of documents"
    return int(found.group(1))


def test_overview_follows_every_write(pipeline: Pipeline, tmp_path: Path) -> None:
    url = new_database_url(tmp_path)
    first, *others = sorted(SEEDS.glob("*.txt"))
    store_paths(pipeline, url, first)
    client = TestClient(create_app(url))
    sessions = session_factory(open_database(url))
    cache = StampedCache(8)

    def overview(session: Session) -> dict[str, Any]:
        return cache.get(session, "overview", overview_data)

    with sessions() as session:
        before = store_stamp(session)
        assert overview(session) == overview_data(session)
    assert shown_documents(client) == 1
    assert shown_documents(client) == 1  # served from the cache: the same page
    with sessions() as session:
        entity = list_entities_page(session, 1, 0)[0]["id"]
        before_entity = client.get(f"/api/entities/{entity}").json()
        assert before_entity == client.get(f"/api/entities/{entity}").json()
    before_lists = [client.get(list_).json() for list_ in ("/api/facts", "/api/entities")]
    pages = (f"/entities/{entity}", "/search?q=Казахстан", "/api/search?q=Казахстан", "/facts/1")
    kept_pages = [client.get(address).text for address in pages]

    store_paths(pipeline, url, *others)
    with sessions() as session:
        stored = store_stamp(session)
        assert stored != before
        assert overview(session) == overview_data(session)
        conflicts = overview(session)["counts"]["conflicts"]
        listed = overview(session)["conflicts"][0]
    assert conflicts > 0
    assert shown_documents(client) == 1 + len(others)
    with sessions() as session:
        after_entity = client.get(f"/api/entities/{entity}").json()
        assert after_entity == entity_view(session, entity)
    assert after_entity != before_entity  # the other seeds tell more about it
    with sessions() as session:  # the cached API lists follow too
        after_lists = [client.get(list_).json() for list_ in ("/api/facts", "/api/entities")]
        assert after_lists[0] == filter_facts(session, limit=50)
        assert after_lists[1] == list_entities_page(session, 50, 0)
    assert after_lists[0] != before_lists[0] and after_lists[1] != before_lists[1]
    uncached = TestClient(create_app(url))  # kept pages, searches too, as a new app sees them
    assert [client.get(address).text for address in pages] == [
        uncached.get(address).text for address in pages
    ]
    assert client.get(pages[0]).text != kept_pages[0]
    assert client.get(pages[1]).text != kept_pages[1]

    with sessions() as session:
        review_conflict(session, listed["fact"], listed["role"], "dismissed", "not one")
        session.commit()
    with sessions() as session:
        assert store_stamp(session) != stored
        after = overview(session)
        assert after == overview_data(session)
    assert after["counts"]["conflicts"] == conflicts - 1
    assert after["counts"]["dismissed_conflicts"] == 1


def test_storing_the_same_text_again_keeps_the_stamp(pipeline: Pipeline, tmp_path: Path) -> None:
    url = new_database_url(tmp_path)
    seed = sorted(SEEDS.glob("*.txt"))[0]
    store_paths(pipeline, url, seed)
    sessions = session_factory(open_database(url))
    with sessions() as session:
        before = store_stamp(session)
    store_paths(pipeline, url, seed)  # the same normalised text: a no-op
    with sessions() as session:
        assert store_stamp(session) == before
