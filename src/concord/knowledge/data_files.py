"""The word lists kept as text beside the code: one entry a line, its fields split by "|",
blank lines and lines opening with "#" (comments) left out."""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).parent


def rows(name: str) -> list[tuple[str, ...]]:
    """The entries of `name` in this folder, each as its stripped fields."""
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [
        tuple(field.strip() for field in line.split("|"))
        for line in lines
        if line.strip() and not line.lstrip().startswith("#")
    ]
