"""Analysis time and peak memory for one document without sentence breaks, by length.

The text is devset sentences laid end to end with their full stops (and ! ?) removed, so
the sentence splitter sees one sentence however long. Each length runs in its own
process (a fresh peak RSS): models load first, then one document is analysed, timed alone.

Run: .venv/bin/python bench/sentence_length.py [10000 50000 100000 200000 400000]
"""

from __future__ import annotations

import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

DEVSET = Path(__file__).resolve().parents[1].parent / "shared" / "factrueval2016" / "devset"
LENGTHS = (10_000, 50_000, 100_000, 200_000, 400_000)
TIME_LIMIT = 900  # seconds per length: a run past it is reported as not finished


def unbroken_text(characters: int) -> str:
    """`characters` of devset prose with every sentence-final mark and line break removed."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(DEVSET.glob("book_*.txt"))]
    prose = re.sub(r"[.!?…]+", "", re.sub(r"\s+", " ", " ".join(texts)))
    while len(prose) < characters:
        prose = f"{prose} {prose}"
    return prose[:characters].rsplit(" ", 1)[0]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB


def measure_one(characters: int) -> dict[str, float | int | str]:
    """In this process: load models, analyse one unbroken document, report."""
    from concord.document import Document
    from concord.pipeline import Pipeline

    text = unbroken_text(characters)
    pipeline = Pipeline()
    pipeline.load_all()
    pipeline.analyse(Document(id="warm", text="Разогрев моделей.", language="ru"))
    loaded = peak_mb()
    started = time.perf_counter()
    analysed = pipeline.analyse(Document(id="long", text=text, language="ru"))
    seconds = time.perf_counter() - started
    return {
        "characters": len(text),
        "seconds": round(seconds, 2),
        "peak_mb": round(peak_mb()),
        "models_mb": round(loaded),
        "sentences": len(analysed.sentences),
        "claims": len(analysed.claims),
        "status": analysed.status,
    }


def main(arguments: list[str]) -> None:
    if arguments[:1] == ["--one"]:
        print(json.dumps(measure_one(int(arguments[1]))))
        return
    lengths = [int(value) for value in arguments] or list(LENGTHS)
    print("| characters | sentences | analysis s | s per 10k chars | peak RSS MB | models MB |")
    print("|---|---|---|---|---|---|")
    for length in lengths:
        try:
            done = subprocess.run(
                [sys.executable, __file__, "--one", str(length)],
                capture_output=True,
                text=True,
                timeout=TIME_LIMIT,
                check=True,
            )
        except subprocess.TimeoutExpired:
            print(f"| {length} | – | > {TIME_LIMIT} (not finished) | – | – | – |", flush=True)
            continue
        row = json.loads(done.stdout.strip().splitlines()[-1])
        per_10k = float(row["seconds"]) / int(row["characters"]) * 10_000
        print(
            f"| {row['characters']} | {row['sentences']} | {row['seconds']} | {per_10k:.2f} "
            f"| {row['peak_mb']} | {row['models_mb']} |",
            flush=True,
        )


if __name__ == "__main__":
    main(sys.argv[1:])
