"""Writing responses in the benchmark's formats, and the Natasha-alone baseline."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def write_task1(path: Path, mentions: Iterable[tuple[str, int, int]]) -> None:
    """`mentions` are (tag, start, end) with end exclusive; the file wants start and length."""
    lines = [f"{tag} {start} {end - start}" for tag, start, end in mentions]
    path.write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")


def write_task3(path: Path, facts: Iterable[tuple[str, list[tuple[str, str]]]]) -> None:
    blocks = []
    for fact_type, arguments in facts:
        lines = [fact_type] + [f"{role}:{value.replace(':', ' ')}" for role, value in arguments]
        blocks.append("\n".join(lines))
    path.write_text("\n\n".join(blocks) + ("\n" if blocks else ""), encoding="utf-8")


def natasha_baseline(devset: Path, out: Path) -> None:
    """Track 1 responses from Natasha's NER alone: PER/ORG/LOC spans as they come."""
    from concord.knowledge.morphology import natasha_ready

    natasha_ready()
    from natasha import NewsEmbedding, NewsNERTagger

    from concord.knowledge import morphology  # noqa: F401  (lets Natasha import on Python 3.11)

    tagger = NewsNERTagger(NewsEmbedding())
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(devset.glob("book_*.txt")):
        markup = tagger(path.read_text(encoding="utf-8"))
        write_task1(
            out / f"{path.stem}.task1", [(s.type.lower(), s.start, s.stop) for s in markup.spans]
        )
