"""Consolidation in the store: each new claim joins a fact or starts one, in the same
transaction as its document; conflicts of every touched fact are recomputed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from concord.resolve.facts import (
    CONFLICT_ROLES,
    WINDOW,
    ClaimRecord,
    Fact,
    claim_keys,
    conflicts,
    same_thing,
)
from concord.resolve.values import Value
from concord.store.schema import (
    ClaimArgumentRow,
    ClaimRow,
    ConflictRow,
    ConflictValueRow,
    DocumentRow,
    EntityRow,
    FactClaimRow,
    FactKeyRow,
    FactRow,
)


def load_claims(session: Session, claim_ids: Iterable[int]) -> list[ClaimRecord]:
    ids = sorted(set(claim_ids))
    if not ids:
        return []
    rows = session.execute(
        select(
            ClaimRow.id,
            ClaimRow.type,
            ClaimRow.document_id,
            DocumentRow.published,
            ClaimRow.modality,
            ClaimRow.sentence_start,
        )
        .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
        .where(ClaimRow.id.in_(ids))
        .order_by(ClaimRow.id)  # claims are filed in the order they were stored, on any database
    ).all()
    arguments: dict[int, dict[str, list[Value]]] = defaultdict(dict)
    query = (
        select(
            ClaimArgumentRow.claim_id,
            ClaimArgumentRow.role,
            ClaimArgumentRow.value,
            ClaimArgumentRow.entity_id,
            EntityRow.type,
            EntityRow.name,
        )
        .outerjoin(EntityRow, EntityRow.id == ClaimArgumentRow.entity_id)
        .where(ClaimArgumentRow.claim_id.in_(ids))
        .order_by(ClaimArgumentRow.claim_id, ClaimArgumentRow.position)
    )
    for claim_id, role, value, entity_id, entity_type, entity_name in session.execute(query):
        found = Value(entity_name or value, entity_id, entity_type)
        arguments[claim_id].setdefault(role, []).append(found)
    return [
        ClaimRecord(
            claim_id,
            type_,
            document_id,
            published,
            arguments[claim_id],
            modality,
            headline=sentence_start == 0,
        )
        for claim_id, type_, document_id, published, modality, sentence_start in rows
    ]


RECENT_CLAIMS = 4  # claims of a fact a newcomer is compared with: the latest tell enough
SOURCES_PER_VALUE = 5  # claims kept as evidence for each side of a conflict
CONFLICT_WINDOW = 256  # latest claims of a fact re-read for conflicts when it grows


def claims_per_fact(
    session: Session, fact_ids: Iterable[int], count: int, latest: bool = False
) -> list[tuple[int, int]]:
    """(fact, claim) pairs: each fact's first `count` claims, or its latest with `latest`,
    in one statement for any number of facts."""
    order = FactClaimRow.claim_id.desc() if latest else FactClaimRow.claim_id
    rank = func.row_number().over(partition_by=FactClaimRow.fact_id, order_by=order)
    ranked = (
        select(FactClaimRow.fact_id, FactClaimRow.claim_id, rank.label("rank"))
        .where(FactClaimRow.fact_id.in_(list(fact_ids)))
        .subquery()
    )
    query = select(ranked.c.fact_id, ranked.c.claim_id).where(ranked.c.rank <= count)
    return [(fact_id, claim_id) for fact_id, claim_id in session.execute(query)]


def load_facts(session: Session, fact_ids: Iterable[int]) -> dict[int, Fact]:
    """Facts with their most recent claims: enough to decide sameness, and bounded, so
    a fact told by thousands of reports costs no more than one told by a few. Three
    statements for any number of facts."""
    ids = sorted(set(fact_ids))
    if not ids:
        return {}
    types = dict(session.execute(select(FactRow.id, FactRow.type).where(FactRow.id.in_(ids))).all())
    recent = claims_per_fact(session, ids, RECENT_CLAIMS, latest=True)
    claims = {claim.id: claim for claim in load_claims(session, [c for _, c in recent])}
    facts = {fact_id: Fact(fact_id, types[fact_id], []) for fact_id in ids}
    for fact_id, claim_id in sorted(recent, key=lambda row: row[1]):
        facts[fact_id].claims.append(claims[claim_id])
    return facts


def conflict_view(session: Session, fact_id: int, fact_type: str) -> Fact:
    """For every distinct value of a role that can conflict, its latest few claims, read
    from the fact's latest claims and the claims behind disagreements already recorded.
    A disagreement is found when its second side arrives, so older claims add nothing,
    and a fact told by thousands of reports costs no more than one told by hundreds."""
    roles = CONFLICT_ROLES.get(fact_type, ())
    latest = (
        select(FactClaimRow.claim_id)
        .where(FactClaimRow.fact_id == fact_id)
        .order_by(FactClaimRow.claim_id.desc())
        .limit(CONFLICT_WINDOW)
    )
    recorded = (
        select(ConflictValueRow.claim_id)
        .join(ConflictRow, ConflictRow.id == ConflictValueRow.conflict_id)
        .where(ConflictRow.fact_id == fact_id)
    )
    claim_ids = set(session.scalars(latest)) | set(session.scalars(recorded))
    rank = func.row_number().over(
        partition_by=(ClaimArgumentRow.role, ClaimArgumentRow.value),
        order_by=ClaimArgumentRow.claim_id.desc(),
    )
    ranked = (
        select(ClaimArgumentRow.claim_id, rank.label("rank"))
        .where(ClaimArgumentRow.claim_id.in_(claim_ids), ClaimArgumentRow.role.in_(roles))
        .subquery()
    )
    chosen = session.scalars(
        select(ranked.c.claim_id).where(ranked.c.rank <= SOURCES_PER_VALUE)
    ).all()
    return Fact(fact_id, fact_type, load_claims(session, chosen))


def _candidates(session: Session, keys: set[str]) -> list[int]:
    found: set[int] = set()
    for key in keys:
        query = (
            select(FactKeyRow.fact_id)
            .where(FactKeyRow.key == key)
            .order_by(FactKeyRow.recency.desc())
            .limit(WINDOW)
        )
        found.update(session.scalars(query))
    return sorted(found)


def _store_conflicts(session: Session, fact: Fact) -> None:
    session.execute(delete(ConflictRow).where(ConflictRow.fact_id == fact.id))
    for conflict in conflicts(fact):
        row = ConflictRow(fact_id=fact.id, type=fact.type, role=conflict.role)
        session.add(row)
        session.flush()
        for position, group in enumerate(conflict.groups):
            for value, claim in group:
                session.add(
                    ConflictValueRow(
                        conflict_id=row.id, position=position, value=value.text, claim_id=claim.id
                    )
                )


def consolidate(session: Session, claim_ids: list[int]) -> set[int]:
    """File new claims under facts; returns the ids of the facts they touched."""
    touched: dict[int, Fact] = {}
    for record in load_claims(session, claim_ids):
        keys = claim_keys(record)
        candidates = _candidates(session, keys)
        loaded = load_facts(session, [c for c in candidates if c not in touched])
        fact = None
        for fact_id in candidates:
            candidate = touched.get(fact_id) or loaded[fact_id]
            if same_thing(candidate, record):
                fact = candidate
                break
        if fact is None:
            row = FactRow(type=record.type)
            session.add(row)
            session.flush()
            fact = Fact(row.id, record.type, [])
        fact.claims.append(record)
        touched[fact.id] = fact
        session.add(FactClaimRow(claim_id=record.id, fact_id=fact.id))
        for key in keys:
            filed = session.get(FactKeyRow, (key, fact.id))
            if filed is None:
                session.add(FactKeyRow(key=key, fact_id=fact.id, recency=record.id))
            else:
                filed.recency = record.id
        session.flush()
    for fact in touched.values():
        if len(fact.claims) > 1:  # a fact told once cannot disagree with itself
            _store_conflicts(session, conflict_view(session, fact.id, fact.type))
    return set(touched)
