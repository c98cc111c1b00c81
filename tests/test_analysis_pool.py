"""POST /api/documents analyses in a child process (web/analysis_pool.py), so the
server's GIL stays free for readers: the child stores what an in-thread analysis stores,
a full queue is a 503 with Retry-After at once, and a lost child is a 503, not the end."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from concord.document import Document
from concord.ingest.document import IngestedDocument
from concord.web.analysis_pool import AnalysisPool, Busy
from concord.web.app import create_app
from tests.conftest import new_database_url

TOKEN = "secret-token"
WRITE = {"Authorization": f"Bearer {TOKEN}"}
GATE_POLLS = 12_000  # 0.01 s each: a bound against a hung run, not a measurement


def no_models(parent: int, database_url: str | None) -> None:
    """A child's initialiser without models or store."""


def wait_for_gate(document: Document) -> IngestedDocument:
    """In the child: waits until the file named by the text exists (the test's gate)."""
    for _ in range(GATE_POLLS):
        if Path(document.text).exists():
            break
        time.sleep(0.01)
    return IngestedDocument(document.id, True, 0, "ru", "analysed")


def die(document: Document) -> IngestedDocument:
    os._exit(1)


def test_a_full_queue_answers_503_with_retry_after_at_once(tmp_path: Path) -> None:
    gate = tmp_path / "gate"
    pool = AnalysisPool(None, processes=1, queued=1, initializer=no_models, work=wait_for_gate)

    async def scenario() -> tuple[list[IngestedDocument], Busy]:
        accepted = [asyncio.create_task(pool.ingest(Document(text=str(gate)))) for _ in range(2)]
        await asyncio.sleep(0)  # both accepted: one analysing, one queued
        with pytest.raises(Busy) as refused:
            await pool.ingest(Document(text=str(gate) + " third"))
        gate.touch()
        return list(await asyncio.gather(*accepted)), refused.value

    try:
        done, refused = asyncio.run(scenario())
    finally:
        gate.touch()
        pool.close()
    assert [ingested.created for ingested in done] == [True, True]
    assert refused.status_code == 503 and refused.headers == {"Retry-After": "5"}
    assert pool.accepted == 0


def test_a_lost_child_is_a_503_and_the_next_post_gets_a_new_one(tmp_path: Path) -> None:
    gate = tmp_path / "gate"
    gate.touch()
    pool = AnalysisPool(None, processes=1, queued=0, initializer=no_models, work=die)
    try:
        with pytest.raises(Busy):
            asyncio.run(pool.ingest(Document(text="умрёт")))
        pool.work = wait_for_gate
        assert asyncio.run(pool.ingest(Document(text=str(gate)))).created
    finally:
        pool.close()


def test_the_app_answers_503_when_its_analysis_is_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONCORD_TOKEN", TOKEN)
    app = create_app(new_database_url(tmp_path), analysis_processes=1)
    full = AnalysisPool(None, processes=1, queued=0, initializer=no_models, work=wait_for_gate)
    full.accepted = full.limit  # as when one document is being analysed
    app.state.analysis = full
    with TestClient(app) as client:
        response = client.post("/api/documents", json={"text": "Текст."}, headers=WRITE)
    assert response.status_code == 503, response.text
    assert response.headers["Retry-After"] == "5"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_a_child_process_analyses_and_stores_the_post(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real models in a child (loaded there once): stored, listed, and a duplicate
    found stored rather than analysed again; the child ends with the app."""
    monkeypatch.setenv("CONCORD_TOKEN", TOKEN)
    text = "Президент России Владимир Путин встретился в Москве с канцлером Германии."
    app = create_app(new_database_url(tmp_path), analysis_processes=1)
    with TestClient(app) as client:
        first = client.post("/api/documents", json={"text": text}, headers=WRITE)
        assert first.status_code == 201, first.text
        assert first.json()["created"] is True and first.json()["claims"] >= 1
        again = client.post("/api/documents", json={"text": text}, headers=WRITE)
        assert again.json() | {"created": True} == first.json()
        assert again.json()["created"] is False
        listed = client.get("/api/documents").json()
        assert [document["id"] for document in listed] == [first.json()["id"]]
    assert app.state.analysis.pool is None  # shut down with the app


def test_start_runs_the_childs_initialiser_before_any_post(tmp_path: Path) -> None:
    started = tmp_path / "started"
    pool = AnalysisPool(str(started), processes=1, queued=0, initializer=mark_started)
    try:
        pool.start()
        for _ in range(GATE_POLLS):
            if started.exists():
                break
            time.sleep(0.01)
        assert started.exists()
    finally:
        pool.close()


def mark_started(parent: int, database_url: str | None) -> None:
    """Stands in for the models: leaves a file named by the 'database URL'."""
    Path(str(database_url)).touch()
