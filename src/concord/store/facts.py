"""Consolidation in the store: each new claim joins a fact or starts one, in the same
transaction as its document; conflicts of every touched fact are recomputed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, func, insert, select
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
from concord.store.database import insert_or_update, limited_rows_per_value
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
    """(fact, claim) pairs: each fact's first `count` claims, or its latest with `latest`.
    Read by limited index searches, not by ranking all of a fact's claims: a fact in
    every story has tens of thousands."""
    columns = (FactClaimRow.fact_id, FactClaimRow.claim_id)
    return limited_rows_per_value(
        session, columns, FactClaimRow.fact_id, fact_ids, FactClaimRow.claim_id, count, latest
    )


def load_facts(session: Session, fact_ids: Iterable[int]) -> dict[int, Fact]:
    """Facts with their most recent claims: enough to decide sameness, and bounded, so
    a fact told by thousands of reports costs no more than one told by a few. A few
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


def _filed_under(session: Session, keys: set[str]) -> dict[str, list[int]]:
    """The WINDOW most recently supported facts under each key."""
    filed: dict[str, list[int]] = defaultdict(list)
    columns = (FactKeyRow.key, FactKeyRow.fact_id)
    for key, fact_id in limited_rows_per_value(
        session, columns, FactKeyRow.key, keys, FactKeyRow.recency, WINDOW
    ):
        filed[key].append(fact_id)
    return filed


def _store_conflicts(session: Session, fact: Fact) -> None:
    session.execute(delete(ConflictRow).where(ConflictRow.fact_id == fact.id))
    found = conflicts(fact)
    if not found:
        return
    conflict_ids = session.scalars(
        insert(ConflictRow.__table__).returning(
            ConflictRow.__table__.c.id, sort_by_parameter_order=True
        ),
        [{"fact_id": fact.id, "type": fact.type, "role": conflict.role} for conflict in found],
    ).all()
    session.execute(
        insert(ConflictValueRow.__table__),
        [
            {
                "conflict_id": conflict_id,
                "position": position,
                "value": value.text,
                "claim_id": claim.id,
            }
            for conflict, conflict_id in zip(found, conflict_ids, strict=True)
            for position, group in enumerate(conflict.groups)
            for value, claim in group
        ],
    )


@dataclass
class _Filing:
    """What one consolidate call decided, written in bulk once every claim is matched."""

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

    def write(self, session: Session) -> None:
        new = [self.facts[identity] for identity in self.created]
        if new:
            ids = session.scalars(
                insert(FactRow.__table__).returning(
                    FactRow.__table__.c.id, sort_by_parameter_order=True
                ),
                [{"type": fact.type} for fact in new],
            ).all()
            for fact, fact_id in zip(new, ids, strict=True):
                fact.id = fact_id
        session.execute(
            insert(FactClaimRow.__table__),
            [{"claim_id": claim_id, "fact_id": fact.id} for claim_id, fact in self.claims],
        )
        rows = [
            {"key": key, "fact_id": self.facts[identity].id, "recency": claim_id}
            for (key, identity), claim_id in self.recency.items()
        ]
        insert_or_update(session, FactKeyRow, rows, ["recency"])


def consolidate(session: Session, claim_ids: list[int]) -> set[int]:
    """File new claims under facts; returns the ids of the facts they touched.

    The facts filed under the claims' keys are read up front in a few statements, the
    claims matched against them in memory (and against facts earlier claims of this
    call started), and the outcome written in bulk."""
    records = load_claims(session, claim_ids)
    keys = {record.id: claim_keys(record) for record in records}
    filed = _filed_under(session, set().union(*keys.values()))
    stored = load_facts(session, {fact_id for ids in filed.values() for fact_id in ids})
    filing = _Filing()
    for record in records:
        candidates: dict[int, Fact] = {}
        for key in keys[record.id]:
            candidates.update((id(stored[i]), stored[i]) for i in filed.get(key, ()))
            candidates.update(filing.added[key])
        fact = next(
            (f for f in sorted(candidates.values(), key=filing.order) if same_thing(f, record)),
            None,
        ) or Fact(0, record.type, [])
        filing.file(record, fact, keys[record.id])
    if records:
        filing.write(session)
    for fact in filing.facts.values():
        if len(fact.claims) > 1:  # a fact told once cannot disagree with itself
            _store_conflicts(session, conflict_view(session, fact.id, fact.type))
    return {fact.id for fact in filing.facts.values()}
