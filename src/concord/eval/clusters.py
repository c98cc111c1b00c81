"""Event coreference and conflicts on written multi-outlet stories (`concord eval clusters`).

A story is `<name>.jsonl` (the reports) beside `<name>.gold.json`:
    {"events": [{"id", "type", "part_of", "mentions": [{"url", "evidence"}]}],
     "conflicts": [{"event", "role", "values"}],
     "entities": [{"id", "type", "names"}]}   (optional; names in any language)
Each gold mention is a sentence of one report (`evidence` is an exact substring of it).
The story is ingested into a fresh store by the normal path; a gold mention's system
cluster is the fact holding a claim of the event's type whose evidence sentence, in the
report with that url, contains the mention's evidence. A mention no claim matches is a
system singleton (a miss). Only gold mentions are scored (the gold-mention setting):
system claims no gold mention points at neither help nor hurt coreference, but a
conflict on a fact that maps to no gold event is counted as false.

Entity merges are scored over pairs of gold names written in different scripts (Latin
and Cyrillic): a pair is merged when one store entity carries both names (as its name
or an alias). Recall: gold pairs of one entity merged; precision: merged pairs that are
gold pairs of one entity.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from concord.eval.coreference import CoreferenceScores, best_assignment, score_clusterings

Mention = tuple[str, int]  # (story, index of the mention in the story's gold)


class GoldError(ValueError):
    """A gold file that cannot be scored; the message names the file."""


@dataclass(frozen=True)
class GoldMention:
    event: str
    type: str
    url: str
    evidence: str


@dataclass
class Gold:
    events: dict[str, dict[str, Any]]
    mentions: list[GoldMention]
    conflicts: list[tuple[str, str]]
    entities: dict[str, tuple[str, ...]] = field(default_factory=dict)  # id -> names


def read_gold(path: Path) -> Gold:
    """The gold file's events, mentions in file order and (event, role) conflicts."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldError(f"{path}: cannot read gold ({error})") from error
    events: dict[str, dict[str, Any]] = {}
    mentions: list[GoldMention] = []
    for event in data.get("events", []):
        identifier = event.get("id")
        if not identifier or identifier in events:
            raise GoldError(f"{path}: event without an id, or a repeated id: {identifier!r}")
        events[identifier] = event
        for mention in event.get("mentions", []):
            if not mention.get("url") or not mention.get("evidence"):
                raise GoldError(f"{path}: a mention of {identifier!r} lacks url or evidence")
            mentions.append(
                GoldMention(identifier, event["type"], mention["url"], mention["evidence"])
            )
    for event in events.values():
        if event.get("part_of") is not None and event["part_of"] not in events:
            raise GoldError(f"{path}: {event['id']!r} is part_of unknown {event['part_of']!r}")
    conflicts = []
    for conflict in data.get("conflicts", []):
        if conflict.get("event") not in events or not conflict.get("role"):
            raise GoldError(f"{path}: conflict on unknown event or without role: {conflict}")
        conflicts.append((conflict["event"], conflict["role"]))
    entities: dict[str, tuple[str, ...]] = {}
    for entity in data.get("entities", []):
        names = entity.get("names")
        if not entity.get("id") or entity["id"] in entities or not names:
            raise GoldError(f"{path}: entity without id or names, or a repeated id: {entity}")
        entities[entity["id"]] = tuple(names)
    return Gold(events, mentions, conflicts, entities)


@dataclass
class SystemOutput:
    """What the store holds for a story: facts, conflicts and each document's url."""

    facts: list[dict[str, Any]]
    conflicts: list[dict[str, Any]]
    urls: dict[str, str]  # document id -> url
    entities: list[dict[str, Any]] = field(default_factory=list)


def run_concord(reports: Path) -> SystemOutput:
    """Ingest the story into a fresh SQLite store in a temporary folder and read it back."""
    from concord.api import Store

    with tempfile.TemporaryDirectory(prefix="concord-clusters-") as folder:
        failures: list[str] = []
        with Store(f"sqlite:///{Path(folder) / 'story.db'}") as store:
            store.ingest(
                [reports], report_error=lambda where, why: failures.append(f"{where}: {why}")
            )
            if failures:
                raise GoldError(f"{reports}: not every report was read: {'; '.join(failures)}")
            facts = store.facts()
            conflicts = store.conflicts()
            entities = store.entities()
            urls: dict[str, str] = {}
            for document in {source["doc"] for fact in facts for source in fact["sources"]}:
                shown = store.document(document)
                if shown is not None and shown.get("url"):
                    urls[document] = shown["url"]
    return SystemOutput(facts, conflicts, urls, entities)


def align_mentions(gold: Gold, system: SystemOutput) -> list[int | None]:
    """The fact each gold mention lands in (None: no claim of its type in its sentence).

    A sentence can hold claims of one type from several facts (a bilateral meeting "on
    the margins" of a summit). The gold mentions of such a sentence are paired one-to-one
    with its facts so that as many as possible land where the other mentions of their
    event already landed (ties: lower fact ids); mentions left over take their event's
    most used candidate. A lenient, deterministic alignment."""
    candidates: list[tuple[int, ...]] = []
    for mention in gold.mentions:
        found = {
            fact["id"]
            for fact in system.facts
            if fact["type"] == mention.type
            for source in fact["sources"]
            if system.urls.get(source["doc"]) == mention.url and mention.evidence in source["text"]
        }
        candidates.append(tuple(sorted(found)))
    assigned: list[int | None] = [c[0] if len(c) == 1 else None for c in candidates]
    landed: dict[str, Counter[int]] = defaultdict(Counter)
    for mention, fact in zip(gold.mentions, assigned, strict=True):
        if fact is not None:
            landed[mention.event][fact] += 1
    shared: dict[tuple[str, tuple[int, ...]], list[int]] = defaultdict(list)
    for index, mention in enumerate(gold.mentions):
        if len(candidates[index]) > 1:
            shared[(mention.url, candidates[index])].append(index)
    for (_, facts), indexes in shared.items():
        weights = [
            [1 + landed[gold.mentions[i].event][fact] - position / (len(facts) + 1) ** 2
             for position, fact in enumerate(facts)]
            for i in indexes
        ]  # fmt: skip
        for row, column in best_assignment(weights):
            assigned[indexes[row]] = facts[column]
        for index in indexes:
            if assigned[index] is None:
                counted = landed[gold.mentions[index].event]
                assigned[index] = min(facts, key=lambda fact: (-counted[fact], fact))
    return assigned


def clusterings(
    story: str, gold: Gold, assigned: list[int | None]
) -> tuple[list[set[Mention]], list[set[Mention]]]:
    """Key clusters (gold events) and response clusters (facts; misses alone)."""
    key: dict[str, set[Mention]] = defaultdict(set)
    response: dict[object, set[Mention]] = defaultdict(set)
    for index, (mention, fact) in enumerate(zip(gold.mentions, assigned, strict=True)):
        key[mention.event].add((story, index))
        response[fact if fact is not None else ("miss", index)].add((story, index))
    return list(key.values()), list(response.values())


@dataclass
class ConflictCounts:
    """Conflict matching by (event, role): gold found, system right, system on no event."""

    gold: int = 0
    found: int = 0
    system: int = 0
    right: int = 0
    false: int = 0
    details: list[str] = field(default_factory=list)

    def add(self, other: ConflictCounts) -> None:
        self.gold += other.gold
        self.found += other.found
        self.system += other.system
        self.right += other.right
        self.false += other.false

    @property
    def precision(self) -> float:
        return self.right / self.system if self.system else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


def fact_events(gold: Gold, assigned: list[int | None]) -> dict[int, str]:
    """Each fact's gold event: the one most of its matched mentions belong to (ties: the
    event listed first in the gold file)."""
    order = {event: position for position, event in enumerate(gold.events)}
    votes: dict[int, Counter[str]] = defaultdict(Counter)
    for mention, fact in zip(gold.mentions, assigned, strict=True):
        if fact is not None:
            votes[fact][mention.event] += 1
    return {
        fact: min(counted, key=lambda event: (-counted[event], order[event]))
        for fact, counted in votes.items()
    }


def score_conflicts(
    gold: Gold, system_conflicts: list[dict[str, Any]], events_of_facts: dict[int, str]
) -> ConflictCounts:
    counts = ConflictCounts(gold=len(set(gold.conflicts)), system=len(system_conflicts))
    wanted = set(gold.conflicts)
    found: set[tuple[str, str]] = set()
    for conflict in system_conflicts:
        event = events_of_facts.get(conflict["fact"])
        values = " | ".join(str(value["value"]) for value in conflict["values"])
        if event is None:
            counts.false += 1
            verdict = "false (no gold event)"
        elif (event, conflict["role"]) in wanted:
            counts.right += 1
            found.add((event, conflict["role"]))
            verdict = f"right ({event})"
        else:
            verdict = f"wrong ({event})"
        counts.details.append(f"fact {conflict['fact']} {conflict['role']}: {values} -> {verdict}")
    counts.found = len(found)
    return counts


def script(name: str) -> str:
    """"cyrillic" or "latin": which side of a cross-language pair a name is on."""
    return "cyrillic" if any("\u0400" <= letter <= "\u04ff" for letter in name) else "latin"


@dataclass
class MergeCounts:
    """Cross-script name pairs: gold pairs of one entity, merged by the store, both."""

    gold: int = 0
    merged: int = 0
    right: int = 0
    details: list[str] = field(default_factory=list)

    def add(self, other: MergeCounts) -> None:
        self.gold += other.gold
        self.merged += other.merged
        self.right += other.right

    @property
    def precision(self) -> float:
        return self.right / self.merged if self.merged else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0


def score_entity_merges(gold: Gold, system_entities: list[dict[str, Any]]) -> MergeCounts:
    holders: dict[str, set[int]] = defaultdict(set)  # lower-cased name -> store entities
    for entity in system_entities:
        for name in [entity["name"], *entity.get("aliases", [])]:
            holders[name.casefold()].add(entity["id"])
    named = [(identifier, name) for identifier, names in gold.entities.items() for name in names]
    counts = MergeCounts()
    for position, (identifier, name) in enumerate(named):
        for other_entity, other in named[position + 1 :]:
            if script(name) == script(other):
                continue
            one_entity = identifier == other_entity
            merged = bool(holders[name.casefold()] & holders[other.casefold()])
            counts.gold += one_entity
            counts.merged += merged
            counts.right += one_entity and merged
            if one_entity != merged:
                verdict = "not merged" if one_entity else "wrongly merged"
                counts.details.append(f"{name} ~ {other}: {verdict}")
    return counts


@dataclass
class StoryResult:
    name: str
    reports: int
    mentions: int
    missed: int
    key: list[set[Mention]]
    response: list[set[Mention]]
    scores: CoreferenceScores
    conflicts: ConflictCounts
    landing: dict[str, list[int | None]]  # gold event -> the fact of each of its mentions
    merges: MergeCounts = field(default_factory=MergeCounts)


def score_story(reports: Path) -> StoryResult:
    """Ingest one story and score its event clusters and conflicts against its gold."""
    name = reports.name.removesuffix(".jsonl")
    gold = read_gold(reports.with_name(f"{name}.gold.json"))
    system = run_concord(reports)
    assigned = align_mentions(gold, system)
    key, response = clusterings(name, gold, assigned)
    count = sum(1 for line in reports.read_text(encoding="utf-8").splitlines() if line.strip())
    return StoryResult(
        name=name,
        reports=count,
        mentions=len(gold.mentions),
        missed=sum(1 for fact in assigned if fact is None),
        key=key,
        response=response,
        scores=score_clusterings(key, response),
        conflicts=score_conflicts(gold, system.conflicts, fact_events(gold, assigned)),
        landing=landing(gold, assigned),
        merges=score_entity_merges(gold, system.entities),
    )


def landing(gold: Gold, assigned: list[int | None]) -> dict[str, list[int | None]]:
    landed: dict[str, list[int | None]] = {event: [] for event in gold.events}
    for mention, fact in zip(gold.mentions, assigned, strict=True):
        landed[mention.event].append(fact)
    return landed


def format_details(result: StoryResult) -> str:
    """Where each gold event's mentions landed (fact ids, '-' for a miss) and every
    system conflict with its verdict: what to read when a figure moves."""
    lines = [f"{result.name}:"]
    for event, facts in result.landing.items():
        shown = " ".join("-" if fact is None else str(fact) for fact in facts)
        lines.append(f"  {event:<36}{shown}")
    lines += [f"  conflict {detail}" for detail in result.conflicts.details]
    lines += [f"  entities {detail}" for detail in result.merges.details]
    return "\n".join(lines)


def stories(folder: Path) -> list[Path]:
    """Every `<story>.jsonl` in the folder that has a `<story>.gold.json` beside it."""
    found = sorted(p for p in folder.glob("*.jsonl") if p.with_name(p.stem + ".gold.json").exists())
    if not found:
        raise GoldError(f"{folder}: no <story>.jsonl with a <story>.gold.json beside it")
    return found


def overall(
    results: Iterable[StoryResult],
) -> tuple[CoreferenceScores, ConflictCounts, MergeCounts]:
    """Micro-average: the stories' mentions scored as one clustering (mention ids carry
    the story, so no cluster spans two stories), conflicts and name pairs summed."""
    key: list[set[Mention]] = []
    response: list[set[Mention]] = []
    conflicts = ConflictCounts()
    merges = MergeCounts()
    for result in results:
        key += result.key
        response += result.response
        conflicts.add(result.conflicts)
        merges.add(result.merges)
    return score_clusterings(key, response), conflicts, merges


def format_table(results: list[StoryResult]) -> str:
    """One row per story and one for all: R/P/F1 of each measure, CoNLL, conflicts."""
    header = (
        f"{'story':<34}{'docs':>5}{'ment':>5}{'miss':>5}"
        f"{'MUC R/P/F1':>19}{'B3 R/P/F1':>19}{'CEAF-e R/P/F1':>19}{'CoNLL':>7}"
        f"{'conf P':>8}{'conf R':>8}{'sys':>5}{'false':>6}{'ent P/R':>12}"
    )

    def row(name: str, docs: int, mentions: int, missed: int, scores: CoreferenceScores,
            conflicts: ConflictCounts, merges: MergeCounts) -> str:  # fmt: skip
        measures = "".join(
            f"{m.recall:7.3f}{m.precision:6.3f}{m.f1:6.3f}"
            for m in (scores.muc, scores.b_cubed, scores.ceaf_e)
        )
        return (
            f"{name:<34}{docs:>5}{mentions:>5}{missed:>5}{measures}{scores.conll:7.3f}"
            f"{conflicts.precision:8.3f}{conflicts.recall:8.3f}{conflicts.system:>5}"
            f"{conflicts.false:>6}"
            + (f"{merges.precision:6.3f}{merges.recall:6.3f}" if merges.gold else f"{'-':>12}")
        )

    lines = [header]
    for result in results:
        lines.append(row(result.name, result.reports, result.mentions, result.missed,
                         result.scores, result.conflicts, result.merges))  # fmt: skip
    scores, conflicts, merges = overall(results)
    lines.append(row("overall (micro)", sum(r.reports for r in results),
                     sum(r.mentions for r in results), sum(r.missed for r in results),
                     scores, conflicts, merges))  # fmt: skip
    return "\n".join(lines)
