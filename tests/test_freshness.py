"""ETag and Last-Modified on the list endpoints and pages (web/freshness.py): a client
holding the current list gets a 304; storing a document or settling a conflict changes
the tag."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from concord.pipeline import Pipeline
from concord.web.app import create_app
from tests.conftest import new_database_url, store_paths

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
LISTS = ["/api/facts", "/api/entities", "/api/documents", "/api/conflicts",
         "/facts", "/entities", "/documents", "/conflicts"]  # fmt: skip


@pytest.fixture()
def stored(pipeline: Pipeline, tmp_path: Path) -> str:
    url = new_database_url(tmp_path)
    store_paths(pipeline, url, EXAMPLES / "severny-vestnik.txt", EXAMPLES / "tayga-press.txt")
    return url


@pytest.mark.parametrize("address", LISTS)
def test_a_current_copy_is_a_304_without_a_body(stored: str, address: str) -> None:
    client = TestClient(create_app(stored))
    first = client.get(address)
    assert first.status_code == 200
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    again = client.get(address, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag and "content-security-policy" in again.headers
    assert client.get(address, headers={"If-Modified-Since": modified}).status_code == 304
    assert client.get(address, headers={"If-None-Match": '"other"'}).status_code == 200


def test_the_tag_follows_the_address_and_the_page_language(stored: str) -> None:
    client = TestClient(create_app(stored))
    assert client.get("/api/facts").headers["etag"] != client.get(
        "/api/facts", params={"type": "meeting"}
    ).headers["etag"]
    russian = client.get("/facts", headers={"Accept-Language": "ru"})
    english = client.get("/facts", headers={"Accept-Language": "en"})
    assert russian.headers["etag"] != english.headers["etag"]
    assert russian.headers["vary"] == "Accept-Language"
    stale = client.get("/facts", headers={"Accept-Language": "en",
                                          "If-None-Match": russian.headers["etag"]})  # fmt: skip
    assert stale.status_code == 200


def test_an_ingest_changes_the_tag(stored: str, pipeline: Pipeline) -> None:
    client = TestClient(create_app(stored))
    before = {address: client.get(address).headers["etag"] for address in LISTS}
    store_paths(pipeline, stored, EXAMPLES / "ural-meridian.txt")
    for address, etag in before.items():
        answer = client.get(address, headers={"If-None-Match": etag})
        assert answer.status_code == 200, address
        assert answer.headers["etag"] != etag


def test_a_verdict_changes_the_tag(stored: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONCORD_TOKEN", "secret-token")
    client = TestClient(create_app(stored))
    conflicts = client.get("/api/conflicts")
    assert conflicts.json(), "the two reports disagree somewhere"
    conflict = conflicts.json()[0]
    settled = client.post(
        f"/api/conflicts/{conflict['fact']}/{conflict['role']}/review",
        json={"status": "confirmed", "note": "checked"},
        headers={"Authorization": "Bearer secret-token"},
    )
    assert settled.status_code == 200
    again = client.get("/api/conflicts", headers={"If-None-Match": conflicts.headers["etag"]})
    assert again.status_code == 200 and again.json()[0]["status"] == "confirmed"


def test_if_modified_since_compares_dates(stored: str) -> None:
    client = TestClient(create_app(stored))
    past = format_datetime(datetime.now(UTC) - timedelta(days=1), usegmt=True)
    future = format_datetime(datetime.now(UTC) + timedelta(days=1), usegmt=True)
    assert client.get("/api/facts", headers={"If-Modified-Since": past}).status_code == 200
    assert client.get("/api/facts", headers={"If-Modified-Since": future}).status_code == 304
    unreadable = client.get("/api/facts", headers={"If-Modified-Since": "yesterday"})
    assert unreadable.status_code == 200
    both = client.get("/api/facts", headers={"If-Modified-Since": future,
                                             "If-None-Match": '"other"'})  # fmt: skip
    assert both.status_code == 200  # If-None-Match wins


def test_single_items_carry_no_list_validators(stored: str) -> None:
    client = TestClient(create_app(stored))
    fact = client.get("/api/facts").json()[0]["id"]
    assert "etag" not in client.get(f"/api/facts/{fact}").headers


def test_the_filter_choices_follow_an_ingest(stored: str, pipeline: Pipeline) -> None:
    """The forms' outlets are kept between requests, until the store changes."""
    client = TestClient(create_app(stored))
    assert 'value="ural-meridian"' not in client.get("/documents").text
    store_paths(pipeline, stored, EXAMPLES / "ural-meridian.txt")
    assert 'value="ural-meridian"' in client.get("/documents").text
