"""Search with the list filters: outlet, language, publication dates (documents) and
type (entities), in the API and on the page (web/search.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from concord.pipeline import Pipeline
from concord.web.app import create_app
from tests.conftest import new_database_url, store_paths

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
WORD = "Казахстан"


@pytest.fixture(scope="module")
def client(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    url = new_database_url(tmp_path_factory.mktemp("search-filters"))
    store_paths(pipeline, url, EXAMPLES)
    return TestClient(create_app(url))


def search(client: TestClient, **filters: str) -> dict[str, list[dict]]:
    answer = client.get("/api/search", params={"q": WORD, **filters})
    assert answer.status_code == 200, answer.text
    found: dict[str, list[dict]] = answer.json()
    return found


def test_each_document_filter_narrows_the_hits(client: TestClient) -> None:
    every = search(client)["documents"]
    outlets = {document["source"] for document in every}
    dates = sorted(document["published"] for document in every)
    assert len(outlets) >= 3 and dates[0] < dates[-1]
    one = sorted(outlets)[0]
    assert {d["source"] for d in search(client, source=one)["documents"]} == {one}
    assert search(client, language="en")["documents"] == []
    assert len(search(client, language="ru")["documents"]) == len(every)
    later = search(client, date_from=dates[-1])["documents"]
    assert later and all(d["published"] >= dates[-1] for d in later)
    earlier = search(client, date_to=dates[0])["documents"]
    assert earlier and all(d["published"] <= dates[0] for d in earlier)
    assert len(later) + len(earlier) <= len(every)
    month = search(client, date_from=dates[0][:7], date_to=dates[-1][:7])["documents"]
    assert len(month) == len(every)  # "2026-10" bounds the whole month


def test_the_type_filters_the_entities(client: TestClient) -> None:
    entities = search(client)["entities"]
    assert any(entity["type"] == "LOC" for entity in entities)
    assert search(client, type="PER")["entities"] == [
        entity for entity in entities if entity["type"] == "PER"
    ]


def test_the_page_keeps_its_filters_in_the_form(client: TestClient) -> None:
    one = sorted({d["source"] for d in search(client)["documents"]})[0]
    page = client.get("/search", params={"q": WORD, "source": one, "lang": "en"})
    assert page.status_code == 200
    assert f'<option value="{one}" selected>' in page.text
    assert 'name="date_from"' in page.text and 'name="type"' in page.text
    others = {d["source"] for d in search(client)["documents"]} - {one}
    assert not any(f"{other} 20" in page.text for other in others)


def test_a_bad_date_is_refused(client: TestClient) -> None:
    assert client.get("/api/search", params={"q": WORD, "date_from": "soon"}).status_code == 422
    page = client.get(
        "/search", params={"q": WORD, "date_to": "x"}, headers={"Accept": "text/html"}
    )
    assert page.status_code == 400
