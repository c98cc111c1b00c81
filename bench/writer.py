"""Writing cost per document in a large store, against an empty store in the same run.

Run: .venv/bin/python bench/writer.py STORE.db [--documents N]
STORE.db is a SQLite store, e.g. the 100,000-document one `bench/growth.py --keep FOLDER`
leaves. New synthetic documents (bench/corpus.py with another seed, so the store has not
seen most of them) are analysed once, then written in batches of 32, as `concord
ingest` writes them, into a copy of STORE.db and into an empty store (the baseline). The
first batch of each only warms caches and is not timed. Analysis is not timed at all:
this is the writer alone, where a growing store would show first.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from corpus import write_corpus

from concord.analysis import AnalysedDocument
from concord.document import Document
from concord.pipeline import Pipeline
from concord.read.jsonl import read_jsonl
from concord.store.database import open_database, session_factory
from concord.store.writer import store_documents

BATCH = 32
SEED = 7  # the growth corpora use the default seed


def milliseconds_per_document(url: str, analysed: list[AnalysedDocument]) -> tuple[float, int]:
    sessions = session_factory(open_database(url))
    with sessions() as session:
        store_documents(session, analysed[:BATCH])
    written = 0
    started = time.perf_counter()
    for start in range(BATCH, len(analysed), BATCH):
        with sessions() as session:
            written += sum(store_documents(session, analysed[start : start + BATCH]))
    return (time.perf_counter() - started) * 1000 / max(written, 1), written


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("store", type=Path)
    parser.add_argument("--documents", type=int, default=5 * BATCH)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = write_corpus(arguments.documents, Path(folder) / "new.jsonl", seed=SEED)
        documents = [item for item in read_jsonl(corpus) if isinstance(item, Document)]
        analysed = list(Pipeline().analyse_many(documents))
        copy = Path(folder) / "large.db"
        shutil.copy(arguments.store, copy)
        print(f"{'store':<28} {'written':>7} {'ms/document':>11}")
        for label, url in (
            ("baseline: empty store", f"sqlite:///{folder}/empty.db"),
            (f"copy of {arguments.store.name}", f"sqlite:///{copy}"),
        ):
            cost, written = milliseconds_per_document(url, analysed)
            print(f"{label:<28} {written:>7} {cost:>11.1f}", flush=True)


if __name__ == "__main__":
    main()
