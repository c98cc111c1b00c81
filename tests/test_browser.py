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
from contextlib import contextmanager
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


@contextmanager
def running_server(url: str) -> Iterator[str]:
    """`concord serve` on the store at `url` (token "browser-token"), until the block ends."""
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
    try:
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def server(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = new_database_url(tmp_path_factory.mktemp("browser"))
    store_paths(pipeline, url, SEEDS)
    with running_server(url) as base:
        yield from _with_hostile_article(base)


def _with_hostile_article(base: str) -> Iterator[str]:
    request = urllib.request.Request(
        base + "/api/documents",
        # the API refuses a javascript: address (422); the page must still never run one
        data=json.dumps(
            {**HOSTILE, "url": 'https://example.org/"><script>alert(1)</script>'}
        ).encode(),
        headers={"content-type": "application/json", "authorization": "Bearer browser-token"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.status == 201
    yield base


@pytest.fixture(scope="module")
def review_server(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store of its own: settling its conflicts changes nothing the other tests see."""
    url = new_database_url(tmp_path_factory.mktemp("review"))
    store_paths(pipeline, url, SEEDS)
    with running_server(url) as base:
        yield base


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
    assert page.locator("span.claim a.to-fact").count() > 0  # claim sentences link their facts
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


def test_settling_conflicts_on_the_conflicts_page(review_server: str, page: Page) -> None:
    """The seeds disagree twice: dismiss one with a note through the page's form, see it
    leave the default list and appear under "Dismissed"; a wrong token changes nothing."""
    dialogs: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    page.goto(review_server + "/conflicts?lang=en")
    assert page.locator("section.conflict").count() == 2
    campus = page.locator("section.conflict[id$='-kind']")
    term = page.locator("section.conflict[id$='-valid_until']")
    assert campus.locator(".status").text_content() == "open"

    term.locator("input[name=status][value=confirmed]").check()
    term.locator("input[name=token]").fill("not-the-token")
    term.locator("button[type=submit]").click()
    page.wait_for_selector("p.refusal")
    assert "Wrong access token" in page.inner_text("main")
    page.click("main a:has-text('Back to the conflicts')")
    page.wait_for_selector("section.conflict")
    assert page.locator("section.conflict[data-status=open]").count() == 2

    campus = page.locator("section.conflict[id$='-kind']")
    campus.locator("input[name=status][value=dismissed]").check()
    campus.locator("textarea[name=note]").fill("Отклонено при проверке формы")
    campus.locator("input[name=reviewer]").fill("browser test")
    campus.locator("input[name=token]").fill("browser-token")
    campus.locator("button[type=submit]").click()
    page.wait_for_url("**/conflicts?lang=en#conflict-*-kind")
    assert page.locator("section.conflict").count() == 1  # the dismissed one is gone
    assert page.locator("section.conflict[id$='-kind']").count() == 0

    term = page.locator("section.conflict[id$='-valid_until']")
    term.locator("input[name=status][value=confirmed]").check()
    term.locator("input[name=token]").fill("browser-token")
    term.locator("button[type=submit]").click()
    page.wait_for_url("**#conflict-*-valid_until")
    term = page.locator("section.conflict[id$='-valid_until']")
    assert term.locator(".status").text_content() == "confirmed"

    page.click("nav.filters a:text-is('Dismissed')")
    page.wait_for_selector("section.conflict[data-status=dismissed]")
    dismissed = page.locator("section.conflict")
    assert dismissed.count() == 1
    assert "Отклонено при проверке формы" in dismissed.locator("p.review").inner_text()
    assert "browser test" in dismissed.locator("p.review").inner_text()
    page.screenshot(path=SHOTS / "conflicts-dismissed.png", full_page=True)
    page.click("nav.filters a:text-is('All')")
    page.wait_for_selector("section.conflict[data-status=confirmed]")
    assert page.locator("section.conflict").count() == 2
    page.goto(review_server + "/")
    assert page.locator("ol.conflicts li").count() == 1  # the overview lists only the confirmed
    assert dialogs == []


BROWSE_PAGES = ["/", "/facts", "/facts?has_conflict=true&lang=en", "/facts?type=meeting&order=oldest",
                "/entities", "/entities?type=PER&order=name", "/documents?order=title",
                "/conflicts", "/search?q=Кошербаев&type=PER", "/no-such-page"]  # fmt: skip


@pytest.mark.parametrize("width", [1280, 375, 360])
def test_browse_pages_fit_answer_and_link(server: str, page: Page, width: int) -> None:
    """Every list page (and a document, and the 404 page) at desktop and phone width: no
    horizontal scrolling, no console errors, every link on the page answers 200."""
    documents = json.load(urllib.request.urlopen(server + "/api/documents", timeout=10))
    seeds = [d for d in documents if "script" not in d["title"]]
    addresses = [*BROWSE_PAGES, f"/documents/{seeds[0]['id']}", f"/documents/{seeds[1]['id']}"]
    checked: set[str] = set()
    browser = page.context.browser
    assert browser is not None
    with browser.new_context(viewport={"width": width, "height": 800}) as context:
        page = context.new_page()
        problems: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        for address in addresses:
            response = page.goto(server + address)
            assert response is not None
            assert response.status == (404 if address == "/no-such-page" else 200), address
            if response.status == 404:  # Chromium logs the page's own status as an error
                problems[:] = [p for p in problems if "status of 404" not in p]
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{address} at {width} px is {overflow} px too wide"
            name = address.strip("/").replace("/", "-").replace("?", "-").replace("&", "-")
            page.screenshot(path=SHOTS / f"browse-{width}-{name or 'overview'}.png", full_page=True)
            links = page.eval_on_selector_all("a[href^='/']", "all => all.map(a => a.href)")
            for link in sorted(set(links) - checked):
                if "/no-such-page" in link:  # the 404 page in the other language
                    continue
                checked.add(link)
                with urllib.request.urlopen(link.split("#")[0], timeout=30) as answer:
                    assert answer.status == 200, f"{link} (on {address})"
        page.close()
    assert problems == []


def test_a_fact_told_in_two_languages_shows_each_language_side_by_side(
    pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory, page: Page
) -> None:
    url = new_database_url(tmp_path_factory.mktemp("bilingual"))
    store_paths(
        pipeline, url, ROOT / "tests/data/clusters-bilingual/kyrgyzstan-finland-water.jsonl"
    )
    with running_server(url) as base:
        with urllib.request.urlopen(base + "/api/facts?limit=100", timeout=60) as response:
            facts = json.loads(response.read())
        facts = facts["facts"] if isinstance(facts, dict) else facts
        both = next(
            fact
            for fact in facts
            if {source["language"] for source in fact["sources"]} == {"ru", "en"}
        )
        page.goto(f"{base}/facts/{both['id']}")
        labels = page.locator(".language-side .language-label").all_inner_texts()
        assert [label.split()[0].lower() for label in labels] == ["english", "русский"]
        assert page.locator(".language-side[lang=ru] mark.evidence").count() >= 1
        assert page.locator(".language-side[lang=en] mark.evidence").count() >= 1
