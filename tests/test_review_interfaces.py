"""Settling conflicts through the REST API, the conflicts page's form and the command
line: the token rules, clear refusals, and dismissed conflicts left out of default lists."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner, Result

from concord.cli import app
from concord.pipeline import Pipeline
from concord.web.app import create_app
from tests.conftest import SEEDS, new_database_url, store_paths
from tests.test_cli import stored_store

TOKEN = "review-token"
BEARER = {"authorization": f"Bearer {TOKEN}"}
FORM = {"content-type": "application/x-www-form-urlencoded"}

runner = CliRunner()


def invoke(*arguments: str) -> Result:
    return runner.invoke(app, list(arguments), catch_exceptions=False)


@pytest.fixture
def url(tmp_path: Path) -> str:
    """A store with one conflict: the memorandum's term, 2031 against 2030."""
    return stored_store(tmp_path)


@pytest.fixture
def client(url: str, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    monkeypatch.setenv("CONCORD_TOKEN", TOKEN)
    return TestClient(create_app(url))


def the_conflict(client: TestClient) -> dict[str, Any]:
    (conflict,) = client.get("/api/conflicts", params={"status": "all"}).json()
    return conflict


def review_address(conflict: dict[str, Any]) -> str:
    return f"/api/conflicts/{conflict['fact']}/{conflict['role']}/review"


def test_the_api_needs_the_token(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    address = review_address(the_conflict(client))
    verdict = {"status": "dismissed"}
    assert client.post(address, json=verdict).status_code == 401
    for wrong in (
        "Bearer nope",
        f"Basic {TOKEN}",
        TOKEN,
        f"Bearer {TOKEN}x",
        "Bearer ключ".encode(),
    ):
        assert (
            client.post(address, json=verdict, headers={"authorization": wrong}).status_code == 401
        )
    # the token is checked before the body: no hint about what a valid body is
    assert (
        client.post(address, json={"status": "?"}, headers={"authorization": "x"}).status_code
        == 401
    )
    monkeypatch.delenv("CONCORD_TOKEN")
    refused = client.post(address, json=verdict, headers=BEARER)
    assert refused.status_code == 403 and "no CONCORD_TOKEN" in refused.json()["detail"]
    assert the_conflict(client)["status"] == "open"


def test_the_api_refuses_bad_verdicts_and_unknown_conflicts(client: TestClient) -> None:
    conflict = the_conflict(client)
    address = review_address(conflict)
    for body in (
        {"status": "closed"},
        {"note": "нет статуса"},
        {"status": "dismissed", "note": "x" * 2001},
        {"status": "dismissed", "colour": "red"},
        {"status": "dismissed", "note": 5},
    ):
        assert client.post(address, json=body, headers=BEARER).status_code == 422, body
    not_json = client.post(
        address, content=b"{oops", headers={**BEARER, "content-type": "application/json"}
    )
    assert not_json.status_code == 422
    unknown_role = f"/api/conflicts/{conflict['fact']}/kind/review"
    missing = client.post(unknown_role, json={"status": "dismissed"}, headers=BEARER)
    assert missing.status_code == 404 and "no conflict in role 'kind'" in missing.json()["detail"]
    assert client.post("/api/conflicts/999999/valid_until/review", json={"status": "open"},
                       headers=BEARER).status_code == 404  # fmt: skip
    assert client.post("/api/conflicts/x/valid_until/review", json={"status": "open"},
                       headers=BEARER).status_code == 422  # fmt: skip
    assert the_conflict(client)["status"] == "open" and "history" not in the_conflict(client)


def test_a_dismissed_conflict_leaves_the_default_lists(client: TestClient) -> None:
    conflict = the_conflict(client)
    assert [c["fact"] for c in client.get("/api/conflicts").json()] == [conflict["fact"]]
    assert "agreement · valid_until" in client.get("/").text  # the overview's open conflicts
    settled = client.post(
        review_address(conflict),
        json={"status": "dismissed", "note": "один срок, разные формулировки", "reviewer": "Анна"},
        headers=BEARER,
    )
    assert settled.status_code == 200
    answer = settled.json()
    assert (answer["fact"], answer["role"], answer["status"]) == (
        conflict["fact"],
        "valid_until",
        "dismissed",
    )
    assert answer["review"]["note"] == "один срок, разные формулировки"
    assert answer["review"]["reviewer"] == "Анна" and answer["review"]["reviewed_at"].endswith(
        "+00:00"
    )
    assert client.get("/api/conflicts").json() == []
    assert client.get("/api/conflicts", params={"status": "open"}).json() == []
    assert [
        c["status"] for c in client.get("/api/conflicts", params={"status": "dismissed"}).json()
    ] == ["dismissed"]
    assert client.get("/api/conflicts", params={"status": "all"}).json() == [answer]
    assert client.get("/api/conflicts", params={"status": "closed"}).status_code == 422
    fact = client.get(f"/api/facts/{conflict['fact']}").json()
    assert fact["conflicts"][0]["status"] == "dismissed"  # the fact keeps its whole record
    assert "agreement · valid_until" not in client.get("/").text
    page = client.get("/conflicts").text
    assert 'class="conflict"' not in page
    listed = client.get("/conflicts", params={"status": "dismissed"}).text
    assert "один срок, разные формулировки" in listed and "отклонено" in listed
    reopened = client.post(review_address(conflict), json={"status": "open"}, headers=BEARER)
    assert reopened.json()["status"] == "open" and len(reopened.json()["history"]) == 2
    assert len(client.get("/api/conflicts").json()) == 1


def test_the_form_settles_a_conflict_and_goes_back(client: TestClient) -> None:
    conflict = the_conflict(client)
    page = client.get("/conflicts", params={"lang": "en"}).text
    action = f"/conflicts/{conflict['fact']}/valid_until/review?lang=en"
    assert f'action="{action}"' in page and 'type="password" name="token"' in page
    assert "<script" not in page
    body = "status=dismissed&note=%D0%BE%D0%B4%D0%B8%D0%BD+%D1%81%D1%80%D0%BE%D0%BA&token=" + TOKEN
    answer = client.post(action, content=body, headers=FORM, follow_redirects=False)
    assert answer.status_code == 303
    assert (
        answer.headers["location"] == f"/conflicts?lang=en#conflict-{conflict['fact']}-valid_until"
    )
    assert "Content-Security-Policy" in answer.headers
    assert 'class="conflict"' not in client.get(answer.headers["location"]).text
    dismissed = client.get("/conflicts", params={"lang": "en", "status": "dismissed"}).text
    assert "один срок" in dismissed and 'data-status="dismissed"' in dismissed
    # from the dismissed list, back to it
    back = client.post(
        f"/conflicts/{conflict['fact']}/valid_until/review?lang=en&status=dismissed",
        content=f"status=confirmed&note=&token={TOKEN}", headers=FORM, follow_redirects=False,
    )  # fmt: skip
    assert back.headers["location"].startswith("/conflicts?lang=en&status=dismissed#")
    assert the_conflict(client)["status"] == "confirmed"


def test_the_form_says_what_was_wrong(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    conflict = the_conflict(client)
    action = f"/conflicts/{conflict['fact']}/valid_until/review"
    wrong = client.post(action, content="status=dismissed&token=nope", headers=FORM)
    assert wrong.status_code == 401 and "Неверный токен" in wrong.text
    assert wrong.headers["content-type"].startswith("text/html")
    empty = client.post(action + "?lang=en", content="status=dismissed&token=", headers=FORM)
    assert empty.status_code == 401 and "Wrong access token" in empty.text
    bad = client.post(action + "?lang=en", content=f"status=closed&token={TOKEN}", headers=FORM)
    assert bad.status_code == 422 and "Verdict refused" in bad.text
    long_note = client.post(
        action, content=f"status=dismissed&note={'x' * 2001}&token={TOKEN}", headers=FORM
    )
    assert long_note.status_code == 422
    unknown = client.post(
        f"/conflicts/{conflict['fact']}/kind/review?lang=en",
        content=f"status=open&token={TOKEN}",
        headers=FORM,
    )
    assert unknown.status_code == 404 and "No such conflict" in unknown.text
    not_utf8 = client.post(action, content=b"status=\xff&token=" + TOKEN.encode(), headers=FORM)
    assert not_utf8.status_code == 400
    monkeypatch.delenv("CONCORD_TOKEN")
    off = client.post(action, content=f"status=dismissed&token={TOKEN}", headers=FORM)
    assert off.status_code == 403 and "CONCORD_TOKEN" in off.text
    assert the_conflict(client)["status"] == "open"


def test_the_command_line_settles_and_filters(url: str) -> None:
    (conflict,) = [
        json.loads(line) for line in invoke("conflicts", "--json", "--db", url).stdout.splitlines()
    ]
    assert conflict["status"] == "open"
    fact = str(conflict["fact"])
    done = invoke(
        "review", fact, "valid_until", "--status", "dismissed", "--note", "опечатка", "--db", url
    )
    assert done.exit_code == 0
    assert done.stdout.startswith(
        f"fact {fact} valid_until: dismissed "
    ) and done.stdout.strip().endswith(": опечатка")
    assert invoke("conflicts", "--json", "--db", url).stdout == ""
    assert invoke("conflicts", "--db", url).stdout == ""
    (listed,) = [
        json.loads(line)
        for line in invoke(
            "conflicts", "--status", "dismissed", "--json", "--db", url
        ).stdout.splitlines()
    ]
    assert listed["review"]["note"] == "опечатка"
    assert "[dismissed]" in invoke("conflicts", "--status", "all", "--db", url).stdout
    assert "0 conflicts (and 1 dismissed)" in invoke("summary", "--db", url).stdout
    missing = invoke("review", fact, "kind", "--status", "dismissed", "--db", url)
    assert (
        missing.exit_code == 1
        and missing.stderr.strip() == f"error: fact {fact} has no conflict in role 'kind'"
    )
    too_long = invoke(
        "review", fact, "valid_until", "--status", "open", "--note", "x" * 2001, "--db", url
    )
    assert too_long.exit_code == 2 and "at most 2000 characters" in too_long.stderr
    assert invoke("review", fact, "valid_until", "--status", "closed", "--db", url).exit_code == 2
    assert invoke("conflicts", "--status", "closed", "--db", url).exit_code == 2
    again = json.loads(
        invoke("review", fact, "valid_until", "--status", "open", "--json", "--db", url).stdout
    )
    assert again["status"] == "open" and [entry["status"] for entry in again["history"]] == [
        "open",
        "dismissed",
    ]


def test_seed_conflicts_settled_and_kept_across_a_reingest(
    pipeline: Pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seeds' two real disagreements (the roadmap's term, the campus in Aktobe)."""
    url = new_database_url(tmp_path)
    store_paths(pipeline, url, SEEDS)
    monkeypatch.setenv("CONCORD_TOKEN", TOKEN)
    client = TestClient(create_app(url))
    conflicts = client.get("/api/conflicts").json()
    assert {c["role"] for c in conflicts} == {"valid_until", "kind"}
    kind = next(c for c in conflicts if c["role"] == "kind")
    answer = client.post(
        review_address(kind), json={"status": "dismissed", "note": "одно и то же"}, headers=BEARER
    )
    assert answer.status_code == 200
    store_paths(pipeline, url, SEEDS)  # the same reports again
    assert invoke("ingest", str(SEEDS), "--db", url).exit_code == 0
    assert [c["role"] for c in client.get("/api/conflicts").json()] == ["valid_until"]
    (dismissed,) = client.get("/api/conflicts", params={"status": "dismissed"}).json()
    assert (dismissed["fact"], dismissed["review"]["note"]) == (kind["fact"], "одно и то же")
