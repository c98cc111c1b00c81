"""The story view in headless Chromium at desktop and phone widths: the three drawings
show, nothing overflows sideways, the console stays clean (the CSP refuses nothing),
and every link in the drawings answers. Screenshots go to screenshots/."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest
from playwright.sync_api import ConsoleMessage, sync_playwright

from concord.pipeline import Pipeline
from tests.conftest import SEEDS, new_database_url, store_paths
from tests.test_browser import CHROMIUM_FLAGS, SHOTS, running_server


@pytest.fixture(scope="module")
def server(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = new_database_url(tmp_path_factory.mktemp("story-browser"))
    store_paths(pipeline, url, SEEDS)
    with running_server(url) as base:
        yield base


def entity_id(base: str, name: str) -> int:
    query = urllib.parse.urlencode({"q": name})
    with urllib.request.urlopen(f"{base}/api/entities?{query}", timeout=10) as response:
        found = [entity for entity in json.load(response) if entity["name"] == name]
    return int(found[0]["id"])


@pytest.mark.parametrize("width", [1280, 375, 360])
def test_story_fits_and_stays_quiet(server: str, width: int) -> None:
    koshebaev = entity_id(server, "Ермек Кошербаев")
    problems: list[str] = []
    SHOTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS
        )
        page = browser.new_page(viewport={"width": width, "height": 900})

        def note(message: ConsoleMessage) -> None:
            # Chromium asks every site for /favicon.ico; Concord has none (not this page's)
            if message.type in ("error", "warning") and "favicon" not in message.location["url"]:
                problems.append(f"{message.text} {message.location['url']}")

        page.on("console", note)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.goto(f"{server}/entities/{koshebaev}")
        page.click("p.story-link a")
        page.wait_for_selector("svg.story-timeline a.fact-mark")
        assert page.locator("svg.story-graph a.node").count() >= 2
        assert page.locator("svg.story-map a.place").count() >= 1
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{overflow} px of horizontal overflow at {width} px"
        for figure in page.locator("figure.story").all():  # a drawing scrolls inside its figure
            box = figure.bounding_box()
            assert box is not None and box["x"] + box["width"] <= width
        page.screenshot(path=SHOTS / f"story-{width}.png", full_page=True)
        links = page.eval_on_selector_all(
            "svg a", "marks => marks.map(a => a.getAttribute('href'))"
        )
        page.goto(f"{server}/story?q=Кошербаев&lang=en")
        page.wait_for_selector("svg.story-timeline")
        browser.close()
    assert problems == []
    for link in sorted(set(links)):
        with urllib.request.urlopen(server + link, timeout=10) as response:
            assert response.status == 200, link
