"""`kill -9` during `concord ingest` loses nothing and changes nothing (issue 18): the seeds
and 20 devset texts are ingested in batches of one document, the run is killed with
SIGKILL after its 1st stored batch, resumed and killed after 2 more, twice, and once more,
with two workers, after 4 more (its workers seen), each time resumed with the same inputs;
the last run completes. The facts (with their
sources, links and conflicts) and the entities must be those of one uninterrupted ingest
into a fresh store, compared by content, not ids. The killed workers must not outlive the
ingest (ingest/shutdown.py). See docs/notes/faults.md."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil
from sqlalchemy import create_engine, func, select
from sqlalchemy.exc import DBAPIError

from concord.store.schema import DocumentRow
from tests.conftest import SEEDS, SHARED, new_database_url

DEVSET = SHARED / "factrueval2016" / "devset"
ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = 22  # the two seeds and 20 devset texts
# (documents, workers): the run is killed as soon as it has stored that many documents more
# than the store held when it started (a kill's count can overshoot while the store is busy,
# so an absolute count could already be reached before the next run has started its workers)
KILLS = ((1, 1), (2, 1), (2, 1), (4, 2))
WAIT_SECONDS = 600  # bounds, not measurements: a loaded machine took over 60 s for a run
POLL_SECONDS = 0.01


def _inputs() -> list[str]:
    """A fixed selection: the seeds folder and the first 20 devset texts by name."""
    return [str(SEEDS), *map(str, sorted(DEVSET.glob("book_*.txt"))[:20])]


def _command(url: str, workers: int) -> list[str]:
    return [sys.executable, "-m", "concord.cli", "ingest", "--db", url, "--batch-size", "1",
            "--workers", str(workers), *_inputs()]  # fmt: skip


def _environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}


def _stored(url: str) -> int:
    """Documents in the store; 0 while the ingest has not created its tables yet. A bare
    engine, not open_database: its schema check takes the store's schema lock and waits
    on the ingest's writer, so a poll took long enough for the run to finish unseen."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(DocumentRow)) or 0
    except DBAPIError:  # no table yet, or the writer holds the SQLite lock
        return 0
    finally:
        engine.dispose()


def _run_to_completion(url: str, workers: int = 1) -> str:
    finished = subprocess.run(
        _command(url, workers), env=_environment(), capture_output=True, text=True,
        timeout=WAIT_SECONDS, check=False,
    )  # fmt: skip
    assert finished.returncode == 0, finished.stderr
    return finished.stderr


def _kill_after(url: str, documents: int, workers: int) -> tuple[int, int]:
    """Starts an ingest, SIGKILLs it once it has stored `documents` more and (with several
    workers) its workers have been seen; returns how many the store held before and after.
    Checks that no process it started survives it."""
    before = _stored(url)
    process = subprocess.Popen(
        _command(url, workers), env=_environment(), stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    parent = psutil.Process(process.pid)
    children: list[psutil.Process] = []
    deadline = time.monotonic() + WAIT_SECONDS
    stored = before
    while (
        (stored < before + documents or (workers > 1 and len(children) < workers))
        and process.poll() is None
        and time.monotonic() < deadline
    ):
        children = _children(parent) or children
        time.sleep(POLL_SECONDS)
        stored = _stored(url)
    children = _children(parent) or children
    process.kill()
    _, stderr = process.communicate(timeout=WAIT_SECONDS)
    assert process.returncode == -signal.SIGKILL, f"the run ended before the kill: {stderr}"
    if workers > 1:
        assert len(children) >= workers, "the workers had not started"
    _, alive = psutil.wait_procs(children, timeout=WAIT_SECONDS)
    assert not [child for child in alive if _running(child)]
    return before, _stored(url)


def _children(parent: psutil.Process) -> list[psutil.Process]:
    """The processes the ingest started, as far as they can be listed now (one may end
    while it is being listed; the parent itself may have ended)."""
    try:
        return parent.children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def _running(process: psutil.Process) -> bool:
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _dumped(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _sources(sources: list[dict[str, Any]]) -> list[tuple[str, int, int]]:
    """Sources by document and sentence bounds: what a source is, whatever its order."""
    return sorted((source["doc"], source["start"], source["end"]) for source in sources)


def _conflict(conflict: dict[str, Any], fact: str) -> str:
    values = sorted((value["value"], _sources(value["sources"])) for value in conflict["values"])
    return _dumped([fact, conflict["role"], conflict["status"], values])


def _entity(entity: dict[str, Any]) -> str:
    aliases = sorted(entity["aliases"])
    return _dumped(
        [entity["type"], entity["name"], aliases, entity["mentions"], entity["documents"]]
    )


def _listed(url: str, command: str) -> list[dict[str, Any]]:
    """The lines of `concord <command> --json`."""
    listed = subprocess.run(
        [sys.executable, "-m", "concord.cli", command, "--json", "--db", url],
        env=_environment(), capture_output=True, text=True, timeout=WAIT_SECONDS, check=True,
    )  # fmt: skip
    return [json.loads(line) for line in listed.stdout.splitlines()]


def picture(url: str) -> dict[str, list[str]]:
    """What `concord facts --json`, `conflicts --json` and `entities --json` print: every
    fact by its type, modality, arguments and set of sources, links and conflicts by the
    facts they join, entities by type, name, aliases and counts; no ids."""
    facts, conflicts = _listed(url, "facts"), _listed(url, "conflicts")
    entities = _listed(url, "entities")
    key = {
        fact["id"]: _dumped(
            [fact["type"], fact["modality"], fact["args"], _sources(fact["sources"])]
        )
        for fact in facts
    }
    links = [
        _dumped([key[fact["id"]], link["relation"], key[link["fact"]]])
        for fact in facts
        for link in fact["links"]
    ]
    return {
        "facts": sorted(key.values()),
        "links": sorted(links),
        "conflicts": sorted(_conflict(conflict, key[conflict["fact"]]) for conflict in conflicts),
        "entities": sorted(map(_entity, entities)),
    }


def test_an_ingest_killed_four_times_and_resumed_gives_the_uninterrupted_store(
    tmp_path: Path,
) -> None:
    uninterrupted = new_database_url(tmp_path)
    _run_to_completion(uninterrupted)
    assert _stored(uninterrupted) == DOCUMENTS
    expected = picture(uninterrupted)
    assert len(expected["facts"]) > 20 and expected["conflicts"]  # there is much to compare

    interrupted = new_database_url(tmp_path)
    for documents, workers in KILLS:
        before, stored = _kill_after(interrupted, documents, workers)
        assert before + documents <= stored < DOCUMENTS  # the kill came in the middle
    summary = _run_to_completion(interrupted).strip().splitlines()[-1]
    assert summary.endswith("0 errors, 0 not analysed")
    assert _stored(interrupted) == DOCUMENTS
    assert picture(interrupted) == expected
