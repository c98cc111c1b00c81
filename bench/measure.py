"""What the benchmarks share: a command timed with the peak memory of its whole process
tree, Natasha's NER alone as the baseline, and the fitted growth exponent."""

from __future__ import annotations

import math
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import psutil

CONCORD = [sys.executable, "-m", "concord.cli"]


def run_measured(command: Sequence[str], sample_every: float = 0.2) -> tuple[float, float, str]:
    """Seconds, peak resident memory in MB of the process and all its children together
    (worker processes included), and what it wrote to stderr."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    watched = psutil.Process(process.pid)
    peak = 0.0
    while process.poll() is None:
        try:
            tree = [watched, *watched.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(sample_every)
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr}")
    return seconds, peak / 2**20, stderr


def ner_alone_seconds(texts: Iterable[str]) -> float:
    """The baseline: Natasha's NewsNERTagger over the same texts, one process, warm."""
    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())
    tagger("Разогрев модели.")
    started = time.perf_counter()
    for text in texts:
        tagger(text)
    return time.perf_counter() - started


def jsonl_texts(path: Path) -> list[str]:
    import json

    texts = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            texts.append(f"{record['title']}\n\n{record['text']}")
    return texts


def growth_exponent(points: Sequence[tuple[float, float]]) -> float:
    """Least-squares slope of log(cost) over log(size): 1.0 is linear."""
    xs = [math.log(size) for size, _ in points]
    ys = [math.log(cost) for _, cost in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs
    )
