"""Concurrent clients against `concord serve`: errors, p95 per page and throughput, beside
a static-file baseline measured in the same run.

Run: .venv/bin/python bench/load.py [--documents 10000] [--clients 20 50] [--seconds 20]
                                     [--store FILE] [--workers N]
`--workers`: `concord serve --workers N`, server processes (default 1).
The store is built as bench/web.py builds it (devset texts analysed once, stored again
under new identities): 10,000 documents take several minutes, so with --store the SQLite
file is built once and kept; each run serves a copy of it, so every run starts from the
same N documents. For each client count, three phases of `--seconds` each: the static CSS
file alone (the HTTP stack's own ceiling), reads only (pages and API in a fixed rotation),
and the same reads while a `concord ingest` process stores new documents into the same
store and another thread makes one authenticated POST /api/documents per second.
Localhost only; every loop is bounded by its duration and a request count, the ingest by
its input folder and the phase's end (SIGTERM).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psutil
from load_client import LoadClient
from web import DEVSET, build_store, serving

from concord.store.database import upgrade_database

MAX_REQUESTS_PER_CLIENT = 100_000  # a bound besides the duration
INGEST_FILES = 400  # the concurrent ingest's input folder: more than a phase gets through
INGEST_BATCH = 4  # documents per ingest transaction: the store changes every few seconds
TOKEN = "load-bench-token"
Targets = dict[str, str | list[str]]  # a name and its address, or addresses picked at random


@dataclass
class Tally:
    """Latencies per page and errors, shared by the clients of one phase."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, name: str, seconds: float, ok: bool) -> None:
        with self.lock:
            self.latencies[name].append(seconds)
            if not ok:
                self.errors[name] += 1


def reads(client: httpx.Client, store: Path) -> Targets:
    """The pages and API calls a reader rotates through, with real ids from the store.
    The same addresses again and again are what the page cache serves best; the "any"
    entries pick a fact, document or entity at random from the whole store at each
    request, so most of them are computed, not kept."""
    entity = client.get("/api/entities", params={"limit": 1}).json()[0]["id"]
    document = client.get("/api/documents", params={"limit": 1}).json()[0]["id"]
    fact = client.get("/api/facts", params={"limit": 1}).json()[0]["id"]
    with sqlite3.connect(store) as database:
        facts, documents, entities = (
            [str(row[0]) for row in database.execute(f"SELECT id FROM {table}")]
            for table in ("facts", "documents", "entities")
        )
    return {
        "page /": "/",
        "page /facts/…": f"/facts/{fact}",
        "page /entities/…": f"/entities/{entity}",
        "page /documents/…": f"/documents/{document}",
        "page /conflicts": "/conflicts",
        "page /search": "/search?q=Москва",
        "api /api/facts": "/api/facts?limit=50",
        "api /api/facts?date_from": "/api/facts?date_from=2015-01-01&limit=50",
        "api /api/entities": "/api/entities?limit=50",
        "api /api/search": "/api/search?q=Путин",
        "page /facts/… (any)": [f"/facts/{number}" for number in facts],
        "page /documents/… (any)": [f"/documents/{number}" for number in documents],
        "api /api/entities/… (any)": [f"/api/entities/{number}" for number in entities],
    }


async def client_loop(
    base: str, targets: Targets, tally: Tally, until: float, first: int
) -> None:
    """Requests in the rotation's order from its `first`th: clients start spread over it."""
    names = list(targets)
    client = LoadClient(base)
    try:
        for number in range(MAX_REQUESTS_PER_CLIENT):
            if time.perf_counter() >= until:
                return
            name = names[(first + number) % len(names)]
            started = time.perf_counter()
            try:
                target = targets[name]
                path = target if isinstance(target, str) else random.choice(target)
                ok = await client.get(path) == 200
            except (OSError, ValueError, asyncio.IncompleteReadError):
                ok = False
            tally.record(name, time.perf_counter() - started, ok)
    finally:
        await client.close()


async def readers(
    base: str, targets: Targets, clients: int, tally: Tally, until: float
) -> None:
    await asyncio.gather(
        *(client_loop(base, targets, tally, until, number) for number in range(clients))
    )


def poster_loop(base: str, texts: list[str], tally: Tally, until: float) -> None:
    """One authenticated POST per second, each a new document."""
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=base, timeout=60, headers=headers) as client:
        for number in range(MAX_REQUESTS_PER_CLIENT):
            started = time.perf_counter()
            if started >= until:
                return
            body = {"text": f"{texts[number % len(texts)]}\n\nЗагрузка № {time.time_ns()}"}
            try:
                ok = client.post("/api/documents", json=body).status_code in (200, 201)
            except httpx.HTTPError:
                ok = False
            tally.record("POST /api/documents", time.perf_counter() - started, ok)
            time.sleep(max(0.0, 1.0 - (time.perf_counter() - started)))


def ingest_folder(folder: Path, texts: list[str]) -> Path:
    """Devset texts made new (a unique last line), for the concurrent `concord ingest`."""
    inputs = folder / f"ingest-{time.time_ns()}"
    inputs.mkdir()
    for number in range(INGEST_FILES):
        text = f"{texts[number % len(texts)]}\n\nПоток № {number} {time.time_ns()}"
        (inputs / f"{number:04}.txt").write_text(text, encoding="utf-8")
    return inputs


def start_ingest(url: str, inputs: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "concord.cli", "ingest", str(inputs), "--db", url,
               "--batch-size", str(INGEST_BATCH)]  # fmt: skip
    return subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)


def stop_ingest(ingest: subprocess.Popen[str]) -> str:
    """SIGTERM at the phase's end; the ingest's summary line (it prints one when stopped)."""
    if ingest.poll() is None:
        ingest.send_signal(signal.SIGTERM)
    try:
        _, stderr = ingest.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        ingest.kill()
        _, stderr = ingest.communicate()
    lines = [line for line in stderr.splitlines() if line.strip()]
    return lines[-1] if lines else f"(no output, exit {ingest.returncode})"


def copy_store(template: Path, copy: Path) -> None:
    """SQLite's backup API: a consistent copy, whatever the template's write-ahead log holds."""
    with sqlite3.connect(template) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    with sqlite3.connect(copy) as target:
        target.execute("PRAGMA journal_mode=WAL")


def server_processes() -> list[psutil.Process]:
    """`concord serve` and its uvicorn workers, not the workers' analysis children: the
    processes whose CPU answers the readers."""
    for child in psutil.Process().children():
        if "serve" in child.cmdline():
            workers = [worker for worker in child.children()
                       if "spawn_main" in " ".join(worker.cmdline())]  # fmt: skip
            return [child, *workers]  # no workers with one server process
    raise RuntimeError("no concord serve process under this one")


def cpu_seconds(processes: list[psutil.Process]) -> dict[int, float]:
    """User and system CPU per process still there."""
    seconds = {}
    for process in processes:
        with contextlib.suppress(psutil.Error):
            seconds[process.pid] = sum(process.cpu_times()[:2])
    return seconds


def cpu_used(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU between two readings; a process gone by the second (an ingest that finished)
    counts nothing for the phase, an undercount the report's reader should know of."""
    return sum(after[pid] - used for pid, used in before.items() if pid in after)


@dataclass
class Phase:
    tally: Tally
    elapsed: float
    client_cpu: float  # seconds of CPU the clients used
    server_cpu: float  # seconds of CPU the server processes used
    analysis_cpu: float  # seconds of CPU the rest used: the ingest, the POSTs' analysis


def run_phase(
    base: str, targets: Targets, clients: int, seconds: float, texts: list[str] | None
) -> Phase:
    tally = Tally()
    servers = server_processes()
    analysis = [process for process in psutil.Process().children(recursive=True)
                if process not in servers]  # fmt: skip
    started = time.perf_counter()
    client_before, server_before = time.process_time(), cpu_seconds(servers)
    analysis_before = cpu_seconds(analysis)
    until = started + seconds
    poster = None
    if texts is not None:
        poster = threading.Thread(target=poster_loop, args=(base, texts, tally, until))
        poster.start()
    asyncio.run(readers(base, targets, clients, tally, until))
    if poster is not None:
        poster.join(timeout=seconds + 120)
    client_cpu = time.process_time() - client_before
    server_cpu = cpu_used(server_before, cpu_seconds(servers))
    analysis_cpu = cpu_used(analysis_before, cpu_seconds(analysis))
    return Phase(tally, time.perf_counter() - started, client_cpu, server_cpu, analysis_cpu)


def p95(values: list[float]) -> float:
    """Nearest rank: the smallest value at least 95 % of the values do not exceed, in ms."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(len(ordered) * 0.95) - 1)] * 1000


def report(title: str, phase: Phase) -> None:
    requests = sum(len(values) for values in phase.tally.latencies.values())
    errors = sum(phase.tally.errors.values())
    load = " ".join(f"{value:.1f}" for value in os.getloadavg())  # the machine is shared
    print(f"\n{title}: {requests} requests in {phase.elapsed:.1f} s, "
          f"{requests / phase.elapsed:.1f}/s, {errors} errors; server CPU "
          f"{phase.server_cpu / max(requests, 1) * 1000:.1f} ms a request; clients used "
          f"{phase.client_cpu / phase.elapsed:.0%} of a core, the analysis "
          f"{phase.analysis_cpu / phase.elapsed:.0%}; load average {load}")  # fmt: skip
    print("| request | count | errors | p50 ms | p95 ms |")
    print("|---|---|---|---|---|")
    for name, values in phase.tally.latencies.items():
        print(f"| {name} | {len(values)} | {phase.tally.errors[name]} "
              f"| {statistics.median(values) * 1000:.0f} | {p95(values):.0f} |", flush=True)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--clients", type=int, nargs="+", default=[20, 50])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--store", type=Path, help="SQLite file built once, copied for each run")
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    arguments = parser.parse_args()
    texts = [path.read_text(encoding="utf-8") for path in sorted(DEVSET.glob("book_*.txt"))[:30]]
    with tempfile.TemporaryDirectory() as folder:
        template = arguments.store or Path(folder) / "template.db"
        if not template.exists():
            print(f"building a store of {arguments.documents} documents …", flush=True)
            building = template.with_name(template.name + ".building")
            build_store(f"sqlite:///{building.resolve()}", arguments.documents)
            copy_store(building, template)
            for leftover in building.parent.glob(building.name + "*"):
                leftover.unlink()
        path = Path(folder) / "load.db"
        copy_store(template, path)
        url = f"sqlite:///{path.resolve()}"
        before, after = upgrade_database(url)  # a store built by an older Concord
        if before != after:
            print(f"the copy upgraded from schema {before} to {after}", flush=True)
        with serving(url, arguments.workers, TOKEN) as base:
            with httpx.Client(base_url=base, timeout=60) as client:
                targets = reads(client, path)
                for target in targets.values():  # warm: first requests load templates
                    client.get(target if isinstance(target, str) else target[0])
                warm = {"Authorization": f"Bearer {TOKEN}"}  # models load on the first POST
            # Each server process starts its analysis child at startup; these POSTs wait
            # for the models and warm the store's write path (a new connection each, so
            # they may reach several server processes; nothing guarantees all).
            for number in range(4 * arguments.workers):
                body = {"text": f"{texts[0]}\n\nРазогрев № {number}"}
                httpx.post(f"{base}/api/documents", json=body, headers=warm, timeout=120)
            static: Targets = {"static /static/concord.css": "/static/concord.css"}
            for clients in arguments.clients:
                print(f"\n## {clients} clients, {arguments.workers} server process(es)", flush=True)
                report("static baseline", run_phase(base, static, clients, arguments.seconds, None))
                report("reads only", run_phase(base, targets, clients, arguments.seconds, None))
                ingest = start_ingest(url, ingest_folder(Path(folder), texts))
                try:
                    phase = run_phase(base, targets, clients, arguments.seconds, texts)
                finally:
                    stored = stop_ingest(ingest)
                report("reads + concurrent ingest + one POST per second", phase)
                print(f"concurrent ingest: {stored}", flush=True)


if __name__ == "__main__":
    main()
