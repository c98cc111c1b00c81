"""The API documentation page: server-rendered from the OpenAPI schema, no script, under
the same Content-Security-Policy as every page (web/api_docs.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from concord.web.api_docs import constraints_of, type_of
from concord.web.app import create_app
from tests.conftest import new_database_url


@pytest.fixture()
def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(new_database_url(tmp_path)))


def _section(page: str, anchor: str) -> str:
    found = re.search(rf'<section class="endpoint" id="{anchor}">(.*?)</section>', page, re.S)
    assert found is not None, anchor
    return found.group(1)


def test_docs_list_the_facts_endpoint_with_its_parameters(client: TestClient) -> None:
    response = client.get("/docs", params={"lang": "en"})
    assert response.status_code == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "<script" not in response.text
    facts = _section(response.text, "GET-api-facts")
    rows = re.findall(r"<tr><td><code>(\w+)</code></td><td>(\w+)</td><td>([^<]*)</td>", facts)
    assert ("limit", "query", "integer") in rows
    assert ("entity", "query", "integer or null") in rows
    assert {"type", "source", "date_from", "date_to", "language", "offset"} <= {
        name for name, _, _ in rows
    }
    assert "≤ 200" in facts and "<code>200</code>" in facts and "<code>422</code>" in facts


def test_docs_list_every_operation_of_the_schema(client: TestClient) -> None:
    page = client.get("/docs").text
    for path, operations in client.get("/openapi.json").json()["paths"].items():
        for method in operations:
            assert f"<code>{method.upper()} {path}</code>" in page
    assert "Обязателен" in page  # Russian by default, like every page


def test_path_parameters_are_required(client: TestClient) -> None:
    fact = _section(client.get("/docs", params={"lang": "en"}).text, "GET-api-facts--fact-id")
    assert "<tr><td><code>fact_id</code></td><td>path</td><td>integer</td><td>yes</td>" in fact


def test_cdn_documentation_is_gone(client: TestClient) -> None:
    assert client.get("/redoc").status_code == 404
    assert "cdn" not in client.get("/docs").text.lower()


def test_schema_types_in_words() -> None:
    assert type_of({"type": "array", "items": {"$ref": "#/components/schemas/Fact"}}) == (
        "array of Fact"
    )
    assert type_of({"enum": ["open", "confirmed"]}) == "one of open, confirmed"
    nullable = {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}], "default": 5}
    assert constraints_of(nullable) == "default 5; ≥ 0"
