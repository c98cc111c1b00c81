"""FactRuEval-2016: running Concord on the benchmark and scoring it with its own rules."""

from __future__ import annotations

from pathlib import Path

from concord.eval.entity_score import score_track1
from concord.eval.fact_score import score_track3
from concord.eval.halves import half_names

TRACKS = ("1l", "1", "3")
CONCORD_SHAPED = "concord"  # subfolder of a response folder with everything Concord says


def score(
    track: str, gold: Path, response: Path, half: str = "all"
) -> dict[str, tuple[float, float, float]]:
    """P, R, F1 per type and overall for track "1" (with locorg), "1l" (locorg as loc) or "3",
    over one half of the devset ("tune", "check") or "all" of it."""
    names = half_names(gold, half)
    if track == "3":
        return score_track3(gold, response, names)
    if track in {"1", "1l"}:
        return score_track1(gold, response, keep_locorg=track == "1", names=names)
    raise ValueError(f"unknown track {track!r}; expected one of {', '.join(TRACKS)}")


def format_table(scores: dict[str, tuple[float, float, float]]) -> str:
    lines = [f"{'type':<12}{'P':>8}{'R':>8}{'F1':>8}"]
    lines += [f"{name:<12}{p:8.3f}{r:8.3f}{f:8.3f}" for name, (p, r, f) in scores.items()]
    return "\n".join(lines)
