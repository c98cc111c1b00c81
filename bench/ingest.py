"""Ingest throughput, per stage and with worker processes, beside Natasha's NER alone
on the same texts in the same run.

Run: .venv/bin/python bench/ingest.py [--documents N]
1. FactRuEval devset (122 texts), one process: time spent in each stage — read, nlp
   (the three slovnet models, lemmas, names, dates), extract, resolve (entity matching
   and fact consolidation inside the store's transaction) and store (the rest of the
   writing) — against Natasha's NER alone on the same texts.
2. A synthetic corpus (bench/corpus.py, default 2,000 documents): `concord ingest` with
   1 and 2 worker processes, documents/s and peak memory of the process tree, against
   NER alone.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

from corpus import DEVSET, write_corpus
from measure import CONCORD, jsonl_texts, ner_alone_seconds, run_measured

from concord.knowledge import morphology
from concord.knowledge.settlements import settlement_names
from concord.store import writer
from concord.store.database import open_database, session_factory

SPENT: dict[str, float] = defaultdict(float)
Arguments = ParamSpec("Arguments")
Result = TypeVar("Result")


def timed(
    stage: str, function: Callable[Arguments, Result]
) -> Callable[Arguments, Result]:
    def wrapper(*arguments: Arguments.args, **options: Arguments.kwargs) -> Result:
        started = time.perf_counter()
        try:
            return function(*arguments, **options)
        finally:
            SPENT[stage] += time.perf_counter() - started

    return wrapper


def stages_on_devset() -> None:
    from concord.claimtypes import CLAIM_TYPES
    from concord.extract import extract_claims
    from concord.nlp.russian import RussianAnalyser
    from concord.pipeline import Pipeline
    from concord.read import read_file
    from concord.read.boilerplate import non_claim_zones

    files = sorted(DEVSET.glob("book_*.txt"))
    characters = sum(len(path.read_text(encoding="utf-8")) for path in files)
    baseline = ner_alone_seconds(path.read_text(encoding="utf-8") for path in files)
    analyser = RussianAnalyser()
    languages = Pipeline()  # only its language detection is used here
    languages.with_language(read_file(files[0])[0])  # warm up: loads the language model
    analyser.annotate_many([(read_file(files[0])[0], [])])  # warm up
    settlement_names()  # warm up: the towns meeting places are compared by
    morphology.parses.cache_clear()
    morphology.lemma.cache_clear()

    writer.store_entities = timed("resolve", writer.store_entities)
    writer.consolidate_claims = timed("resolve", writer.consolidate_claims)
    with tempfile.TemporaryDirectory() as folder:
        sessions = session_factory(open_database(f"sqlite:///{folder}/stages.db"))
        started = time.perf_counter()
        for start in range(0, len(files), 32):
            documents = timed("read", lambda chunk: [d for p in chunk for d in read_file(p)])(
                files[start : start + 32]
            )
            documents = timed("nlp", lambda batch: [languages.with_language(d) for d in batch])(
                documents
            )
            items = [(document, non_claim_zones(document.text)) for document in documents]
            analysed = timed("nlp", analyser.annotate_many)(items)
            for result in analysed:
                result.claims = timed("extract", extract_claims)(result, CLAIM_TYPES)
            with sessions() as session:  # one transaction per batch, as `concord ingest`
                timed("store", writer.store_documents)(session, analysed)
        total = time.perf_counter() - started
    SPENT["store"] -= SPENT["resolve"]  # resolve runs inside store_documents
    print(f"devset: {len(files)} documents, {characters:,} characters, one process")
    print(f"{'stage':<10} {'seconds':>8} {'share':>6} {'docs/s':>8}")
    for stage in ("read", "nlp", "extract", "resolve", "store"):
        seconds = SPENT[stage]
        print(f"{stage:<10} {seconds:8.2f} {seconds / total:6.0%} {len(files) / seconds:8.1f}")
    print(f"{'all':<10} {total:8.2f} {1:6.0%} {len(files) / total:8.1f}")
    print(f"baseline: Natasha NER alone {baseline:.2f} s, {len(files) / baseline:.1f} docs/s\n")


def workers_on_corpus(size: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        corpus = write_corpus(size, Path(folder) / "corpus.jsonl")
        texts = jsonl_texts(corpus)
        characters = sum(len(text) for text in texts)
        baseline = ner_alone_seconds(texts)
        print(f"synthetic corpus: {size} documents, {characters:,} characters")
        print(f"{'run':<44} {'docs/s':>7} {'chars/s':>9} {'× NER':>6} {'peak RSS MB':>11}")
        rate = size / baseline
        print(f"{'baseline: Natasha NER alone, one process':<44} {rate:7.1f} "
              f"{characters / baseline:9.0f} {1:6.2f} {'':>11}")  # fmt: skip
        for workers in (1, 2):
            database = f"sqlite:///{folder}/store-{workers}.db"
            seconds, peak, _ = run_measured(
                [*CONCORD, "ingest", str(corpus), "--db", database, "--workers", str(workers)]
            )
            print(
                f"{f'concord ingest --workers {workers} (incl. start-up)':<44} "
                f"{size / seconds:7.1f} {characters / seconds:9.0f} "
                f"{baseline / seconds:6.2f} {peak:11.0f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=2_000)
    arguments = parser.parse_args()
    stages_on_devset()
    workers_on_corpus(arguments.documents)


if __name__ == "__main__":
    main()
