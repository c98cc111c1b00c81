"""An analyst undoes a wrong entity merge (unmerge round): `concord entities --unmerge ID`
puts the merged entity back with its id, name, aliases, names, mentions and claim
arguments, stores again the claims the merge dropped as one-sided, re-files the facts of
both, logs the undo and moves the stamp; the pair is kept apart, so the bridging report
ingested again or another bridge never merges them again. Through the real store and the
CLI; reports written for these tests."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, select
from typer.testing import CliRunner

from concord.analysis import AnalysedDocument
from concord.api import Store
from concord.cli import app
from concord.store.database import open_database, session_factory
from concord.store.migrate import alembic_config
from concord.store.schema import ClaimRow, EntitiesApartRow, EntityMergeRow
from concord.store.stamp import store_stamp
from concord.store.unmerge import UnmergeRefused
from concord.web.app import create_app
from tests.test_entity_merge import (
    FULL,
    canonical,
    json_lines,
    report,
    self_purchase,
    store_in_order,
    store_in_order_more,
)
from tests.test_store import Builder

runner = CliRunner()


def cli(url: str, *command: str) -> Any:
    result = runner.invoke(app, [*command, "--db", url])
    return result


def entities_json(url: str) -> list[dict[str, Any]]:
    result = cli(url, "entities", "--json")
    assert result.exit_code == 0, result.output
    return json_lines(result.stdout)


def facts_json(url: str) -> list[dict[str, Any]]:
    result = cli(url, "facts", "--json")
    assert result.exit_code == 0, result.output
    return json_lines(result.stdout)


def merge_ids(url: str) -> list[int]:
    return [merged["merge"] for entity in entities_json(url) for merged in entity["merged"]]


def claim_count(url: str, type_: str) -> int:
    with session_factory(open_database(url))() as session:
        return session.scalar(
            select(func.count()).select_from(ClaimRow).where(ClaimRow.type == type_)
        ) or 0


def another_bridge() -> AnalysedDocument:
    """A second report giving both names, from another outlet, with the first's term."""
    built = Builder(
        f"{FULL} (ВГК) продлила меморандум до 2030 года.", source="bridge2",
        published="2026-03-04",
    )  # fmt: skip
    company = built.entity("ORG", "ВГК", FULL, "ВГК")
    built.claim("agreement", "продлила", kind=["меморандум"], parties=[company],
                valid_until=["2030 года"])  # fmt: skip
    return built.build()


# --- by hand: merge then unmerge reads as never merged --------------------------------


def test_merge_then_unmerge_is_as_never_merged(tmp_path: Path) -> None:
    """Full name, short name (another term: a conflict once merged) and a report keeping
    the two apart (one buying the other: dropped as one-sided by the merge)."""
    url = store_in_order(
        tmp_path, [lambda: report("full"), lambda: report("short"), self_purchase]
    )
    before_entities = entities_json(url)
    before = canonical(url)
    conflicts_before = cli(url, "conflicts", "--json").stdout
    assert claim_count(url, "ownership") == 1

    merged = cli(url, "entities", "--merge", "ВГК", FULL, "--by", "Анна", "--json")
    assert merged.exit_code == 0, merged.output
    assert canonical(url) != before
    assert claim_count(url, "ownership") == 0
    [merge_id] = merge_ids(url)

    undone = cli(url, "entities", "--unmerge", str(merge_id), "--by", "Анна", "--json")
    assert undone.exit_code == 0, undone.output
    [answer] = json_lines(undone.stdout)
    assert answer["restored"]["id"] == answer["id_before"]
    assert entities_json(url) == before_entities  # ids, names, aliases, counts, no merges
    assert canonical(url) == before
    assert claim_count(url, "ownership") == 1
    conflicts_after = cli(url, "conflicts", "--json").stdout
    assert [json.loads(line)["values"] for line in conflicts_after.splitlines()] == [
        json.loads(line)["values"] for line in conflicts_before.splitlines()
    ]
    with session_factory(open_database(url))() as session:
        merge = session.get(EntityMergeRow, merge_id)
        assert merge is not None and merge.undone_at is not None and merge.undone_by == "Анна"


def test_the_text_output_names_the_merge_and_the_undo(tmp_path: Path) -> None:
    url = store_in_order(tmp_path, [lambda: report("full"), lambda: report("short")])
    cli(url, "entities", "--merge", "ВГК", FULL)
    [merge_id] = merge_ids(url)
    shown = " ".join(cli(url, "entities").stdout.split())
    assert f"(merge #{merge_id})" in shown
    undone = cli(url, "entities", "--unmerge", str(merge_id))
    assert undone.exit_code == 0, undone.output
    assert f"merge #{merge_id} undone: ВГК" in " ".join(undone.stdout.split())


def test_an_id_taken_since_gives_the_restored_entity_a_new_one(tmp_path: Path) -> None:
    """SQLite hands the deleted newest id to the next entity: the undo then restores the
    merged entity under a new id and says so (PostgreSQL never reuses an id)."""
    url = store_in_order(tmp_path, [lambda: report("full"), lambda: report("short")])
    before = canonical(url)
    cli(url, "entities", "--merge", "ВГК", FULL)
    [merge_id] = merge_ids(url)
    store_in_order_more(url, [third_company()])
    undone = cli(url, "entities", "--unmerge", str(merge_id), "--json")
    assert undone.exit_code == 0, undone.output
    [answer] = json_lines(undone.stdout)
    ids = {entity["id"] for entity in entities_json(url)}
    assert answer["restored"]["id"] in ids and len(ids) == 3
    if url.startswith("sqlite"):
        assert answer["restored"]["id"] != answer["id_before"]
    else:
        assert answer["restored"]["id"] == answer["id_before"]
    after = canonical(url)
    assert after["entities"] == sorted([*before["entities"], *(
        entity for entity in after["entities"] if entity[1] == "ВГК Холдинг")])  # fmt: skip


# --- an automatic merge undone stays undone ---------------------------------------------


def test_an_undone_automatic_merge_stays_undone(tmp_path: Path) -> None:
    bridge = report("both")
    url = store_in_order(
        tmp_path, [lambda: report("full"), lambda: report("short"), lambda: bridge]
    )
    [company] = entities_json(url)
    [merged] = company["merged"]
    assert merged["document"]["id"] == bridge.document.id
    undone = cli(url, "entities", "--unmerge", str(merged["merge"]))
    assert undone.exit_code == 0, undone.output
    assert len(entities_json(url)) == 2

    store_in_order_more(url, [report("both")])  # the bridging report again
    assert len(entities_json(url)) == 2
    store_in_order_more(url, [another_bridge()])  # another bridge
    companies = entities_json(url)
    assert len(companies) == 2
    assert all(not company["merged"] for company in companies)
    with session_factory(open_database(url))() as session:
        assert session.scalar(select(func.count()).select_from(EntityMergeRow)) == 1
        assert session.scalar(select(func.count()).select_from(EntitiesApartRow)) == 1
    # the short name still finds its own entity, the full name the other
    store_in_order_more(url, [report("short")])
    assert len(entities_json(url)) == 2


def test_a_merge_by_hand_lifts_the_kept_apart_decision(tmp_path: Path) -> None:
    url = store_in_order(tmp_path, [lambda: report("full"), lambda: report("short")])
    cli(url, "entities", "--merge", "ВГК", FULL)
    [first] = merge_ids(url)
    cli(url, "entities", "--unmerge", str(first))
    again = cli(url, "entities", "--merge", "ВГК", FULL)
    assert again.exit_code == 0, again.output
    with session_factory(open_database(url))() as session:
        assert session.scalar(select(func.count()).select_from(EntitiesApartRow)) == 0
    [second] = merge_ids(url)
    assert second != first
    assert cli(url, "entities", "--unmerge", str(second)).exit_code == 0


# --- refusals ----------------------------------------------------------------------------


def test_an_unknown_merge_is_one_clear_error(tmp_path: Path) -> None:
    url = store_in_order(tmp_path, [lambda: report("full")])
    result = cli(url, "entities", "--unmerge", "42")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "error: no merge #42; the merges are listed under each entity "
        "(concord entities --json, 'merged', 'merge')"
    ]
    assert result.stdout == ""


def test_a_merge_undone_twice_is_refused(tmp_path: Path) -> None:
    url = store_in_order(tmp_path, [lambda: report("full"), lambda: report("short")])
    cli(url, "entities", "--merge", "ВГК", FULL)
    [merge_id] = merge_ids(url)
    assert cli(url, "entities", "--unmerge", str(merge_id)).exit_code == 0
    again = cli(url, "entities", "--unmerge", str(merge_id))
    assert again.exit_code == 1 and "undone already" in again.stderr


def third_company() -> AnalysedDocument:
    name = "ВГК Холдинг"
    built = Builder(f"{name} подписала меморандум до 2030 года.", source="holding")
    company = built.entity("ORG", name, name)
    built.claim("agreement", "подписала", kind=["меморандум"], parties=[company],
                valid_until=["2030 года"])  # fmt: skip
    return built.build()


def test_merges_in_a_chain_are_undone_latest_first(tmp_path: Path) -> None:
    """ВГК went into the full name, which then went into a third: the first undo must
    wait for the second; after both, the three read as never merged."""
    url = store_in_order(
        tmp_path, [third_company, lambda: report("full"), lambda: report("short")]
    )
    before = canonical(url)
    before_entities = entities_json(url)
    cli(url, "entities", "--merge", "ВГК", FULL)
    [first] = merge_ids(url)
    assert cli(url, "entities", "--merge", "ВГК Холдинг", FULL).exit_code == 0
    second = max(merge_ids(url))
    refused = cli(url, "entities", "--unmerge", str(first))
    assert refused.exit_code == 1 and "undo that merge first" in refused.stderr
    assert f"merge #{second}" in refused.stderr
    assert cli(url, "entities", "--unmerge", str(second)).exit_code == 0
    assert cli(url, "entities", "--unmerge", str(first)).exit_code == 0
    assert canonical(url) == before
    assert entities_json(url) == before_entities


# --- the stamp, the API ---------------------------------------------------------------


def test_an_undo_moves_the_stamp(tmp_path: Path) -> None:
    url = store_in_order(tmp_path, [lambda: report("full"), lambda: report("short")])
    store = Store(url)
    store.merge_entities(["ВГК", FULL])
    [merge_id] = merge_ids(url)
    sessions = session_factory(open_database(url))
    with sessions() as session:
        stamp = store_stamp(session)
    store.unmerge_entities(merge_id, "Анна")
    with sessions() as session:
        after = store_stamp(session)
    assert after != stamp and after.apart > stamp.apart


def test_the_api_undoes_a_merge_with_the_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONCORD_TOKEN", "secret")
    url = store_in_order(tmp_path, [lambda: report("full"), lambda: report("short")])
    Store(url).merge_entities(["ВГК", FULL])
    [merge_id] = merge_ids(url)
    client = TestClient(create_app(url))
    assert client.post(f"/api/merges/{merge_id}/undo", json={}).status_code == 401
    headers = {"Authorization": "Bearer secret"}
    answer = client.post(f"/api/merges/{merge_id}/undo", json={"by": "Анна"}, headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.json()["restored"]["name"] == "ВГК"
    again = client.post(f"/api/merges/{merge_id}/undo", json={}, headers=headers)
    assert again.status_code == 409
    missing = client.post("/api/merges/999/undo", json={}, headers=headers)
    assert missing.status_code == 404
    assert len(client.get("/api/entities").json()) == 2


def test_the_entity_page_form_undoes_a_merge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entity page lists the merge with a form (who, token); posting it with the
    token leads to the restored entity's page; a wrong token or an unknown merge is a
    page saying so, and changes nothing."""
    monkeypatch.setenv("CONCORD_TOKEN", "secret")
    url = store_in_order(tmp_path, [lambda: report("full"), lambda: report("short")])
    Store(url).merge_entities(["ВГК", FULL])
    [company] = entities_json(url)
    merge_id = company["merged"][0]["merge"]
    client = TestClient(create_app(url))
    page = client.get(f"/entities/{company['id']}?lang=en").text
    action = f"/merges/{merge_id}/undo?lang=en&amp;entity={company['id']}"
    assert f'action="{action}"' in page and "Undo this merge" in page
    address = action.replace("&amp;", "&")
    wrong = client.post(address, data={"token": "guess", "by": "Анна"})
    assert wrong.status_code == 401 and "Wrong access token" in wrong.text
    missing = client.post("/merges/999/undo?lang=en", data={"token": "secret"})
    assert missing.status_code == 404 and "No such merge" in missing.text
    assert len(entities_json(url)) == 1
    done = client.post(address, data={"token": "secret", "by": "Анна"}, follow_redirects=False)
    assert done.status_code == 303
    restored = done.headers["location"]
    assert client.get(restored).status_code == 200 and "ВГК" in client.get(restored).text
    assert len(entities_json(url)) == 2
    assert "Undo this merge" not in client.get(f"/entities/{company['id']}?lang=en").text


# --- the migration ----------------------------------------------------------------------


def test_a_merge_logged_before_0012_cannot_be_undone(tmp_path: Path) -> None:
    url = store_in_order(tmp_path, [lambda: report("full"), lambda: report("short")])
    Store(url).merge_entities(["ВГК", FULL])
    [merge_id] = merge_ids(url)
    engine = create_engine(url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0011")
    engine.dispose()
    upgraded = cli(url, "db", "upgrade")
    assert upgraded.exit_code == 0, upgraded.output
    assert upgraded.stdout.strip() == "schema 0011 -> 0012"
    result = cli(url, "entities", "--unmerge", str(merge_id))
    assert result.exit_code == 1
    assert "logged before schema 0012" in result.stderr and "cannot be undone" in result.stderr
    with pytest.raises(UnmergeRefused):
        Store(url).unmerge_entities(merge_id)
    assert len(entities_json(url)) == 1


@pytest.mark.skipif(not os.environ.get("CONCORD_TEST_POSTGRES"), reason="PostgreSQL pass")
def test_postgres_is_named_in_this_pass() -> None:
    """A marker that this file ran against the test server (see tests/conftest.py)."""
    assert os.environ["CONCORD_TEST_POSTGRES"].startswith("postgresql")
