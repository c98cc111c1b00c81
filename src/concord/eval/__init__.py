"""FactRuEval-2016: running Concord on the benchmark and scoring it with its own rules."""

from __future__ import annotations

from pathlib import Path

from concord.eval.entity_score import score_track1
from concord.eval.fact_score import score_track3

TRACKS = ("1", "1l", "3")


def score(track: str, gold: Path, response: Path) -> dict[str, tuple[float, float, float]]:
    """P, R, F1 per type and overall for track "1" (with locorg), "1l" (locorg as loc) or "3"."""
    if track == "3":
        return score_track3(gold, response)
    if track in {"1", "1l"}:
        return score_track1(gold, response, keep_locorg=track == "1")
    raise ValueError(f"unknown track {track!r}; expected one of {', '.join(TRACKS)}")


def format_table(scores: dict[str, tuple[float, float, float]]) -> str:
    lines = [f"{'type':<12}{'P':>8}{'R':>8}{'F1':>8}"]
    lines += [f"{name:<12}{p:8.3f}{r:8.3f}{f:8.3f}" for name, (p, r, f) in scores.items()]
    return "\n".join(lines)
