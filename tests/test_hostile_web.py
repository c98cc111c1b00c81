"""Hostile HTTP input (issue 18, items 5, 7 and 10): every bad request is a 4xx with the
security headers, nothing invalid is stored, and bodies and token guesses are bounded."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from concord.pipeline import Pipeline
from concord.web.app import SECURITY_HEADERS, create_app
from concord.web.guard import FAILURES_ALLOWED, FailureThrottle
from tests.conftest import POSTGRES, SEEDS, new_database_url, store_paths

TOKEN = "secret-token"
WRITE = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


@pytest.fixture(scope="module")
def database(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> str:
    url = new_database_url(tmp_path_factory.mktemp("hostile-web"))
    store_paths(pipeline, url, SEEDS)
    return url


@pytest.fixture()
def client(database: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setenv("CONCORD_TOKEN", TOKEN)
    with TestClient(create_app(database), raise_server_exceptions=False) as opened:
        yield opened



# ---- item 5: POST /api/documents checks its fields -------------------------------------


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"published": "!"}, "published"),
        ({"published": 5}, "published"),
        ({"published": {"a": 1}}, "published"),
        ({"published": ["2026-01-01"]}, "published"),
        ({"url": 5}, "url"),
        ({"url": {}}, "url"),
        ({"url": "javascript:alert(1)"}, "url"),
        ({"url": "file:///etc/passwd"}, "url"),
        ({"title": ["x"]}, "title"),
        ({"text": 7}, "text"),
    ],
)
def test_a_bad_field_is_a_422_naming_it_and_nothing_is_stored(
    client: TestClient, fields: dict, named: str
) -> None:
    before = len(client.get("/api/documents", params={"limit": 200}).json())
    body = {"text": "Проверка полей: этот текст не должен попасть в базу.", **fields}
    response = client.post("/api/documents", json=body, headers=WRITE)
    assert response.status_code == 422, response.text
    assert named in response.json()["detail"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert len(client.get("/api/documents", params={"limit": 200}).json()) == before


def test_good_fields_are_stored_normalised(client: TestClient) -> None:
    body = {"text": "Короткая заметка.", "published": "27.02.2026", "url": "https://example.org/a"}
    response = client.post("/api/documents", json=body, headers=WRITE)
    assert response.status_code == 201, response.text
    stored = client.get(f"/api/documents/{response.json()['id']}").json()
    assert stored["published"] == "2026-02-27" and stored["url"] == "https://example.org/a"


@pytest.mark.skipif(bool(POSTGRES), reason="writes the SQLite file directly")
def test_a_bad_date_already_stored_does_not_break_entity_pages(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    url = new_database_url(tmp_path)
    store_paths(pipeline, url, SEEDS)
    with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
        connection.execute("UPDATE documents SET published = '!'")
    client = TestClient(create_app(url), raise_server_exceptions=False)
    entities = client.get("/api/entities", params={"limit": 200}).json()
    assert entities
    for entity in entities:
        assert client.get(f"/entities/{entity['id']}").status_code == 200
        assert client.get(f"/api/entities/{entity['id']}").status_code == 200


# ---- item 7: no 500 without authentication ---------------------------------------------

HUGE = str(2**63)
PAST_INTEGER = str(2**31)  # past PostgreSQL's INTEGER id columns


@pytest.mark.parametrize(
    "address",
    [
        "/search?q=a%00b",
        "/api/search?q=%00",
        f"/facts/{HUGE}",
        f"/entities/{HUGE}",
        f"/api/facts/{HUGE}",
        f"/api/entities/{HUGE}",
        f"/api/facts?entity={HUGE}",
        f"/facts?entity={PAST_INTEGER}",
        f"/api/facts/{PAST_INTEGER}",
        f"/story?entity={PAST_INTEGER}",
        "/entities/99999999999999999999999",
        "/api/documents/%00",
    ],
)
def test_hostile_addresses_are_4xx_with_security_headers(client: TestClient, address: str) -> None:
    response = client.get(address)
    assert 400 <= response.status_code < 500, (address, response.status_code)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value


@pytest.mark.parametrize(
    "body",
    [b'{"text": "\xff\xfe"}', b"[" * 100_000, b"{" * 100_000, b'{"text": "\\ud800"}',
     b'{"text": "ok", "title": "\\udc00"}', b'"text"', b"null"],
)  # fmt: skip
def test_hostile_json_bodies_with_a_token_are_4xx(client: TestClient, body: bytes) -> None:
    response = client.post("/api/documents", content=body, headers=WRITE)
    assert 400 <= response.status_code < 500, (body[:20], response.status_code)
    review = client.post("/api/conflicts/1/place/review", content=body, headers=WRITE)
    assert 400 <= review.status_code < 500


def test_a_500_still_carries_the_security_headers(database: str) -> None:
    app = create_app(database)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("a bug")

    response = TestClient(app, raise_server_exceptions=False).get("/boom")
    assert response.status_code == 500 and "a bug" not in response.text
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value


def _get_parameters(client: TestClient) -> list[tuple[str, str, str]]:
    """(address template, parameter, where) for every parameter of every GET route."""
    found = []
    for path, operations in client.get("/openapi.json").json()["paths"].items():
        for parameter in operations.get("get", {}).get("parameters", []):
            found.append((path, parameter["name"], parameter["in"]))
    return found


HOSTILE_VALUES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["\x00", "%00", HUGE, "-" + HUGE, "1e999", "NaN", '"', "'", "[/x]", "*",
                     "\\", "../../etc/passwd", "\ud7ff", "ё" * 300, "2026-13-45", ""]),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)  # fmt: skip


def test_fuzz_every_get_parameter_is_never_a_500(client: TestClient) -> None:
    parameters = _get_parameters(client)
    assert len(parameters) >= 15

    @settings(
        max_examples=300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
    )
    @given(st.sampled_from(parameters), HOSTILE_VALUES)
    def one(parameter: tuple[str, str, str], value: str) -> None:
        path, name, where = parameter
        if where == "path":
            address = path.replace("{" + name + "}", quote_path(value))
            address = address.replace("{role}", "place").replace("{fact_id}", "1")
            response = client.get(address.replace("{entity_id}", "1").replace("{document_id}", "x"))
        else:
            filled = path.replace("{fact_id}", "1").replace("{entity_id}", "1")
            response = client.get(filled.replace("{document_id}", "x"), params={name: value})
        assert response.status_code < 500, (path, name, value, response.status_code)

    one()


def quote_path(value: str) -> str:
    from urllib.parse import quote

    return quote(value.encode("utf-8", "surrogatepass"), safe="") or "x"


# ---- item 10: bounded bodies, throttled tokens -----------------------------------------


def test_a_chunked_body_is_refused_while_it_is_read(
    database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Straight to the ASGI app (a test client would buffer the body before sending it):
    a body of no stated length is refused after about 2 MB of its 50 MB are received."""
    monkeypatch.setenv("CONCORD_TOKEN", TOKEN)
    app = create_app(database)
    received = 0
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> MutableMapping[str, Any]:
        nonlocal received
        received += 65_536
        return {"type": "http.request", "body": b"a" * 65_536, "more_body": received < 50_000_000}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": "/api/documents", "raw_path": b"/api/documents",
        "query_string": b"", "root_path": "", "client": ("127.0.0.1", 5000),
        "server": ("testserver", 80),
        "headers": [(b"authorization", f"Bearer {TOKEN}".encode()),
                    (b"content-type", b"text/plain"), (b"transfer-encoding", b"chunked")],
    }  # fmt: skip
    asyncio.run(app(scope, receive, send))
    assert sent[0]["type"] == "http.response.start" and sent[0]["status"] == 413
    assert received < 4_000_000


def test_wrong_tokens_are_throttled_per_address(client: TestClient) -> None:
    for _ in range(FAILURES_ALLOWED):
        wrong = client.post("/api/documents", json={"text": "x"},
                            headers={"Authorization": "Bearer guess"})  # fmt: skip
        assert wrong.status_code == 401
    blocked = client.post("/api/documents", json={"text": "x"}, headers=WRITE)
    assert blocked.status_code == 429
    form = client.post("/conflicts/1/place/review", data={"token": TOKEN, "status": "open"})
    assert form.status_code == 429


def test_the_throttle_forgets_after_its_window() -> None:
    now = [0.0]
    throttle = FailureThrottle(clock=lambda: now[0])
    for _ in range(FAILURES_ALLOWED - 1):
        throttle.failed("10.0.0.1")
    now[0] = 61.0
    throttle.failed("10.0.0.1")
    throttle.check("10.0.0.1")  # the earlier failures fell out of the window
    for _ in range(FAILURES_ALLOWED):
        throttle.failed("10.0.0.1")
    with pytest.raises(Exception, match="429"):
        throttle.check("10.0.0.1")
    throttle.check("10.0.0.2")
    now[0] = 122.0
    throttle.check("10.0.0.1")


def test_the_token_is_compared_in_constant_time_everywhere() -> None:
    source = (Path(__file__).parents[1] / "src" / "concord" / "web").rglob("*.py")
    for path in source:
        text = path.read_text(encoding="utf-8")
        if 'environ.get("CONCORD_TOKEN")' in text or "environ['CONCORD_TOKEN']" in text:
            assert "hmac.compare_digest" in text
            assert "== expected" not in text and "expected ==" not in text
