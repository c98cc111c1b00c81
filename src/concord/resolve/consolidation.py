"""The one consolidation engine: claims about one real-world thing become one fact.

Each claim is filed under its type's blocking keys; only facts filed under a shared key
are compared with it (so the cost grows with the corpus, not its square), and of those
only the WINDOW most recently supported ones. The engine decides; a repository keeps the
facts — `MemoryFacts` here for tests and benchmarks, the SQL one in `concord.store` in
production — so what the tests measure is the code that ships.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from concord.claimtype import ClaimType
from concord.fact import ClaimRecord, Conflict, Fact
from concord.resolve.conflicts import conflicts

WINDOW = 32  # facts compared per key: the most recently supported ones
RECENT_CLAIMS = 4  # claims of a stored fact a newcomer is compared with: the latest tell enough
CONFLICT_WINDOW = 256  # latest claims of a fact re-read for conflicts when it grows
SOURCES_PER_VALUE = 5  # claims kept as evidence for each side of a conflict


def claim_keys(claim: ClaimRecord, types: Mapping[str, ClaimType]) -> set[str]:
    return {f"{claim.type}:{key}" for key in types[claim.type].keys(claim)}


def same_thing(fact: Fact, claim: ClaimRecord, types: Mapping[str, ClaimType]) -> bool:
    return fact.type == claim.type and types[claim.type].same(fact, claim)


@dataclass
class Filing:
    """What one consolidate call decided, handed to the repository once every claim is
    matched. Facts are told apart by identity: new ones have no id until saved."""

    facts: dict[int, Fact] = field(default_factory=dict)  # id(fact) -> fact, in first touch
    created: dict[int, int] = field(default_factory=dict)  # id(fact) -> creation order
    added: dict[str, dict[int, Fact]] = field(default_factory=lambda: defaultdict(dict))
    claims: list[tuple[int, Fact]] = field(default_factory=list)  # (claim id, fact)
    recency: dict[tuple[str, int], int] = field(default_factory=dict)  # (key, id(fact))

    def order(self, fact: Fact) -> tuple[int, int]:
        """Stored facts by id, then new ones as they were created (the ids they will get)."""
        created = self.created.get(id(fact))
        return (0, fact.id) if created is None else (1, created)

    def file(self, record: ClaimRecord, fact: Fact, keys: set[str]) -> None:
        if fact.id == 0 and id(fact) not in self.created:
            self.created[id(fact)] = len(self.created)
        self.facts.setdefault(id(fact), fact)
        fact.claims.append(record)
        self.claims.append((record.id, fact))
        for key in keys:
            self.added[key][id(fact)] = fact
            self.recency[(key, id(fact))] = record.id

    def new_facts(self) -> list[Fact]:
        return [self.facts[identity] for identity in self.created]

    def key_rows(self) -> list[tuple[str, Fact, int]]:
        """(key, fact, id of the latest claim filed under it) for the blocking index."""
        return [
            (key, self.facts[identity], claim) for (key, identity), claim in self.recency.items()
        ]


class FactRepository(Protocol):
    def filed_under(self, keys: set[str]) -> dict[str, list[int]]:
        """The WINDOW most recently supported facts under each key."""

    def load_facts(self, fact_ids: set[int]) -> dict[int, Fact]:
        """Facts with their RECENT_CLAIMS latest claims: enough to decide sameness."""

    def save(self, filing: Filing) -> None:
        """Store new facts (giving them ids), memberships and key recency."""

    def conflict_views(self, facts: Mapping[int, ClaimType]) -> dict[int, Fact]:
        """For each fact (id -> its type), the claims its conflicts are computed from
        (see MemoryFacts.conflict_view)."""

    def replace_conflicts(self, found: Mapping[int, list[Conflict]]) -> None:
        """Each fact's conflicts are now exactly those found for it."""

    def add_links(self, links: set[tuple[int, str, int]]) -> None:
        """(fact, relation, other fact) pairs, kept once however often found."""


def consolidate(
    repository: FactRepository, records: Iterable[ClaimRecord], types: Mapping[str, ClaimType]
) -> set[int]:
    """File new claims under facts; returns the ids of the facts they touched.

    The facts filed under the claims' keys are read up front, the claims matched against
    them in memory (and against facts earlier claims of this call started), and the
    outcome saved at once; then the conflicts of every fact that grew are recomputed."""
    records = list(records)
    keys = {record.id: claim_keys(record, types) for record in records}
    filed = repository.filed_under(set().union(*keys.values()))
    stored = repository.load_facts({fact_id for ids in filed.values() for fact_id in ids})
    filing = Filing()
    neighbours: dict[int, dict[int, Fact]] = defaultdict(dict)  # id(fact) -> facts near it
    for record in records:
        candidates: dict[int, Fact] = {}
        for key in keys[record.id]:
            candidates.update((id(stored[i]), stored[i]) for i in filed.get(key, ()))
            candidates.update(filing.added[key])
        fact = next(
            (
                found
                for found in sorted(candidates.values(), key=filing.order)
                if same_thing(found, record, types)
            ),
            None,
        ) or Fact(0, record.type, [])
        filing.file(record, fact, keys[record.id])
        neighbours[id(fact)].update(candidates)
    if records:
        repository.save(filing)
    # a fact told once cannot disagree with itself
    grown = {fact.id: types[fact.type] for fact in filing.facts.values() if len(fact.claims) > 1}
    if grown:
        views = repository.conflict_views(grown)
        repository.replace_conflicts(
            {
                fact_id: conflicts(views[fact_id], claim_type)
                for fact_id, claim_type in grown.items()
            }
        )
    repository.add_links(
        {
            link
            for fact in filing.facts.values()
            for other in neighbours[id(fact)].values()
            for link in related(fact, other, types)
        }
    )
    return {fact.id for fact in filing.facts.values()}


def related(fact: Fact, other: Fact, types: Mapping[str, ClaimType]) -> list[tuple[int, str, int]]:
    """Links between two facts of one type, in either direction, as the type defines them."""
    link = types[fact.type].link
    if link is None or fact is other or fact.id == other.id or fact.type != other.type:
        return []
    found = [(fact.id, relation, other.id) for relation in [link(fact, other)] if relation]
    return found + [(other.id, relation, fact.id) for relation in [link(other, fact)] if relation]


class MemoryFacts:
    """Facts kept in dictionaries, with the same windows the SQL repository reads
    through its indexes."""

    def __init__(self) -> None:
        self.facts: dict[int, Fact] = {}  # every claim of every fact, oldest first
        self.recency: dict[str, dict[int, int]] = defaultdict(dict)  # key -> fact -> claim
        self.conflicts: dict[int, list[Conflict]] = {}
        self.links: set[tuple[int, str, int]] = set()

    def filed_under(self, keys: set[str]) -> dict[str, list[int]]:
        return {
            key: sorted(self.recency[key], key=self.recency[key].__getitem__, reverse=True)[:WINDOW]
            for key in keys
            if key in self.recency
        }

    def load_facts(self, fact_ids: set[int]) -> dict[int, Fact]:
        return {
            fact_id: Fact(
                fact_id, self.facts[fact_id].type, self.facts[fact_id].claims[-RECENT_CLAIMS:]
            )
            for fact_id in fact_ids
        }

    def save(self, filing: Filing) -> None:
        for fact in filing.new_facts():
            fact.id = len(self.facts) + 1
            self.facts[fact.id] = Fact(fact.id, fact.type, [])
        claims = {claim.id: claim for fact in filing.facts.values() for claim in fact.claims}
        for claim_id, fact in filing.claims:
            self.facts[fact.id].claims.append(claims[claim_id])
        for key, fact, claim_id in filing.key_rows():
            self.recency[key][fact.id] = claim_id

    def conflict_view(self, fact_id: int, claim_type: ClaimType) -> Fact:
        """For every distinct value of a role that can conflict, its latest few claims,
        read from the fact's latest claims and the claims behind disagreements already
        recorded: a disagreement is found when its second side arrives, so older claims
        add nothing, and a fact told by thousands costs no more than one told by hundreds."""
        fact = self.facts[fact_id]
        recorded = {
            claim.id
            for conflict in self.conflicts.get(fact_id, [])
            for group in conflict.groups
            for _, claim in group
        }
        pool = {claim.id: claim for claim in fact.claims[-CONFLICT_WINDOW:]}
        pool.update((claim.id, claim) for claim in fact.claims if claim.id in recorded)
        return Fact(fact_id, fact.type, latest_per_value(pool.values(), claim_type.conflict_roles))

    def conflict_views(self, facts: Mapping[int, ClaimType]) -> dict[int, Fact]:
        return {
            fact_id: self.conflict_view(fact_id, claim_type)
            for fact_id, claim_type in facts.items()
        }

    def replace_conflicts(self, found: Mapping[int, list[Conflict]]) -> None:
        self.conflicts.update(found)

    def add_links(self, links: set[tuple[int, str, int]]) -> None:
        self.links |= links

    def all_conflicts(self) -> list[Conflict]:
        return [conflict for found in self.conflicts.values() for conflict in found]


def latest_per_value(claims: Iterable[ClaimRecord], roles: tuple[str, ...]) -> list[ClaimRecord]:
    """The SOURCES_PER_VALUE latest claims giving each distinct (role, value), oldest first."""
    chosen: dict[int, ClaimRecord] = {}
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for claim in sorted(claims, key=lambda claim: claim.id, reverse=True):
        for role in roles:
            for value in {value.text for value in claim.get(role)}:
                if counts[(role, value)] < SOURCES_PER_VALUE:
                    counts[(role, value)] += 1
                    chosen[claim.id] = claim
    return sorted(chosen.values(), key=lambda claim: claim.id)
