"""The OpenAPI schema describes every JSON answer's shape and the POST's body
(web/api_models.py); the answers themselves are checked against those models by FastAPI,
so the API tests elsewhere (test_web, test_reviews, test_hostile_web) exercise them."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from concord.web.api_models import Conflict, Fact
from concord.web.app import create_app
from tests.conftest import new_database_url

FILES = "/api/export"  # answers a file (CSV, JSON Lines, GraphML, GEXF), not JSON


@pytest.fixture(scope="module")
def openapi(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    url = new_database_url(tmp_path_factory.mktemp("openapi"))
    schema: dict[str, Any] = TestClient(create_app(url)).get("/openapi.json").json()
    return schema


def resolved(schema: dict[str, Any], openapi: dict[str, Any]) -> dict[str, Any]:
    """A schema with its $ref followed and an array seen through its items."""
    while True:
        if "$ref" in schema:
            schema = openapi["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        elif schema.get("type") == "array":
            schema = schema["items"]
        else:
            return schema


def test_every_json_endpoint_documents_the_shape_of_its_answer(openapi: dict[str, Any]) -> None:
    checked = []
    for path, operations in openapi["paths"].items():
        if not path.startswith("/api/") or path == FILES:
            continue
        for method, operation in operations.items():
            success = operation["responses"].get("201") or operation["responses"]["200"]
            schema = success["content"]["application/json"]["schema"]
            assert resolved(schema, openapi).get("properties"), (method, path)
            checked.append((method, path))
    assert len(checked) == 12


def test_the_post_declares_its_three_kinds_of_body(openapi: dict[str, Any]) -> None:
    body = openapi["paths"]["/api/documents"]["post"]["requestBody"]
    assert body["required"] is True
    assert set(body["content"]) == {"application/json", "text/html", "text/plain"}
    document = body["content"]["application/json"]["schema"]
    assert document["required"] == ["text"]
    assert {"text", "title", "source", "url", "published", "language"} == set(
        document["properties"]
    )


def test_a_fact_lists_its_fields_with_nested_shapes(openapi: dict[str, Any]) -> None:
    fact = openapi["components"]["schemas"]["Fact"]
    assert {"id", "type", "args", "sources", "conflicts", "source_count", "date"} <= set(
        fact["properties"]
    )
    sources = fact["properties"]["sources"]["items"]
    assert set(resolved(sources, openapi)["properties"]) >= {"doc", "outlet", "start", "end"}


def test_models_keep_fields_they_do_not_name() -> None:
    answer = {"id": 1, "type": "meeting", "args": {}, "sources": [], "novel": 3}
    assert Fact.model_validate(answer).model_dump(exclude_unset=True) == answer
    conflict = {"fact": 1, "type": "agreement", "role": "valid_until", "status": "open",
                "values": [], "history": [{"status": "dismissed", "note": "", "reviewer": "",
                                           "reviewed_at": "2026-01-01T00:00:00+00:00",
                                           "values": ["2028", "2030"]}]}  # fmt: skip
    assert Conflict.model_validate(conflict).model_dump(exclude_unset=True) == conflict


def test_a_wrong_answer_is_refused_by_its_model() -> None:
    with pytest.raises(ValueError):
        Fact.model_validate({"id": "not a number", "type": "meeting"})


def test_the_export_declares_its_file_types(openapi: dict[str, Any]) -> None:
    answer = openapi["paths"][FILES]["get"]["responses"]["200"]
    assert set(answer["content"]) == {
        "text/csv", "application/x-ndjson", "application/graphml+xml", "application/gexf+xml"
    }
