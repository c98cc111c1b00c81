"""The front page's data is computed once per state of the store (web/overview.py) and
must never show an older store than it would without the cache: every write moves the
stamp it is keyed by."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from concord.pipeline import Pipeline
from concord.store.database import open_database, session_factory
from concord.store.reviews import review_conflict
from concord.store.stamp import store_stamp
from concord.web.app import create_app
from concord.web.overview import OverviewCache, overview_data
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
    cache = OverviewCache()
    with sessions() as session:
        before = store_stamp(session)
        assert cache.get(session) == overview_data(session)
    assert shown_documents(client) == 1
    assert shown_documents(client) == 1  # served from the cache: the same page

    store_paths(pipeline, url, *others)
    with sessions() as session:
        stored = store_stamp(session)
        assert stored != before
        assert cache.get(session) == overview_data(session)
        conflicts = cache.get(session)["counts"]["conflicts"]
        listed = cache.get(session)["conflicts"][0]
    assert conflicts > 0
    assert shown_documents(client) == 1 + len(others)

    with sessions() as session:
        review_conflict(session, listed["fact"], listed["role"], "dismissed", "not one")
        session.commit()
    with sessions() as session:
        assert store_stamp(session) != stored
        after = cache.get(session)
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
