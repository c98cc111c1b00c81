"""The devset report: every track on both halves, labelled by whether rules were tuned
on it, with track 3 also scored on everything Concord outputs ("Concord-shaped")."""

from __future__ import annotations

from pathlib import Path

from concord.eval import CONCORD_SHAPED, TRACKS, score
from concord.eval.halves import LABELS

Scores = dict[str, tuple[float, float, float]]


def half_report(gold: Path, response: Path, halves: tuple[str, ...] = ("tune", "check")) -> str:
    """Markdown tables: per track, per half, per type P/R/F1."""
    parts: list[str] = []
    shaped = response / CONCORD_SHAPED
    for track in TRACKS:
        runs: list[tuple[str, Path]] = [("benchmark-shaped", response)]
        if track == "3" and shaped.is_dir():
            runs.append(("Concord-shaped", shaped))
        for shape, folder in runs:
            title = f"Track {track}" + (f", {shape}" if track == "3" else "")
            parts.append(f"### {title}\n")
            header = "| type | " + " | ".join(
                f"{half} ({LABELS[half]}) {measure}" for half in halves for measure in "PRF"
            )
            parts.append(header + " |")
            parts.append("|---" * (1 + 3 * len(halves)) + "|")
            tables = {half: score(track, gold, folder, half) for half in halves}
            for kind in tables[halves[0]]:
                values = tuple(v for half in halves for v in tables[half][kind])
                parts.append("| " + kind + " | " + " | ".join(f"{v:.3f}" for v in values) + " |")
            parts.append("")
    return "\n".join(parts)
