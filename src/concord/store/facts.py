"""Consolidation in the store: the engine's fact repository over the fact tables, so each
new claim joins a fact or starts one in the same transaction as its document."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from concord.claimtype import ClaimType
from concord.claimtypes import CLAIM_TYPES
from concord.fact import ClaimRecord, Conflict, Fact, Value
from concord.resolve.consolidation import (
    CONFLICT_WINDOW,
    RECENT_CLAIMS,
    SOURCES_PER_VALUE,
    WINDOW,
    Filing,
    consolidate,
)
from concord.store.database import (
    insert_ignoring_duplicates,
    insert_or_update,
    limited_rows_per_value,
)
from concord.store.schema import (
    ClaimArgumentRow,
    ClaimRow,
    ConflictRow,
    ConflictValueRow,
    DocumentRow,
    EntityRow,
    FactClaimRow,
    FactKeyRow,
    FactLinkRow,
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


def claims_per_value(session: Session, fact_ids: list[int]) -> list[tuple[int, int]]:
    """(fact, claim): the earliest claim giving each distinct value of each role. Merging
    these yields the same arguments, in the same order, as merging every claim of the
    fact, at a cost bounded by the number of distinct values, not of reports."""
    query = (
        select(FactClaimRow.fact_id, func.min(FactClaimRow.claim_id))
        .join(ClaimArgumentRow, ClaimArgumentRow.claim_id == FactClaimRow.claim_id)
        .where(FactClaimRow.fact_id.in_(fact_ids))
        .group_by(
            FactClaimRow.fact_id,
            ClaimArgumentRow.role,
            ClaimArgumentRow.value,
            ClaimArgumentRow.entity_id,
        )
    )
    return sorted({(fact_id, claim_id) for fact_id, claim_id in session.execute(query)})


class SqlFacts:
    """The fact repository (see resolve.consolidation.FactRepository) over SQL tables:
    each window is read by limited index searches, so a fact told by thousands of
    reports costs no more than one told by a few."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def filed_under(self, keys: set[str]) -> dict[str, list[int]]:
        filed: dict[str, list[int]] = defaultdict(list)
        columns = (FactKeyRow.key, FactKeyRow.fact_id)
        for key, fact_id in limited_rows_per_value(
            self.session, columns, FactKeyRow.key, keys, FactKeyRow.recency, WINDOW
        ):
            filed[key].append(fact_id)
        return filed

    def load_facts(self, fact_ids: set[int]) -> dict[int, Fact]:
        ids = sorted(fact_ids)
        if not ids:
            return {}
        types = dict(
            self.session.execute(select(FactRow.id, FactRow.type).where(FactRow.id.in_(ids))).all()
        )
        recent = claims_per_fact(self.session, ids, RECENT_CLAIMS, latest=True)
        claims = {claim.id: claim for claim in load_claims(self.session, [c for _, c in recent])}
        facts = {fact_id: Fact(fact_id, types[fact_id], []) for fact_id in ids}
        for fact_id, claim_id in sorted(recent, key=lambda row: row[1]):
            facts[fact_id].claims.append(claims[claim_id])
        return facts

    def save(self, filing: Filing) -> None:
        new = filing.new_facts()
        if new:
            ids = self.session.scalars(
                insert(FactRow.__table__).returning(
                    FactRow.__table__.c.id, sort_by_parameter_order=True
                ),
                [{"type": fact.type} for fact in new],
            ).all()
            for fact, fact_id in zip(new, ids, strict=True):
                fact.id = fact_id
        self.session.execute(
            insert(FactClaimRow.__table__),
            [{"claim_id": claim_id, "fact_id": fact.id} for claim_id, fact in filing.claims],
        )
        rows = [
            {"key": key, "fact_id": fact.id, "recency": claim_id}
            for key, fact, claim_id in filing.key_rows()
        ]
        insert_or_update(self.session, FactKeyRow, rows, ["recency"])

    def conflict_view(self, fact_id: int, claim_type: ClaimType) -> Fact:
        """As MemoryFacts.conflict_view: per distinct value of a conflict role, its latest
        claims among the fact's latest ones and those behind recorded disagreements."""
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
        claim_ids = set(self.session.scalars(latest)) | set(self.session.scalars(recorded))
        rank = func.row_number().over(
            partition_by=(ClaimArgumentRow.role, ClaimArgumentRow.value),
            order_by=ClaimArgumentRow.claim_id.desc(),
        )
        ranked = (
            select(ClaimArgumentRow.claim_id, rank.label("rank"))
            .where(
                ClaimArgumentRow.claim_id.in_(claim_ids),
                ClaimArgumentRow.role.in_(claim_type.conflict_roles),
            )
            .subquery()
        )
        chosen = self.session.scalars(
            select(ranked.c.claim_id).where(ranked.c.rank <= SOURCES_PER_VALUE)
        ).all()
        return Fact(fact_id, claim_type.name, load_claims(self.session, chosen))

    def replace_conflicts(self, fact_id: int, found: list[Conflict]) -> None:
        self.session.execute(delete(ConflictRow).where(ConflictRow.fact_id == fact_id))
        if not found:
            return
        conflict_ids = self.session.scalars(
            insert(ConflictRow.__table__).returning(
                ConflictRow.__table__.c.id, sort_by_parameter_order=True
            ),
            [{"fact_id": fact_id, "type": c.type, "role": c.role} for c in found],
        ).all()
        self.session.execute(
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

    def add_links(self, links: set[tuple[int, str, int]]) -> None:
        rows = [
            {"fact_id": fact, "relation": relation, "other_id": other}
            for fact, relation, other in sorted(links)
        ]
        insert_ignoring_duplicates(self.session, FactLinkRow, rows)


def consolidate_claims(session: Session, claim_ids: list[int]) -> set[int]:
    """File newly stored claims under facts; returns the ids of the facts they touched."""
    return consolidate(SqlFacts(session), load_claims(session, claim_ids), CLAIM_TYPES)
