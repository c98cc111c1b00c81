"""Concurrent clients against `concord serve`: errors, p95 per page and throughput, beside
a static-file baseline measured in the same run.

Run: .venv/bin/python bench/load.py [--documents 2000] [--clients 20 50] [--seconds 20]
                                     [--store FILE]
The store is built as bench/web.py builds it (devset texts analysed once, stored again
under new identities); with --store the SQLite file is kept for later runs. For each
client count, three phases of `--seconds` each: the static CSS file alone (the HTTP
stack's own ceiling), reads only (pages and API in a fixed rotation), and the same reads
with one authenticated POST /api/documents per second from another thread. Localhost
only; every loop is bounded by its duration and a request count.
"""

from __future__ import annotations

import argparse
import os
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
from web import DEVSET, build_store, free_port

MAX_REQUESTS_PER_CLIENT = 100_000  # a bound besides the duration
TOKEN = "load-bench-token"


@dataclass
class Tally:
    """Latencies per page and errors, shared by the client threads of one phase."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, name: str, seconds: float, ok: bool) -> None:
        with self.lock:
            self.latencies[name].append(seconds)
            if not ok:
                self.errors[name] += 1


def reads(client: httpx.Client) -> dict[str, str]:
    """The pages and API calls a reader rotates through, with real ids from the store."""
    entity = client.get("/api/entities", params={"limit": 1}).json()[0]["id"]
    document = client.get("/api/documents", params={"limit": 1}).json()[0]["id"]
    fact = client.get("/api/facts", params={"limit": 1}).json()[0]["id"]
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
    }


def client_loop(base: str, targets: dict[str, str], tally: Tally, until: float) -> None:
    names = list(targets)
    with httpx.Client(base_url=base, timeout=60) as client:
        for number in range(MAX_REQUESTS_PER_CLIENT):
            if time.perf_counter() >= until:
                return
            name = names[number % len(names)]
            started = time.perf_counter()
            try:
                ok = client.get(targets[name]).status_code == 200
            except httpx.HTTPError:
                ok = False
            tally.record(name, time.perf_counter() - started, ok)


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


def run_phase(
    base: str, targets: dict[str, str], clients: int, seconds: float, texts: list[str] | None
) -> tuple[Tally, float]:
    tally = Tally()
    started = time.perf_counter()
    until = started + seconds
    threads = [
        threading.Thread(target=client_loop, args=(base, targets, tally, until))
        for _ in range(clients)
    ]
    if texts is not None:
        threads.append(threading.Thread(target=poster_loop, args=(base, texts, tally, until)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 120)
    return tally, time.perf_counter() - started


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)] * 1000


def report(title: str, tally: Tally, elapsed: float) -> None:
    requests = sum(len(values) for values in tally.latencies.values())
    errors = sum(tally.errors.values())
    print(f"\n{title}: {requests} requests in {elapsed:.1f} s, {requests / elapsed:.1f}/s, "
          f"{errors} errors")  # fmt: skip
    print("| request | count | errors | p50 ms | p95 ms |")
    print("|---|---|---|---|---|")
    for name, values in tally.latencies.items():
        print(f"| {name} | {len(values)} | {tally.errors[name]} "
              f"| {statistics.median(values) * 1000:.0f} | {p95(values):.0f} |", flush=True)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--clients", type=int, nargs="+", default=[20, 50])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--store", type=Path, help="SQLite file kept between runs")
    arguments = parser.parse_args()
    texts = [path.read_text(encoding="utf-8") for path in sorted(DEVSET.glob("book_*.txt"))[:30]]
    with tempfile.TemporaryDirectory() as folder:
        path = arguments.store or Path(folder) / "load.db"
        url = f"sqlite:///{path.resolve()}"
        if not path.exists():
            print(f"building a store of {arguments.documents} documents …", flush=True)
            build_store(url, arguments.documents)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        command = [sys.executable, "-m", "concord.cli", "serve", "--port", str(port), "--db", url]
        server = subprocess.Popen(command, env=os.environ | {"CONCORD_TOKEN": TOKEN})
        try:
            with httpx.Client(base_url=base, timeout=60) as client:
                for _ in range(600):
                    try:
                        client.get("/static/concord.css")
                        break
                    except httpx.TransportError:
                        time.sleep(0.1)
                targets = reads(client)
                for target in targets.values():  # warm: first requests load templates
                    client.get(target)
                warm = {"Authorization": f"Bearer {TOKEN}"}  # models load on the first POST
                client.post("/api/documents", json={"text": texts[0]}, headers=warm)
            static = {"static /static/concord.css": "/static/concord.css"}
            for clients in arguments.clients:
                print(f"\n## {clients} clients", flush=True)
                report("static baseline", *run_phase(base, static, clients, arguments.seconds, None))
                report("reads only", *run_phase(base, targets, clients, arguments.seconds, None))
                report(
                    "reads + one POST per second",
                    *run_phase(base, targets, clients, arguments.seconds, texts),
                )
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
