"""A fixed split of the FactRuEval devset into a tuning half and a check half.

Rules are tuned on the tuning half only; the check half measures them on text nobody
tuned on. The split is by document id: the numeric ids of `book_N` sorted ascending,
alternating, the first (lowest id) into the tuning half. It depends on nothing but the
ids, so it never moves when rules or code change.
"""

from __future__ import annotations

import re
from pathlib import Path

from concord.eval.factrueval import document_names

HALVES = ("tune", "check", "all")
LABELS = {"tune": "tuned on", "check": "not tuned on", "all": "tuned on (half of it)"}


def document_number(name: str) -> int:
    """The numeric id of `book_N` (or of a path to it)."""
    digits = re.sub(r"\D", "", Path(name).stem)
    if not digits:
        raise ValueError(f"{name}: not a benchmark document name (book_N)")
    return int(digits)


def split(names: list[str]) -> dict[str, list[str]]:
    """Both halves of a list of document names: sorted by id, alternating."""
    ordered = sorted(names, key=document_number)
    return {"tune": ordered[0::2], "check": ordered[1::2], "all": ordered}


def half_names(directory: Path, half: str) -> list[str]:
    """The document names of one half ("tune", "check" or "all") of a benchmark folder."""
    if half not in HALVES:
        raise ValueError(f"unknown half {half!r}; expected one of {', '.join(HALVES)}")
    return split(document_names(directory))[half]
