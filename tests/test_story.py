"""The story view on the seeds: a timeline linking every dated fact, who met whom, and a
map; and the drawing arithmetic on small hand-made inputs."""

from __future__ import annotations

import re
from datetime import date

import pytest
from fastapi.testclient import TestClient

from concord.pipeline import Pipeline
from concord.store.export import Graph
from concord.web.app import create_app
from concord.web.story_drawing import edge_width, graph_drawing, parse_day, timeline
from concord.web.story_map import coordinates, locate, place_map
from tests.conftest import SEEDS, new_database_url, store_paths


@pytest.fixture(scope="module")
def client(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    url = new_database_url(tmp_path_factory.mktemp("story"))
    store_paths(pipeline, url, SEEDS)
    return TestClient(create_app(url))


def entity_id(client: TestClient, name: str) -> int:
    (found,) = [
        e for e in client.get("/api/entities", params={"q": name}).json() if e["name"] == name
    ]
    return int(found["id"])


def svg(html: str, kind: str) -> str:
    match = re.search(rf'<svg class="{kind}".*?</svg>', html, re.S)
    assert match, f"no {kind} drawing"
    return match.group(0)


def test_an_entity_story_links_every_dated_fact(client: TestClient) -> None:
    koshebaev = entity_id(client, "Ермек Кошербаев")
    entity_page = client.get(f"/entities/{koshebaev}").text
    assert f'href="/story?entity={koshebaev}&amp;lang=ru">Сюжет' in entity_page
    response = client.get(f"/story?entity={koshebaev}")
    assert response.status_code == 200
    facts = client.get(f"/api/facts?entity={koshebaev}&limit=200").json()
    dated = {str(fact["id"]) for fact in facts if fact.get("date")}
    assert dated, "the seeds date some of his facts"
    drawn = set(re.findall(r'href="/facts/(\d+)', svg(response.text, "story-timeline")))
    assert drawn == dated
    assert "Story" in client.get(f"/story?entity={koshebaev}&lang=en").text


def test_the_graph_joins_koshebaev_and_cooper(client: TestClient) -> None:
    koshebaev = entity_id(client, "Ермек Кошербаев")
    cooper = entity_id(client, "Иветт Купер")
    graph = svg(client.get(f"/story?entity={koshebaev}").text, "story-graph")
    assert f'href="/entities/{cooper}?lang=ru"' in graph
    assert re.search(
        r"<line class=\"edge[^>]*><title>[^<]*Ермек Кошербаев[^<]*Иветт Купер|"
        r"<line class=\"edge[^>]*><title>[^<]*Иветт Купер[^<]*Ермек Кошербаев",
        graph,
    )


def test_a_search_story_and_bad_requests(client: TestClient) -> None:
    response = client.get("/story?q=Кошербаев")
    assert response.status_code == 200 and "story-timeline" in response.text
    assert "story-timeline" not in client.get("/story?q=несуществующееслово").text
    assert client.get("/story").status_code == 200  # the form alone
    assert client.get("/story?entity=999999").status_code == 404
    assert client.get("/story?entity=abc").status_code in (400, 422)


def test_partial_dates_and_the_axis() -> None:
    assert parse_day("2026-03") == date(2026, 3, 1)
    assert parse_day("2026-02-27T10:00:00") == date(2026, 2, 27)
    assert parse_day("") is None and parse_day("вчера") is None
    facts = [
        {"id": 1, "type": "meeting", "args": {}, "date": "2025-01-10", "reported": ["2025-01-11"]},
        {"id": 2, "type": "agreement", "args": {}, "date": "2026-06-01", "reported": []},
        {"id": 3, "type": "meeting", "args": {}, "date": "", "reported": ["2025-05-01"]},
    ]
    drawing = timeline(facts)
    assert [mark["fact"]["id"] for mark in drawing.marks] == [1, 2]
    assert [fact["id"] for fact in drawing.undated] == [3]
    assert drawing.marks[0]["x"] == drawing.left and drawing.marks[1]["x"] == drawing.right
    assert drawing.marks[0]["ticks"][0] > drawing.marks[0]["x"]  # reported a day later
    assert 2 <= len(drawing.labels) <= 8
    assert all(drawing.left <= label["x"] <= drawing.right for label in drawing.labels)


def test_the_graph_layout_is_a_deterministic_circle() -> None:
    graph = Graph(
        nodes={
            1: {"name": "А", "type": "PER"},
            2: {"name": "Б", "type": "PER"},
            3: {"name": "В", "type": "ORG"},
        },
        edges={
            (1, 2): {"weight": 4, "facts": 1, "meeting": 1, "agreement": 0},
            (1, 3): {"weight": 1, "facts": 1, "meeting": 0, "agreement": 1},
        },
    )
    drawing = graph_drawing(graph, centre=1)
    assert drawing == graph_drawing(graph, centre=1)
    centre = next(node for node in drawing.nodes if node["id"] == 1)
    assert (centre["x"], centre["y"]) == (drawing.width / 2, drawing.height / 2)
    assert [edge["width"] for edge in drawing.edges] == [edge_width(4), edge_width(1)]
    assert edge_width(4) > edge_width(1) == 1
    assert graph_drawing(Graph()).nodes == []


def test_places_come_from_the_offline_gazetteer() -> None:
    moscow = coordinates("Москва")
    assert moscow is not None and abs(moscow[0] - 55.75) < 0.1 and abs(moscow[1] - 37.6) < 0.1
    drawing = place_map([
        {"id": 1, "name": "Москва", "claims": 3}, {"id": 2, "name": "Астана", "claims": 1},
        {"id": 3, "name": "Нигдеград", "claims": 1},
    ])  # fmt: skip
    assert [mark["id"] for mark in drawing.marks] == [1, 2]
    assert [place["id"] for place in drawing.unplaced] == [3]
    assert all(0 <= m["x"] <= drawing.width and 0 <= m["y"] <= drawing.height
               for m in drawing.marks)  # fmt: skip
    assert drawing.meridians and drawing.parallels


def test_countries_are_drawn_at_their_capitals_in_either_language() -> None:
    bishkek = coordinates("Бишкек")
    assert bishkek is not None
    assert locate("Киргизия") == locate("Kyrgyzstan") == (bishkek, True)
    assert locate("Бишкек") == (bishkek, False)
    drawing = place_map([
        {"id": 1, "name": "Киргизия", "claims": 2}, {"id": 2, "name": "Бишкек", "claims": 1},
    ])  # fmt: skip
    assert [(mark["id"], mark["country"]) for mark in drawing.marks] == [(1, True), (2, False)]
