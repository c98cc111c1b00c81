"""Track 3 (facts), easy mode: facts matched by shared argument values.

Each response fact joins at most one gold fact of its type that shares an argument
value (strings equal up to two edits, after normalisation; people by any combination of
their name parts; organisations and places by any annotated name). A gold fact and the
response facts that joined it form a cluster whose quality counts the matched arguments
and whether they came from one response fact. The assignment maximises F1; it is found
exactly, per group of response facts competing for the same gold facts, by keeping the
Pareto-best (recall, precision) totals of each group.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import product
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from concord.eval.factrueval import GoldFact, document_names, normalise, read_document
from concord.eval.metrics import Totals

FACT_TYPES = ("occupation", "meeting", "deal", "ownership")
MAX_EDITS = 2
ARGUMENT_WEIGHTS = {"position": 0.5}  # a post's wording counts half


@dataclass(eq=False)
class ResponseFact:
    type: str
    arguments: list[tuple[str, str]]


def read_response(path: Path) -> list[ResponseFact]:
    facts: list[ResponseFact] = []
    if not path.exists():
        return facts
    for block in path.read_text(encoding="utf-8-sig").split("\n\n"):
        lines = [normalise(line) for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        fact = ResponseFact(lines[0].strip(" :"), [])
        for line in lines[1:]:
            role, _, value = line.partition(":")
            role = role.strip()
            fact.arguments.append(("position" if role == "job" else role, value.strip()))
        facts.append(fact)
    return facts


def _same(gold_values: set[str], value: str) -> bool:
    return any(
        Levenshtein.distance(g, value, score_cutoff=MAX_EDITS) <= MAX_EDITS for g in gold_values
    )


def can_match(gold: GoldFact, response: ResponseFact) -> bool:
    if gold.type != response.type:
        return False
    return any(
        argument.role == role and _same(argument.values, value)
        for argument in gold.arguments
        for role, value in response.arguments
    )


def cluster_quality(gold: GoldFact, members: list[ResponseFact]) -> float:
    """0 for a hard gold fact (easy mode ignores it), else argument quality, discounted
    when the matched arguments came from different response facts."""
    if not members or gold.hard:
        return 0.0
    matched: dict[int, list[int]] = {}
    unmatched_response = 0.0
    for member_index, member in enumerate(members):
        for role, value in member.arguments:
            for gold_index, argument in enumerate(gold.arguments):
                if argument.role == role and _same(argument.values, value):
                    matched.setdefault(gold_index, []).append(member_index)
                    break
            else:
                unmatched_response += ARGUMENT_WEIGHTS.get(role, 1.0)
    weight = [ARGUMENT_WEIGHTS.get(a.role, 1.0) for a in gold.arguments]
    found = sum(weight[i] for i in matched)
    missed = sum(w for i, w in enumerate(weight) if i not in matched)
    argument_quality = found / (found + missed + unmatched_response)
    n = len(matched)
    if len(members) == 1:
        identity = 1.0
    else:
        # As the benchmark counts it: pairs among the gold fact's first n arguments that
        # one response fact supplied together.
        edges = sum(
            1
            for i in range(n)
            for j in range(i + 1, n)
            if set(matched.get(i, [])) & set(matched.get(j, []))
        )
        pairs = n * (n - 1) / 2
        identity = 1.0 if pairs == 0 else edges / pairs
    return (argument_quality + identity * argument_quality) / 2


Point = tuple[float, float, int]  # Σ gold quality, Σ response quality, response facts counted


def _pareto(points: Iterable[Point]) -> list[Point]:
    """Drop points another point beats or equals on every count."""
    unique = sorted(set(points), key=lambda p: (-p[0], -p[1], p[2]))
    best: list[Point] = []
    for point in unique:
        if not any(o[0] >= point[0] and o[1] >= point[1] and o[2] <= point[2] for o in best):
            best.append(point)
    return best


def _group_options(gold: list[GoldFact], response: list[ResponseFact], members: list[int],
                   candidates: dict[int, list[int]]) -> list[Point]:  # fmt: skip
    """Every total a group's assignments can reach; a response fact paired with an
    ignored (hard) gold fact is not counted at all."""
    points = []
    choices = [[*candidates[r], -1] for r in members]
    for assignment in product(*choices):
        clusters: dict[int, list[int]] = {}
        for r, g in zip(members, assignment, strict=True):
            if g >= 0:
                clusters.setdefault(g, []).append(r)
        tp_gold = tp_response = 0.0
        counted = sum(1 for g in assignment if g < 0 or not gold[g].hard)
        for g, rs in clusters.items():
            q = cluster_quality(gold[g], [response[r] for r in rs])
            tp_gold += q
            tp_response += q * len(rs)
        points.append((tp_gold, tp_response, counted))
    return _pareto(points)


def score_document(gold: list[GoldFact], response: list[ResponseFact]) -> Totals:
    candidates = {
        r: [g for g, fact in enumerate(gold) if can_match(fact, item)]
        for r, item in enumerate(response)
    }
    # Group response facts that compete for a gold fact.
    owner: dict[int, int] = {}
    groups: dict[int, list[int]] = {}
    for r in range(len(response)):
        root = next((owner[g] for g in candidates[r] if g in owner), r)
        merged = {root}
        for g in candidates[r]:
            if g in owner and owner[g] != root:
                merged.add(owner[g])
        members = [r]
        for other in merged:
            members.extend(groups.pop(other, []))
        groups[root] = members
        for member in members:
            for g in candidates[member]:
                owner[g] = root
    front: list[Point] = [(0.0, 0.0, 0)]
    for members in groups.values():
        members = sorted(set(members))
        if not any(candidates[r] for r in members):
            front = [(a, b, n + len(members)) for a, b, n in front]
            continue
        options = _group_options(gold, response, members, candidates)
        front = _pareto((a + c, b + d, n + m) for a, b, n in front for c, d, m in options)
    n_gold = sum(1 for fact in gold if not fact.hard)

    def f1(point: Point) -> float:
        return Totals(point[0], point[1], n_gold, point[2]).scores()[2]

    best = max(front, key=f1)
    return Totals(best[0], best[1], n_gold, best[2])


def score_track3(
    gold_dir: Path, response_dir: Path, names: list[str] | None = None
) -> dict[str, tuple[float, float, float]]:
    """`names` limits the score to those documents (default: every one in `gold_dir`)."""
    per_type = {fact_type: Totals() for fact_type in FACT_TYPES}
    overall = Totals()
    for name in document_names(gold_dir) if names is None else names:
        document = read_document(gold_dir, name)
        if document.facts is None:
            continue
        gold = [f for f in document.facts if f.type != "ispartof"]
        response = read_response(response_dir / f"{name}.task3")
        overall.add(score_document(gold, response))
        for fact_type in FACT_TYPES:
            per_type[fact_type].add(
                score_document(
                    [f for f in gold if f.type == fact_type],
                    [f for f in response if f.type == fact_type],
                )
            )
    result = {fact_type: totals.scores() for fact_type, totals in per_type.items()}
    result["overall"] = overall.scores()
    return result
