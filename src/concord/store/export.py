"""What an export takes out of the store: facts with every source, their conflicts, and
the entity graph (who met or agreed with whom, weighted by the reports saying so)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from concord.store.database import in_chunks
from concord.store.queries import filter_facts, list_conflicts, list_facts, with_dates
from concord.store.schema import ClaimArgumentRow, ClaimRow, EntityRow, FactClaimRow

EVERYTHING = 10_000_000
GRAPH_TYPES = ("meeting", "agreement")  # facts that join their parties
GRAPH_ENTITIES = ("PER", "ORG")


@dataclass(frozen=True)
class Filters:
    """The same filters as the fact list: type, entity id, outlet."""

    type: str | None = None
    entity: int | None = None
    outlet: str | None = None


def exported_facts(session: Session, filters: Filters) -> list[dict[str, Any]]:
    """Matching facts, oldest first, each with every source (not the first three)."""
    chosen = filter_facts(
        session, filters.type, filters.entity, filters.outlet, limit=EVERYTHING, oldest_first=True
    )
    facts = list_facts(session, fact_ids=[fact["id"] for fact in chosen])
    return with_dates(session, facts)


def exported_conflicts(session: Session, fact_ids: list[int]) -> list[dict[str, Any]]:
    """Every conflict of these facts, whatever its review status."""
    return list_conflicts(session, fact_ids, status="all") if fact_ids else []


@dataclass
class Graph:
    """People and organisations (nodes) joined by meetings and agreements (edges)."""

    nodes: dict[int, dict[str, Any]] = field(default_factory=dict)
    edges: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)


def entity_graph(session: Session, filters: Filters) -> Graph:
    """An edge per pair of parties to the same meeting or agreement; its weight is the
    number of reports (claims) behind those facts, its `facts` how many facts."""
    types = [filters.type] if filters.type in GRAPH_TYPES else list(GRAPH_TYPES)
    if filters.type and filters.type not in GRAPH_TYPES:
        return Graph()
    fact_ids: list[int] = []
    for type_ in types:
        chosen = filter_facts(
            session, type_, filters.entity, filters.outlet, limit=EVERYTHING, oldest_first=True
        )
        fact_ids += [fact["id"] for fact in chosen]
    return graph_of_facts(session, fact_ids)


def graph_of_facts(session: Session, fact_ids: list[int]) -> Graph:
    """The graph drawn by these facts: only meetings and agreements join their parties;
    other facts among them add nothing. Shared by the exports and the story view."""
    parties: dict[int, set[int]] = defaultdict(set)
    kinds: dict[int, str] = {}
    reports: dict[int, int] = {}
    for chunk in in_chunks(fact_ids):
        rows = session.execute(
            select(FactClaimRow.fact_id, ClaimRow.type, ClaimArgumentRow.entity_id)
            .join(ClaimRow, ClaimRow.id == FactClaimRow.claim_id)
            .join(ClaimArgumentRow, ClaimArgumentRow.claim_id == FactClaimRow.claim_id)
            .join(EntityRow, EntityRow.id == ClaimArgumentRow.entity_id)
            .where(
                FactClaimRow.fact_id.in_(chunk),
                ClaimRow.type.in_(GRAPH_TYPES),
                EntityRow.type.in_(GRAPH_ENTITIES),
            )
            .distinct()
        )
        for fact_id, type_, entity_id in rows:
            if entity_id is not None:
                parties[fact_id].add(entity_id)
            kinds[fact_id] = type_
        counted = select(FactClaimRow.fact_id, func.count()).where(FactClaimRow.fact_id.in_(chunk))
        reports.update(
            (fact, number)
            for fact, number in session.execute(counted.group_by(FactClaimRow.fact_id))
        )
    graph = Graph()
    for fact_id, members in parties.items():
        for first, second in combinations(sorted(members), 2):
            edge = graph.edges.setdefault(
                (first, second), {"weight": 0, "facts": 0, "meeting": 0, "agreement": 0}
            )
            edge["weight"] += reports.get(fact_id, 1)
            edge["facts"] += 1
            edge[kinds[fact_id]] += 1
    linked = sorted({entity for pair in graph.edges for entity in pair})
    for entity in session.scalars(select(EntityRow).where(EntityRow.id.in_(linked))):
        graph.nodes[entity.id] = {"name": entity.name, "type": entity.type}
    return graph
