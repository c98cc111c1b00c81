"""Concord's own analysis turned into FactRuEval-2016 responses (tracks 1 and 3)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from concord.analysis import AnalysedDocument
from concord.claim import Claim
from concord.claimtype import Benchmark
from concord.claimtypes import CLAIM_TYPES
from concord.document import Document
from concord.eval import CONCORD_SHAPED
from concord.eval.halves import half_names
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


def _value(claim: Claim, index: int, labels: Mapping[str, Mapping[str, str]]) -> str:
    """Entities by their document-level name, a post as the text wrote it (the benchmark
    annotates the words of the text), a value the benchmark labels its own way by its
    label, everything else by its normalised value."""
    argument = claim.arguments[index]
    if argument.role == "position" and argument.span is not None:
        return " ".join(argument.span.text.split())
    return labels.get(argument.role, {}).get(argument.value, argument.value)


def _benchmark_shape(claim: Claim, benchmark: Benchmark, analysed: AnalysedDocument) -> bool:
    """FactRuEval annotates meetings between people only, posts with their holder, and
    deals with two parties or more."""
    if claim.type == "meeting":
        people = [a for a in claim.arguments if a.role == "participants" and a.entity is not None
                  and analysed.entities[a.entity].type == "PER"]  # fmt: skip
        return len(people) >= 2
    if claim.type == "occupation":
        return bool(claim.values("where")) and not _owned(claim, analysed)
    return all(len(claim.values(role)) >= fewest for role, fewest in benchmark.least.items())


def _answers(claim: Claim) -> bool:
    benchmark = CLAIM_TYPES[claim.type].benchmark
    return benchmark is not None and benchmark.answers(claim)


def _owned(occupation: Claim, analysed: AnalysedDocument) -> bool:
    """A "post" that is an ownership of the same pair ("владелец X Y", "основатель X"):
    the benchmark annotates it as ownership only."""
    who = {a.entity for a in occupation.arguments if a.role == "who" and a.entity is not None}
    where = {a.entity for a in occupation.arguments if a.role == "where" and a.entity is not None}
    return any(
        claim.type == "ownership"
        and _answers(claim)
        and {a.entity for a in claim.arguments if a.role == "owner"} & who
        and {a.entity for a in claim.arguments if a.role == "property"} & where
        for claim in analysed.claims
    )


def task3_facts(
    analysed: AnalysedDocument, concord_shaped: bool = False
) -> list[tuple[str, list[tuple[str, str]]]]:
    """Facts in the benchmark's shape, or (`concord_shaped`) every claim of a benchmark type
    Concord reports: meetings with any participants, occupations without a place of work."""
    facts: list[tuple[str, list[tuple[str, str]]]] = []
    for claim in analysed.claims:
        benchmark = CLAIM_TYPES[claim.type].benchmark
        if benchmark is None or claim.modality.value == "negated" or not benchmark.answers(claim):
            continue
        if not concord_shaped and not _benchmark_shape(claim, benchmark, analysed):
            continue
        fact_type, roles = benchmark.fact_type, benchmark.roles
        arguments = [
            (roles[argument.role], _value(claim, index, benchmark.values))
            for index, argument in enumerate(claim.arguments)
            if argument.role in roles
            and (
                concord_shaped
                or claim.type != "meeting"
                or (argument.entity is not None
                    and analysed.entities[argument.entity].type == "PER")
            )
        ]
        if arguments and (fact_type, arguments) not in facts:
            facts.append((fact_type, arguments))
    return facts


def run_factrueval(devset: Path, out: Path, half: str = "all") -> int:
    """Run the normal pipeline on DIR/book_*.txt (one half of them, or all) and write
    .task1/.task3 responses, and OUT/concord/*.task3 with everything Concord says."""
    out.mkdir(parents=True, exist_ok=True)
    (out / CONCORD_SHAPED).mkdir(exist_ok=True)
    paths = [devset / f"{name}.txt" for name in half_names(devset, half)]
    documents = (Document(text=p.read_text(encoding="utf-8"), path=str(p)) for p in paths)
    count = 0
    for path, analysed in zip(paths, Pipeline().analyse_many(documents), strict=True):
        write_task1(out / f"{path.stem}.task1", task1_mentions(analysed))
        write_task3(out / f"{path.stem}.task3", task3_facts(analysed))
        write_task3(
            out / CONCORD_SHAPED / f"{path.stem}.task3", task3_facts(analysed, concord_shaped=True)
        )
        count += 1
    return count
