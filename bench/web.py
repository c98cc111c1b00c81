"""Page and API latency on a store of N documents (default 10,000), served by
`concord serve` in its own process and timed from this one.

Run: .venv/bin/python bench/web.py [N] [--store FILE]
Prints a Markdown table: each page's and call's body size (bytes, uncompressed) and its
p50/p95 over 60 requests, then a 304 revalidation of two lists (ETag).
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
from collections.abc import Iterator
from contextlib import contextmanager
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


def timed(
    client: httpx.Client, path: str, headers: dict[str, str], expected: int = 200
) -> tuple[int, float, float]:
    """Bytes of the answer's body, and its median and 95th-percentile time in ms."""
    size = len(client.get(path, headers=headers).content)
    timings = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        response = client.get(path, headers=headers)
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != expected:
            raise SystemExit(f"{path}: {response.status_code}, expected {expected}")
    timings.sort()
    return size, statistics.median(timings), timings[int(len(timings) * 0.95) - 1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serving(url: str, workers: int = 1, token: str | None = None) -> Iterator[str]:
    """`concord serve` on the store at `url` in its own process, its address once it
    answers; stopped when the block ends."""
    port = free_port()
    command = [sys.executable, "-m", "concord.cli", "serve", "--port", str(port), "--db", url,
               "--workers", str(workers)]  # fmt: skip
    environment = os.environ | ({"CONCORD_TOKEN": token} if token else {})
    server = subprocess.Popen(command, env=environment)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # at most a minute for the server to start
            try:
                httpx.get(f"{base}/static/concord.css", timeout=60)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


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
        with serving(url) as base, httpx.Client(base_url=base, timeout=30) as client:
            entity = client.get("/api/entities", params={"limit": 1}).json()[0]["id"]
            document = client.get("/api/documents", params={"limit": 1}).json()[0]["id"]
            conflict = client.get("/api/conflicts", params={"limit": 1}).json()
            fact = conflict[0]["fact"] if conflict else 1
            outlet = client.get("/api/documents", params={"limit": 1}).json()[0]["source"]
            targets = {
                "baseline: /static/concord.css": "/static/concord.css",
                "page / (overview)": "/",
                "page /facts": "/facts",
                "page /facts?type=meeting&has_conflict": "/facts?type=meeting&has_conflict=true",
                "page /entities": "/entities",
                "page /documents": "/documents",
                "page /conflicts": "/conflicts",
                f"page /facts/{fact} (with a conflict)": f"/facts/{fact}",
                f"page /entities/{entity}": f"/entities/{entity}",
                "page /documents/{id}": f"/documents/{document}",
                f"page /story?entity={entity}": f"/story?entity={entity}",
                "page /story?q=Путин": "/story?q=Путин",
                "page /search?q=Москва": "/search?q=Москва",
                "page /search?q=Москва&source&date": (
                    f"/search?q=Москва&source={outlet}&date_from=2015&date_to=2020"
                ),
                "page /docs": "/docs",
                "api /api/documents": "/api/documents?limit=50",
                "api /api/facts?type=occupation": "/api/facts?type=occupation&limit=50",
                "api /api/entities": "/api/entities?limit=50",
                "api /api/conflicts": "/api/conflicts?limit=50",
                f"api /api/facts/{fact}": f"/api/facts/{fact}",
                f"api /api/entities/{entity}": f"/api/entities/{entity}",
                "api /api/search?q=Путин": "/api/search?q=Путин",
            }
            print("| request | bytes | p50 ms | p95 ms |\n|---|---|---|---|")
            for name, path in targets.items():
                size, median, p95 = timed(client, path, {})
                print(f"| {name} | {size:,} | {median:.1f} | {p95:.1f} |", flush=True)
            for name, path in (("/facts", "/facts"), ("/api/facts", "/api/facts?limit=50")):
                etag = client.get(path).headers["etag"]
                _, median, p95 = timed(client, path, {"If-None-Match": etag}, expected=304)
                print(f"| revalidated {name} (304) | 0 | {median:.1f} | {p95:.1f} |")


if __name__ == "__main__":
    main()
