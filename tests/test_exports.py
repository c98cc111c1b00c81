"""Exports round-trip: CSV read back by the csv module, GraphML by networkx, GEXF by
ElementTree; the same files from `concord export` and from /api/export."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import networkx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from concord.cli import app
from concord.exports import BOM, FACT_COLUMNS
from concord.pipeline import Pipeline
from concord.web.app import create_app
from tests.conftest import SEEDS, new_database_url, store_paths


@pytest.fixture(scope="module")
def database(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> str:
    url = new_database_url(tmp_path_factory.mktemp("exports"))
    store_paths(pipeline, url, SEEDS)
    return url


def run(database: str, *arguments: str) -> str:
    result = CliRunner().invoke(app, ["export", *arguments, "--db", database])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_facts_csv_has_a_row_per_source(database: str, tmp_path: Path) -> None:
    target = tmp_path / "facts.csv"
    run(database, "--format", "csv", "--bom", "--out", str(target))
    raw = target.read_text(encoding="utf-8")
    assert raw.startswith(BOM)
    rows = list(csv.DictReader(io.StringIO(raw.removeprefix(BOM))))
    assert rows and list(rows[0]) == FACT_COLUMNS
    facts = [json.loads(line) for line in run(database, "--format", "jsonl").splitlines()]
    assert len(rows) == sum(len(fact["sources"]) for fact in facts)
    assert {row["fact"] for row in rows} == {str(fact["id"]) for fact in facts}
    assert all(row["evidence"] and row["document"] for row in rows)
    disputed = {row["fact"] for row in rows if row["conflict"] == "yes"}
    assert disputed == {str(fact["id"]) for fact in facts if fact["conflicts"]} != set()


def test_filters_and_conflicts(database: str) -> None:
    agreements = list(csv.DictReader(io.StringIO(run(database, "--format", "csv", "--type", "agreement"))))  # fmt: skip
    assert agreements and {row["type"] for row in agreements} == {"agreement"}
    conflicts = list(csv.DictReader(io.StringIO(run(database, "--format", "csv", "--what", "conflicts"))))  # fmt: skip
    assert {row["role"] for row in conflicts} == {"valid_until", "kind"}
    for role in ("valid_until", "kind"):  # each conflict has at least two values
        assert len({row["value"] for row in conflicts if row["role"] == role}) >= 2


def test_unknown_type_lists_the_types(database: str) -> None:
    result = CliRunner().invoke(app, ["export", "--format", "csv", "--type", "visit",
                                      "--db", database])  # fmt: skip
    assert result.exit_code == 2 and "agreement" in result.output


def test_graphml_reads_back_in_networkx(database: str, tmp_path: Path) -> None:
    target = tmp_path / "graph.graphml"
    run(database, "--format", "graphml", "--out", str(target))
    graph = networkx.read_graphml(target)
    assert graph.number_of_nodes() >= 2 and graph.number_of_edges() >= 1
    assert {data["type"] for _, data in graph.nodes(data=True)} <= {"PER", "ORG"}
    names = {data["name"] for _, data in graph.nodes(data=True)}
    assert any("Кошербаев" in name for name in names)
    for _, _, data in graph.edges(data=True):
        assert data["weight"] >= data["facts"] == data["meeting"] + data["agreement"] >= 1
    gexf = ElementTree.fromstring(run(database, "--format", "gexf"))
    namespace = {"g": "http://gexf.net/1.3"}
    assert len(gexf.findall(".//g:node", namespace)) == graph.number_of_nodes()
    assert len(gexf.findall(".//g:edge", namespace)) == graph.number_of_edges()


def test_the_api_serves_the_same_files(database: str) -> None:
    client = TestClient(create_app(database))
    response = client.get("/api/export", params={"format": "csv", "type": "meeting"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert 'filename="concord-facts.csv"' in response.headers["content-disposition"]
    shown = run(database, "--format", "csv", "--type", "meeting")  # the runner writes \n
    assert response.text.replace("\r\n", "\n") == shown
    graph = client.get("/api/export", params={"format": "graphml"})
    assert networkx.read_graphml(io.BytesIO(graph.content)).number_of_edges() >= 1
    assert client.get("/api/export", params={"format": "xls"}).status_code == 422
    assert client.get("/api/export", params={"format": "csv", "type": "visit"}).status_code == 400
    page = client.get("/facts", params={"type": "meeting"}).text
    assert 'href="/api/export?format=csv&amp;bom=true&amp;type=meeting"' in page
