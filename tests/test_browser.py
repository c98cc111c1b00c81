"""Click through the pages in a real headless Chromium (Debian's, driven by Playwright):
overview → conflict → fact → highlighted source → entity timeline; the hostile article
must render as text and never run its script. Screenshots go to screenshots/."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Dialog, Page, sync_playwright

from concord.pipeline import Pipeline
from tests.conftest import SEEDS, new_database_url, store_paths
from tests.test_web import HOSTILE

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "screenshots"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = new_database_url(tmp_path_factory.mktemp("browser"))
    store_paths(pipeline, url, SEEDS)
    port = _free_port()
    env = {**os.environ, "CONCORD_TOKEN": "browser-token"}
    process = subprocess.Popen(
        [sys.executable, "-m", "concord.cli", "serve", "--port", str(port), "--db", url],
        env=env,
        cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/api/documents", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    request = urllib.request.Request(
        base + "/api/documents",
        data=json.dumps(HOSTILE).encode(),
        headers={"content-type": "application/json", "authorization": "Bearer browser-token"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.status == 201
    yield base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def page() -> Iterator[Page]:
    SHOTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS
        )
        opened = browser.new_page(viewport={"width": 1200, "height": 900})
        yield opened
        browser.close()


def dismissed_dialogs(page: Page) -> list[str]:
    """The messages of every alert or prompt the page opens from now on (a script ran)."""
    dialogs: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    return dialogs


def test_click_through_the_picture(server: str, page: Page) -> None:
    dialogs = dismissed_dialogs(page)
    page.goto(server + "/")
    page.screenshot(path=SHOTS / "overview.png", full_page=True)
    page.click("ol.conflicts a >> nth=0")
    page.wait_for_selector(".conflict-box")
    assert page.locator("mark.evidence").count() >= 2  # both sources, their sentences highlighted
    page.screenshot(path=SHOTS / "fact.png", full_page=True)
    page.click(".source h3 a >> nth=0")
    page.wait_for_selector(".document .text")
    assert page.locator("a.mark.evidence").count() > 0
    page.screenshot(path=SHOTS / "document.png", full_page=True)
    page.click("a.mark.PER:has-text('Купер') >> nth=0")
    page.wait_for_selector("svg.timeline")
    assert page.locator("ol.facts li").count() >= 3  # her post, her statements
    page.fill("input[type=search]", "Кошербаев")
    page.press("input[type=search]", "Enter")
    page.click("main a:has-text('Ермек Кошербаев')")
    page.wait_for_selector("svg.timeline circle")  # the ministry's report is dated: a timeline
    page.screenshot(path=SHOTS / "entity.png", full_page=True)
    page.goto(server + "/conflicts?lang=en")
    assert "Conflicts" in page.inner_text("h1")
    page.screenshot(path=SHOTS / "conflicts.png", full_page=True)
    assert dialogs == []


def test_hostile_article_never_runs(server: str, page: Page) -> None:
    dialogs = dismissed_dialogs(page)
    documents = json.load(urllib.request.urlopen(server + "/api/documents?limit=50", timeout=10))
    (hostile,) = [d for d in documents if "script" in d["title"]]
    page.goto(f"{server}/documents/{hostile['id']}")
    text = page.inner_text(".document .text")
    assert "<script>alert('x')</script>" in text and "onerror=alert('y')" in text
    assert page.locator(".document script, .document img").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    page.screenshot(path=SHOTS / "hostile.png", full_page=True)
    page.goto(server + "/search?q=<img src=x onerror=alert(1)>")
    assert dialogs == []
