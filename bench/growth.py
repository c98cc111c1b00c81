"""Full ingest on growing synthetic corpora: time, peak memory and the growth exponent.

Run: .venv/bin/python bench/growth.py [--workers N] [--keep FOLDER] [SIZE ...]
(default sizes 1000 10000 100000; --keep moves the largest store to FOLDER, for
bench/writer.py)
For each size a corpus is generated (bench/corpus.py: devset sentences, people renamed
from a growing pool), then `concord ingest CORPUS.jsonl --workers N` fills a fresh SQLite
store in its own process; its whole process tree is sampled for memory. Baseline in the
same run: Natasha's NER alone over the same texts, one process.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from corpus import write_corpus
from measure import CONCORD, growth_exponent, jsonl_texts, ner_alone_seconds, run_measured


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[1_000, 10_000, 100_000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="folder for the largest size's store")
    arguments = parser.parse_args()
    rows = []
    print(
        f"{'documents':>9} {'ingest s':>9} {'docs/s':>7} {'peak RSS MB':>11} "
        f"{'NER-alone s':>11} {'docs/s':>7}  (ingest with --workers {arguments.workers})",
        flush=True,
    )
    with tempfile.TemporaryDirectory() as folder:
        for size in arguments.sizes:
            corpus = write_corpus(size, Path(folder) / f"corpus-{size}.jsonl")
            database = f"sqlite:///{folder}/store-{size}.db"
            command = [*CONCORD, "ingest", str(corpus), "--db", database]
            seconds, peak, stderr = run_measured([*command, "--workers", str(arguments.workers)])
            baseline = ner_alone_seconds(jsonl_texts(corpus))
            rows.append((size, seconds, peak, baseline))
            print(
                f"{size:>9} {seconds:>9.1f} {size / seconds:>7.1f} {peak:>11.0f} "
                f"{baseline:>11.1f} {size / baseline:>7.1f}   {stderr.strip().splitlines()[-1]}",
                flush=True,
            )
            store = Path(f"{folder}/store-{size}.db")
            if arguments.keep and size == max(arguments.sizes):
                arguments.keep.mkdir(parents=True, exist_ok=True)
                shutil.move(store, arguments.keep / store.name)
            else:
                store.unlink()
    if len(rows) > 1:
        ingest = growth_exponent([(size, seconds) for size, seconds, _, _ in rows])
        baseline = growth_exponent([(size, seconds) for size, _, _, seconds in rows])
        print(f"growth exponent: ingest {ingest:.2f}, NER alone {baseline:.2f}")


if __name__ == "__main__":
    main()
