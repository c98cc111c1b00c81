"""What the story view reads: the facts of one entity or of a search, when each was
reported, the places they name, and the who-met-whom graph of those facts."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from concord.store.browse import search_documents
from concord.store.database import in_chunks
from concord.store.export import Graph, graph_of_facts
from concord.store.queries import LISTED_SOURCES, list_facts, with_dates
from concord.store.schema import (
    ClaimArgumentRow,
    ClaimRow,
    DocumentRow,
    EntityRow,
    FactClaimRow,
)

MAX_STORY_FACTS = 300  # a story page stays drawable; the fact list pages show the rest
SEARCHED_DOCUMENTS = 50
PLACE_TYPES = ("LOC", "LOCORG")


def entity_fact_ids(session: Session, entity_id: int) -> list[int]:
    """Facts with a claim naming the entity, oldest first."""
    claims = select(ClaimArgumentRow.claim_id).where(ClaimArgumentRow.entity_id == entity_id)
    query = (
        select(FactClaimRow.fact_id)
        .where(FactClaimRow.claim_id.in_(claims))
        .distinct()
        .order_by(FactClaimRow.fact_id)
        .limit(MAX_STORY_FACTS)
    )
    return list(session.scalars(query))


def searched_fact_ids(session: Session, words: str) -> list[int]:
    """Facts told by the documents the search finds, oldest first."""
    documents = [found["id"] for found in search_documents(session, words, SEARCHED_DOCUMENTS)]
    if not documents:
        return []
    query = (
        select(FactClaimRow.fact_id)
        .join(ClaimRow, ClaimRow.id == FactClaimRow.claim_id)
        .where(ClaimRow.document_id.in_(documents))
        .distinct()
        .order_by(FactClaimRow.fact_id)
        .limit(MAX_STORY_FACTS)
    )
    return list(session.scalars(query))


def story_facts(session: Session, fact_ids: list[int]) -> list[dict[str, Any]]:
    """The facts with their first sources, their date and every reporting day."""
    facts = with_dates(
        session, list_facts(session, fact_ids=fact_ids, sources_per_fact=LISTED_SOURCES)
    )
    reported = reporting_days(session, fact_ids)
    for fact in facts:
        fact["reported"] = reported.get(fact["id"], [])
    return facts


def reporting_days(session: Session, fact_ids: list[int]) -> dict[int, list[str]]:
    """Publication days (YYYY-MM-DD) of every source of each fact, in order."""
    days: dict[int, set[str]] = defaultdict(set)
    for chunk in in_chunks(fact_ids):
        rows = session.execute(
            select(FactClaimRow.fact_id, DocumentRow.published)
            .join(ClaimRow, ClaimRow.id == FactClaimRow.claim_id)
            .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
            .where(FactClaimRow.fact_id.in_(chunk), DocumentRow.published.is_not(None))
            .distinct()
        )
        for fact_id, published in rows:
            if published:
                days[fact_id].add(str(published)[:10])
    return {fact_id: sorted(found) for fact_id, found in days.items()}


def story_places(session: Session, fact_ids: list[int]) -> list[dict[str, Any]]:
    """Places named by the facts' claims, with how many claims name each."""
    counts: dict[int, int] = defaultdict(int)
    names: dict[int, str] = {}
    for chunk in in_chunks(fact_ids):
        rows = session.execute(
            select(EntityRow.id, EntityRow.name, ClaimArgumentRow.claim_id)
            .join(ClaimArgumentRow, ClaimArgumentRow.entity_id == EntityRow.id)
            .join(FactClaimRow, FactClaimRow.claim_id == ClaimArgumentRow.claim_id)
            .where(FactClaimRow.fact_id.in_(chunk), EntityRow.type.in_(PLACE_TYPES))
            .distinct()
        )
        for entity_id, name, _claim in rows:
            counts[entity_id] += 1
            names[entity_id] = name
    return [
        {"id": entity_id, "name": names[entity_id], "claims": counts[entity_id]}
        for entity_id in sorted(counts, key=lambda found: (-counts[found], found))
    ]


def story_graph(session: Session, fact_ids: list[int]) -> Graph:
    """Who met or agreed with whom in these facts — the export's graph, not a copy."""
    return graph_of_facts(session, fact_ids)
