"""Page and API latency on a store of N documents (default 10,000), served by
`concord serve` in its own process and timed from this one.

Run: .venv/bin/python bench/web.py [N] [--store FILE]
The store is built from the FactRuEval devset: each text is analysed once, then stored
again under new identities (a numbered line appended), so the store holds N documents
with real claims, entities, facts and conflicts. With --store, the SQLite file is kept and
reused by later runs (building 10,000 documents takes minutes; timing takes seconds).
Baseline in the same run: the static
CSS file, i.e. the server and HTTP stack with no store work.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from concord.document import Document
from concord.pipeline import Pipeline
from concord.read import read_paths
from concord.store.database import open_database, session_factory
from concord.store.writer import store_document

DEVSET = Path(__file__).resolve().parents[1].parent / "shared" / "factrueval2016" / "devset"
ROUNDS = 60


def build_store(url: str, size: int) -> None:
    documents = [
        d
        for d in read_paths([str(p) for p in sorted(DEVSET.glob("book_*.txt"))])
        if isinstance(d, Document)
    ]
    analysed = list(Pipeline().analyse_many(documents))
    sessions = session_factory(open_database(url))
    started = time.perf_counter()
    for number in range(size):
        original = analysed[number % len(analysed)]
        copy = dataclasses.replace(original)
        text = original.document.text + f"\n\n№ {number}"
        copy.document = dataclasses.replace(
            original.document,
            text=text,
            id="",
            published=f"20{10 + number % 15}-0{1 + number % 9}-1{number % 9}",
        )
        with sessions() as session:
            store_document(session, copy)
        if number and number % 2000 == 0:
            print(
                f"  stored {number} documents ({number / (time.perf_counter() - started):.0f}/s)",
                flush=True,
            )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("size", nargs="?", type=int, default=10_000)
    parser.add_argument("--store", type=Path, help="SQLite file kept between runs")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = arguments.store or Path(folder) / "web.db"
        url = f"sqlite:///{path.resolve()}"
        if not path.exists():
            print(f"building a store of {arguments.size} documents …", flush=True)
            build_store(url, arguments.size)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "concord.cli", "serve", "--port", str(port), "--db", url],
                                  env=os.environ.copy())  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            with httpx.Client(base_url=base, timeout=30) as client:
                for _ in range(300):
                    try:
                        client.get("/static/concord.css")
                        break
                    except httpx.TransportError:
                        time.sleep(0.1)
                entity = client.get("/api/entities", params={"limit": 1}).json()[0]["id"]
                document = client.get("/api/documents", params={"limit": 1}).json()[0]["id"]
                conflict = client.get("/api/conflicts", params={"limit": 1}).json()
                fact = conflict[0]["fact"] if conflict else 1
                targets = {
                    "baseline: /static/concord.css": "/static/concord.css",
                    "page /": "/",
                    f"page /facts/{fact}": f"/facts/{fact}",
                    f"page /entities/{entity}": f"/entities/{entity}",
                    "page /documents/…": f"/documents/{document}",
                    "page /conflicts": "/conflicts",
                    "page /search?q=Москва": "/search?q=Москва",
                    "api /api/documents": "/api/documents?limit=50",
                    "api /api/facts?type=occupation": "/api/facts?type=occupation&limit=50",
                    "api /api/entities": "/api/entities?limit=50",
                    "api /api/search?q=Путин": "/api/search?q=Путин",
                }
                print(f"{'request':<36}{'p50 ms':>9}{'p95 ms':>9}")
                for name, path in targets.items():
                    client.get(path)
                    timings = []
                    for _ in range(ROUNDS):
                        started = time.perf_counter()
                        response = client.get(path)
                        timings.append((time.perf_counter() - started) * 1000)
                        response.raise_for_status()
                    timings.sort()
                    p95 = timings[int(len(timings) * 0.95) - 1]
                    print(f"{name:<36}{statistics.median(timings):9.1f}{p95:9.1f}", flush=True)
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
