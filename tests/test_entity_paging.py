"""The entity page lists its facts a page at a time (the most mentioned entity of a 10k
store has hundreds): the first page is the top of the whole list, a link leads on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from concord.pipeline import Pipeline
from concord.web import app as web_app
from tests.conftest import SEEDS, new_database_url, store_paths


def listed_facts(html: str) -> list[int]:
    facts = html.split('<ol class="facts"', 1)[1].split("</ol>", 1)[0]
    return [int(number) for number in re.findall(r'href="/facts/(\d+)', facts)]


def test_the_entity_page_lists_its_facts_in_pages(
    pipeline: Pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = new_database_url(tmp_path)
    store_paths(pipeline, url, SEEDS)
    client = TestClient(web_app.create_app(url))
    entities = client.get("/api/entities", params={"limit": 1}).json()
    entity = client.get(f"/api/entities/{entities[0]['id']}").json()
    timeline = [fact["id"] for fact in entity["timeline"]]
    assert len(timeline) >= 2, "the seeds' most mentioned entity has several facts"
    whole = client.get(f"/entities/{entity['id']}").text
    assert 'rel="next"' not in whole  # fewer than a page: all listed, as before

    monkeypatch.setattr(web_app, "ENTITY_FACTS_PER_PAGE", 1)
    client = TestClient(web_app.create_app(url))  # pages are kept: a new app for the new size
    first = client.get(f"/entities/{entity['id']}").text
    assert timeline[0] in listed_facts(first) and timeline[1] not in listed_facts(first)
    assert f'href="/entities/{entity["id"]}?page=2&amp;lang=ru"' in first
    last = client.get(f"/entities/{entity['id']}", params={"page": len(timeline)}).text
    assert timeline[-1] in listed_facts(last) and 'rel="next"' not in last
    assert f'start="{len(timeline)}"' in last
    assert client.get(f"/entities/{entity['id']}", params={"page": 0}).status_code == 422
