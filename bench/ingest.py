"""Ingest throughput on FactRuEval-2016's devset, beside Natasha's NER alone in the same run.

Run: .venv/bin/python bench/ingest.py [DEVSET_DIR]
Prints documents/s and characters/s for: Natasha NER alone (the baseline), Concord's
analysis (nlp + extract), and the full ingest into a fresh SQLite file (read → store).
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from concord.nlp import morphology  # also registers pymorphy3 for Natasha
from concord.pipeline import Pipeline
from concord.read import read_paths
from concord.store.database import open_database, session_factory
from concord.store.writer import store_document

DEVSET = Path(__file__).resolve().parents[1].parent / "shared" / "factrueval2016" / "devset"


def cold_caches() -> None:
    """Each timed run starts without the word caches an earlier run filled."""
    morphology.parses.cache_clear()
    morphology.lemma.cache_clear()


def report(name: str, seconds: float, documents: int, characters: int) -> None:
    print(
        f"{name:<34} {documents / seconds:8.1f} docs/s {characters / seconds:10.0f} chars/s  ({seconds:.2f} s)"
    )


def main() -> None:
    devset = Path(sys.argv[1]) if len(sys.argv) > 1 else DEVSET
    files = sorted(devset.glob("book_*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in files]
    characters = sum(len(text) for text in texts)
    print(f"{len(files)} documents, {characters} characters from {devset}")

    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())
    tagger(texts[0])  # warm up
    started = time.perf_counter()
    for text in texts:
        tagger(text)
    report("baseline: Natasha NewsNERTagger", time.perf_counter() - started, len(texts), characters)

    pipeline = Pipeline()
    documents = [d for d in read_paths([str(p) for p in files]) if not isinstance(d, Exception)]
    pipeline.analyse(documents[0])

    cold_caches()
    started = time.perf_counter()
    analysed = [pipeline.analyse(document) for document in documents]
    report("concord analyse, one by one", time.perf_counter() - started, len(documents), characters)

    cold_caches()
    started = time.perf_counter()
    analysed = list(pipeline.analyse_many(documents))
    report(
        "concord analyse_many (batches)", time.perf_counter() - started, len(documents), characters
    )

    cold_caches()
    with tempfile.TemporaryDirectory() as folder:
        sessions = session_factory(open_database(f"sqlite:///{folder}/bench.db"))
        started = time.perf_counter()
        readable = (d for d in read_paths([str(p) for p in files]) if not isinstance(d, Exception))
        for result in pipeline.analyse_many(readable):
            with sessions() as session:
                store_document(session, result)
        report(
            "concord ingest (read → store)", time.perf_counter() - started, len(files), characters
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak RSS {peak:.0f} MB; claims per document {sum(len(a.claims) for a in analysed) / len(analysed):.1f}"
    )


if __name__ == "__main__":
    main()
