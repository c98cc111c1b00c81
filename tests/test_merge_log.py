"""Every merge of stored entities is logged (merge-log round): what was merged, as it was,
into which entity, when, and why (the report whose names bridged them, or by hand and by
whom), in the merge's own transaction; `concord entities`, the API and the web entity page
show it, and the store's version stamp moves with every merge, so a cached page or answer
never shows the entities as they were before one. Reports written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, inspect, select
from typer.testing import CliRunner

from concord.analysis import AnalysedDocument
from concord.api import Store
from concord.cli import app
from concord.store.database import database_revision, open_database, session_factory
from concord.store.merge import MergeRefused
from concord.store.migrate import HEAD_REVISION, alembic_config
from concord.store.schema import EntityMergeRow, EntityRow
from concord.store.stamp import last_change, store_stamp, utc
from concord.web.app import create_app
from tests.conftest import json_lines
from tests.test_entity_merge import FULL, report, store_in_order
from tests.test_store import Builder

OTHER = "Северная судоходная компания"


def unrelated_report() -> AnalysedDocument:
    """Another company's memorandum, stored last: it holds the newest entity and fact, so
    a merge of the two older entities changes neither of those ids."""
    built = Builder(f"{OTHER} подписала соглашение до 2029 года.", source="third",
                    published="2026-03-03")  # fmt: skip
    company = built.entity("ORG", OTHER, OTHER)
    built.claim("agreement", "подписала", kind=["соглашение"], parties=[company],
                valid_until=["2029 года"])  # fmt: skip
    return built.build()


def short_report_same_term() -> AnalysedDocument:
    """The company by its short name only, with the term the full-name report gives: once
    merged, one fact and no conflict (so no conflict id changes either)."""
    built = Builder("ВГК подписала меморандум до 2030 года.", source="short",
                    published="2026-03-02")  # fmt: skip
    company = built.entity("ORG", "ВГК", "ВГК")
    built.claim("agreement", "подписала", kind=["меморандум"], parties=[company],
                valid_until=["2030 года"])  # fmt: skip
    return built.build()


def logged(url: str) -> list[EntityMergeRow]:
    with session_factory(open_database(url))() as session:
        rows = list(session.scalars(select(EntityMergeRow).order_by(EntityMergeRow.id)))
        session.expunge_all()
    return rows


def entity_ids(url: str) -> dict[str, int]:
    with session_factory(open_database(url))() as session:
        return {row.name: row.id for row in session.scalars(select(EntityRow))}


def entities_json(url: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(app, ["entities", "--json", "--db", url])
    assert result.exit_code == 0, result.output
    return json_lines(result.stdout)


def stamp_of(url: str) -> Any:
    with session_factory(open_database(url))() as session:
        return store_stamp(session)


# --- merges by a report -------------------------------------------------------------


def test_a_bridging_report_logs_the_merge_with_its_document(tmp_path: Path) -> None:
    bridge = report("both")
    url = store_in_order(
        tmp_path, [lambda: report("full"), lambda: report("short"), lambda: bridge]
    )
    [merge] = logged(url)
    [company] = entities_json(url)
    assert (merge.kept_id, merge.merged_type, merge.merged_name) == (company["id"], "ORG", "ВГК")
    assert merge.merged_id != company["id"]
    assert merge.document_id == bridge.document.id and merge.merged_by == ""
    assert merge.merged_aliases == 0  # "ВГК" was its only name
    [shown] = company["merged"]
    assert shown["name"] == "ВГК" and shown["id"] == merge.merged_id
    assert shown["document"] == {"id": bridge.document.id, "title": "", "source": "both"}


def test_reports_that_bridge_nothing_log_nothing(tmp_path: Path) -> None:
    url = store_in_order(
        tmp_path, [lambda: report("both"), lambda: report("full"), lambda: report("short")]
    )
    assert logged(url) == []
    assert [entity["merged"] for entity in entities_json(url)] == [[]]


# --- merges by hand -------------------------------------------------------------------


def test_a_merge_by_hand_is_logged_with_who_made_it(tmp_path: Path) -> None:
    url = store_in_order(tmp_path, [lambda: report("both"), unrelated_report])
    ids = entity_ids(url)
    before = stamp_of(url)
    result = CliRunner().invoke(
        app, ["entities", "--merge", "ВГК", OTHER, "--by", "Анна", "--json", "--db", url]
    )
    assert result.exit_code == 0, result.output
    [merge] = logged(url)
    [company] = [id_ for name, id_ in ids.items() if name != OTHER]
    assert (merge.kept_id, merge.merged_id) == (company, ids[OTHER])
    assert merge.document_id is None and merge.merged_by == "Анна"
    assert merge.merged_name == OTHER and merge.merged_aliases == 0
    assert stamp_of(url) != before
    shown = " ".join(CliRunner().invoke(app, ["entities", "--db", url]).stdout.split())
    assert f"#{company} absorbed {OTHER} #{ids[OTHER]}, " in shown
    assert "by hand (Анна)" in shown


def test_a_report_merge_alias_count_counts_other_names(tmp_path: Path) -> None:
    """A merged entity that had two names besides its own is logged with 2."""
    built = Builder(f"{OTHER} (ССК, Севсудоход) подписала соглашение.", source="x")
    built.entity("ORG", OTHER, OTHER, "ССК", "Севсудоход")
    url = store_in_order(tmp_path, [lambda: report("full"), built.build])
    Store(url).merge_entities([FULL, OTHER])
    [merge] = logged(url)
    assert (merge.merged_name, merge.merged_aliases) == (OTHER, 2)


def test_a_refused_merge_logs_nothing_and_keeps_the_stamp(tmp_path: Path) -> None:
    url = store_in_order(tmp_path, [lambda: report("full"), unrelated_report])
    before = stamp_of(url)
    with pytest.raises(MergeRefused):
        Store(url).merge_entities([FULL, "нет такой компании"])
    assert logged(url) == [] and stamp_of(url) == before


def test_an_entity_keeps_what_it_absorbed_when_it_is_merged_in_turn(tmp_path: Path) -> None:
    url = store_in_order(
        tmp_path, [lambda: report("full"), lambda: report("short"), unrelated_report]
    )
    ids = entity_ids(url)
    Store(url).merge_entities([str(ids["ВГК"]), str(ids[OTHER])])  # the short name's absorbs
    Store(url).merge_entities([str(ids[FULL]), str(ids["ВГК"])])  # and is absorbed in turn
    [company] = [entity for entity in entities_json(url) if entity["id"] == ids[FULL]]
    assert [merged["id"] for merged in company["merged"]] == [ids[OTHER], ids["ВГК"]]
    assert {merge.kept_id for merge in logged(url)} == {ids[FULL]}
    client = TestClient(create_app(url))
    moved = client.get(f"/api/entities/{ids[OTHER]}", follow_redirects=False)
    assert moved.status_code == 308
    assert moved.headers["location"] == f"/api/entities/{ids[FULL]}"


# --- the stamp, the API and the web page right after a merge by hand ------------------


def test_a_merge_by_hand_refreshes_the_cached_api_and_page(tmp_path: Path) -> None:
    url = store_in_order(
        tmp_path, [lambda: report("full"), short_report_same_term, unrelated_report]
    )
    ids = entity_ids(url)
    kept, merged = ids[FULL], ids["ВГК"]
    client = TestClient(create_app(url))
    before = client.get(f"/api/entities/{kept}").json()
    assert before["merged"] == [] and client.get(f"/api/entities/{merged}").status_code == 200
    listed = client.get("/api/entities")
    page = client.get(f"/entities/{kept}?lang=ru").text
    assert "Слиты с этой записью" not in page
    stamp = stamp_of(url)

    Store(url).merge_entities(["ВГК", FULL], merged_by="Анна")

    after = stamp_of(url)
    assert after != stamp
    # what the stamp was before this round: no id it held changed with the merge
    assert after[:6] == stamp[:6] and after.merges > stamp.merges
    answer = client.get(f"/api/entities/{kept}").json()
    assert "ВГК" in answer["aliases"]
    [shown] = answer["merged"]
    assert (shown["id"], shown["name"], shown["type"]) == (merged, "ВГК", "ORG")
    assert shown["document"] is None and shown["merged_by"] == "Анна"
    revalidated = client.get("/api/entities", headers={"If-None-Match": listed.headers["etag"]})
    assert revalidated.status_code == 200
    assert [entity["id"] for entity in revalidated.json()] != [e["id"] for e in listed.json()]
    russian = client.get(f"/entities/{kept}?lang=ru").text
    assert "Слиты с этой записью" in russian and "вручную (Анна)" in russian
    english = client.get(f"/entities/{kept}?lang=en").text
    assert "Merged into this entity" in english and "by hand (Анна)" in english
    old_page = client.get(f"/entities/{merged}?lang=en", follow_redirects=False)
    assert old_page.status_code == 308
    assert old_page.headers["location"] == f"/entities/{kept}?lang=en"
    [merge] = logged(url)
    with session_factory(open_database(url))() as session:
        assert last_change(session) == utc(merge.merged_at)  # Last-Modified moves too


def test_the_web_page_names_the_bridging_report(tmp_path: Path) -> None:
    bridge = report("both")
    url = store_in_order(
        tmp_path, [lambda: report("short"), lambda: report("full"), lambda: bridge]
    )
    [company] = entities_json(url)
    page = TestClient(create_app(url)).get(f"/entities/{company['id']}?lang=en").text
    assert "shown to be one by" in page and f"/documents/{bridge.document.id}?lang=en" in page


# --- the migration --------------------------------------------------------------------


def test_a_store_at_0010_upgrades_and_then_logs_merges(tmp_path: Path) -> None:
    url = store_in_order(tmp_path, [lambda: report("full"), lambda: report("short")])
    engine = create_engine(url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0010")
    with engine.connect() as connection:
        assert not inspect(connection).has_table("entity_merges")
    engine.dispose()
    assert database_revision(url) == "0010"
    upgraded = CliRunner().invoke(app, ["db", "upgrade", "--db", url])
    assert upgraded.exit_code == 0, upgraded.output
    assert upgraded.stdout.strip() == f"schema 0010 -> {HEAD_REVISION}"
    assert logged(url) == []
    Store(url).merge_entities(["ВГК", FULL])
    [merge] = logged(url)
    assert merge.merged_name == "ВГК" and merge.document_id is None


def test_the_merge_log_in_a_real_browser(tmp_path: Path) -> None:
    """At phone width: the merged entity's old address opens the survivor's page, which
    lists the merge without scrolling sideways and links the bridging report."""
    from playwright.sync_api import sync_playwright

    from tests.test_browser import CHROMIUM_FLAGS, running_server

    bridge = report("both")
    url = store_in_order(
        tmp_path, [lambda: report("full"), lambda: report("short"), lambda: bridge]
    )
    [merge] = logged(url)
    with running_server(url) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS
        )
        page = browser.new_page(viewport={"width": 375, "height": 800})
        problems: list[str] = []
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.goto(f"{base}/entities/{merge.merged_id}?lang=en")
        assert page.url == f"{base}/entities/{merge.kept_id}?lang=en"
        assert "Merged into this entity" in page.inner_text("main")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0
        page.click("ul.merged a")
        page.wait_for_selector(".document .text")
        assert page.url.startswith(f"{base}/documents/{bridge.document.id}")
        browser.close()
    assert problems == []
