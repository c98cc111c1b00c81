"""REST API, pages and hostile input, through FastAPI's test client."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

import concord.pipeline
from concord.analysis import AnalysedDocument
from concord.claimtypes import CLAIM_TYPES
from concord.document import Document
from concord.pipeline import Pipeline
from concord.web import app as web_app
from concord.web.app import create_app
from tests.conftest import SEEDS, new_database_url, store_paths

HOSTILE = {
    "title": "<script>alert('title')</script>Встреча",
    "text": (
        "Министр Анна Смирнова встретилась в Казани с послом Игорем Сидоровым.\n\n"
        "<script>alert('x')</script> <img src=x onerror=alert('y')> "
        "<a href=\"javascript:alert('z')\">ссылка</a>\n"
    ),
    "url": "javascript:alert('url')",
    "source": "<b>outlet</b>",
}


@pytest.fixture(scope="module")
def database(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> str:
    url = new_database_url(tmp_path_factory.mktemp("web"))
    store_paths(pipeline, url, SEEDS)
    return url


@pytest.fixture()
def client(database: str, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    monkeypatch.setenv("CONCORD_TOKEN", "secret-token")
    return TestClient(create_app(database))


def test_api_lists_and_pages(client: TestClient) -> None:
    documents = client.get("/api/documents").json()
    assert len(documents) == 2 and {"id", "title", "source", "published", "url"} <= set(
        documents[0]
    )
    facts = client.get("/api/facts", params={"type": "agreement", "limit": 50}).json()
    assert facts and all(f["type"] == "agreement" for f in facts)
    assert len(client.get("/api/facts", params={"limit": 2}).json()) == 2
    assert client.get("/api/facts", params={"limit": 10_000}).status_code == 422
    conflicts = client.get("/api/conflicts").json()
    assert {c["role"] for c in conflicts} == {"valid_until", "kind"}
    people = client.get("/api/entities", params={"type": "PER", "q": "Купер"}).json()
    assert people[0]["name"] == "Иветт Купер"
    entity = client.get(f"/api/entities/{people[0]['id']}").json()
    assert entity["timeline"] and "Купер" in entity["aliases"]
    assert client.get("/api/entities/999999").status_code == 404
    assert client.get("/openapi.json").json()["info"]["title"] == "Concord"


def test_api_filters_by_date_and_source(client: TestClient) -> None:
    dated = client.get("/api/facts", params={"date_from": "2026-09", "date_to": "2026-12"}).json()
    assert dated and all("2026-09" <= f["date"] <= "2026-12-31" for f in dated)
    source = client.get("/api/facts", params={"source": "ca5uk-mfa"}).json()
    assert source and all(
        any(s["title"].startswith("От диалога") for s in f["sources"]) for f in source
    )


def test_search_finds_documents_and_entities(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "Heriot-Watt"}).json()
    assert len(found["documents"]) == 2
    assert any(e["name"] == "Heriot-Watt University" for e in found["entities"])
    page = client.get("/search", params={"q": "рения"})
    assert page.status_code == 200 and "Первая встреча" in page.text


def test_pages_render_in_two_languages(client: TestClient) -> None:
    assert "Расхождения" in client.get("/").text
    english = client.get("/", params={"lang": "en"}).text
    assert "Conflicts" in english and "Open conflicts" in english
    conflict = client.get("/api/conflicts").json()[0]
    page = client.get(f"/facts/{conflict['fact']}").text
    assert '<mark class="evidence">' in page and "Источники расходятся" in page


MODALITY_NAMES = {
    "ru": {"состоялось", "планируется", "не состоялось"},
    "en": {"happened", "planned", "did not happen"},
}


def test_types_roles_and_modality_are_named_in_the_page_language(client: TestClient) -> None:
    conflict = client.get("/api/conflicts").json()[0]
    spec = CLAIM_TYPES[conflict["type"]]
    for lang in ("ru", "en"):
        listed = client.get("/conflicts", params={"lang": lang}).text
        shown = f"· {spec.label(lang)} · {spec.role_label(conflict['role'], lang)}"
        assert shown in listed
        fact = client.get(f"/facts/{conflict['fact']}", params={"lang": lang}).text
        modality = re.search(r'<span class="modality">([^<]+)</span>', fact)
        assert modality is not None and modality.group(1) in MODALITY_NAMES[lang]


def test_conflicts_page_in_pages(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web_app, "CONFLICTS_PER_PAGE", 1)  # the seeds disagree twice
    first = client.get("/conflicts", params={"lang": "en"}).text
    assert first.count('class="conflict"') == 1
    assert 'rel="next"' in first and 'rel="prev"' not in first
    second = client.get("/conflicts", params={"offset": 1, "lang": "en"}).text
    assert second.count('class="conflict"') == 1 and second != first
    assert 'rel="prev"' in second and 'rel="next"' not in second


def test_writes_need_the_token(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    body = json.dumps({"text": "Посол Игорь Сидоров прибыл в Казань."})
    headers = {"content-type": "application/json"}
    assert client.post("/api/documents", content=body, headers=headers).status_code == 401
    wrong = {**headers, "authorization": "Bearer nope"}
    assert client.post("/api/documents", content=body, headers=wrong).status_code == 401
    monkeypatch.delenv("CONCORD_TOKEN")
    right = {**headers, "authorization": "Bearer secret-token"}
    assert client.post("/api/documents", content=body, headers=right).status_code == 403


def test_bad_posts_get_clear_errors(client: TestClient) -> None:
    headers = {"content-type": "application/json", "authorization": "Bearer secret-token"}
    not_json = client.post("/api/documents", content=b"{oops", headers=headers)
    assert not_json.status_code == 422 and "not valid JSON" in not_json.json()["detail"]
    too_big = client.post("/api/documents", content=b"x" * 2_100_000, headers=headers)
    assert too_big.status_code == 413
    assert too_big.headers["X-Content-Type-Options"] == "nosniff"  # refused before the app


def test_hostile_article_is_escaped(client: TestClient) -> None:
    headers = {"content-type": "application/json", "authorization": "Bearer secret-token"}
    refused = client.post("/api/documents", content=json.dumps(HOSTILE), headers=headers)
    assert refused.status_code == 422 and "url" in refused.json()["detail"]
    hostile = {**HOSTILE, "url": "https://example.org/\"><script>alert('url')</script>"}
    created = client.post("/api/documents", content=json.dumps(hostile), headers=headers)
    assert created.status_code == 201, created.text
    page = client.get(f"/documents/{created.json()['id']}")
    html = page.text
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert (
        "<img src=x" not in html
        and "onerror=alert" not in html.replace("&#39;", "'").split("&lt;img")[0]
    )
    assert 'href="javascript:' not in html and "<b>outlet</b>" not in html
    assert "script-src 'self'" in page.headers["content-security-policy"]
    search = client.get("/search", params={"q": "<script>alert(1)</script>"}).text
    assert "<script>alert(1)" not in search


def test_static_files_stay_in_their_folder(client: TestClient) -> None:
    assert client.get("/static/concord.css").status_code == 200
    for path in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py"):
        assert client.get(path).status_code == 404


class GatedPipeline:
    """Stands in for the models: each analysis waits until the test lets it finish."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()

    def analyse(self, document: Document) -> AnalysedDocument:
        self.started.set()
        self.release.wait(timeout=120)  # a guard against a hung run, not a measurement
        return AnalysedDocument(document)


def test_an_analysis_in_progress_does_not_block_other_requests(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real server on a loopback socket: the POST is still analysing while a GET of the
    stylesheet and of the API answer; only then is the analysis let through."""
    gated = GatedPipeline()
    monkeypatch.setattr(concord.pipeline, "_SHARED", gated)
    monkeypatch.setenv("CONCORD_TOKEN", "secret-token")
    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    base = f"http://127.0.0.1:{listening.getsockname()[1]}"
    config = uvicorn.Config(create_app(new_database_url(tmp_path)), log_level="warning")
    server = uvicorn.Server(config)
    serving = threading.Thread(target=server.run, kwargs={"sockets": [listening]}, daemon=True)
    serving.start()
    posted: dict[str, httpx.Response] = {}

    def post() -> None:
        posted["response"] = httpx.post(
            f"{base}/api/documents",
            json={"text": "Посол Игорь Сидоров прибыл в Казань."},
            headers={"authorization": "Bearer secret-token"},
            timeout=120,
        )

    try:
        for _ in range(1000):  # bounded wait for the server to start listening
            if server.started:
                break
            time.sleep(0.01)
        assert server.started
        posting = threading.Thread(target=post, daemon=True)
        posting.start()
        assert gated.started.wait(timeout=60), "the POST never reached the analysis"
        stylesheet = httpx.get(f"{base}/static/concord.css", timeout=30)
        documents = httpx.get(f"{base}/api/documents", timeout=30)
        assert stylesheet.status_code == 200 and documents.json() == []
        assert posting.is_alive() and not gated.release.is_set()  # still analysing
        gated.release.set()
        posting.join(timeout=60)
        assert posted["response"].status_code == 201, posted["response"].text
        assert posted["response"].json()["created"] is True
        assert len(httpx.get(f"{base}/api/documents", timeout=30).json()) == 1
    finally:
        gated.release.set()
        server.should_exit = True
        serving.join(timeout=30)
