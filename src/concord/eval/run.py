"""Concord's own analysis turned into FactRuEval-2016 responses (tracks 1 and 3)."""

from __future__ import annotations

from pathlib import Path

from concord.analysis import AnalysedDocument
from concord.claim import Claim
from concord.claimtypes import CLAIM_TYPES
from concord.document import Document
from concord.eval.response import write_task1, write_task3
from concord.pipeline import Pipeline

TRACK1_TAGS = {"PER": "per", "ORG": "org", "LOC": "loc", "LOCORG": "locorg"}

def task1_mentions(analysed: AnalysedDocument) -> list[tuple[str, int, int]]:
    """(tag, start, end) for every named-entity mention."""
    return [
        (TRACK1_TAGS[mention.type], mention.start, mention.end)
        for mention in analysed.mentions
        if mention.type in TRACK1_TAGS
    ]


def _value(claim: Claim, index: int) -> str:
    """Entities by their document-level name, a post as the text wrote it (the benchmark
    annotates the words of the text), everything else by its normalised value."""
    argument = claim.arguments[index]
    if argument.role == "position" and argument.span is not None:
        return " ".join(argument.span.text.split())
    return argument.value


def _benchmark_shape(claim: Claim, analysed: AnalysedDocument) -> bool:
    """FactRuEval annotates meetings between people only, and posts with their holder."""
    if claim.type == "meeting":
        people = [a for a in claim.arguments if a.role == "participants" and a.entity is not None
                  and analysed.entities[a.entity].type == "PER"]  # fmt: skip
        return len(people) >= 2
    if claim.type == "occupation":
        return bool(claim.values("where"))
    return True


def task3_facts(analysed: AnalysedDocument) -> list[tuple[str, list[tuple[str, str]]]]:
    facts: list[tuple[str, list[tuple[str, str]]]] = []
    for claim in analysed.claims:
        benchmark = CLAIM_TYPES[claim.type].benchmark
        if benchmark is None or claim.modality.value == "negated":
            continue
        if not _benchmark_shape(claim, analysed):
            continue
        fact_type, roles = benchmark.fact_type, benchmark.roles
        arguments = [
            (roles[argument.role], _value(claim, index))
            for index, argument in enumerate(claim.arguments)
            if argument.role in roles
            and not (
                claim.type == "meeting"
                and (argument.entity is None or analysed.entities[argument.entity].type != "PER")
            )
        ]
        if arguments and (fact_type, arguments) not in facts:
            facts.append((fact_type, arguments))
    return facts


def run_factrueval(devset: Path, out: Path) -> int:
    """Run the normal pipeline on DIR/book_*.txt and write .task1/.task3 responses."""
    out.mkdir(parents=True, exist_ok=True)
    paths = sorted(devset.glob("book_*.txt"))
    documents = (Document(text=p.read_text(encoding="utf-8"), path=str(p)) for p in paths)
    count = 0
    for path, analysed in zip(paths, Pipeline().analyse_many(documents), strict=True):
        write_task1(out / f"{path.stem}.task1", task1_mentions(analysed))
        write_task3(out / f"{path.stem}.task3", task3_facts(analysed))
        count += 1
    return count
