"""Consolidation in the store: the engine's fact repository over the fact tables, so each
new claim joins a fact or starts one in the same transaction as its document."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

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
    in_chunks,
    insert_ignoring_duplicates,
    insert_or_update,
    insert_returning_ids,
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
        ids = insert_returning_ids(self.session, FactRow, [{"type": fact.type} for fact in new])
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

    def conflict_views(self, facts: Mapping[int, ClaimType]) -> dict[int, Fact]:
        """As MemoryFacts.conflict_view, for every fact at once: per distinct value of a
        conflict role, its latest claims among the fact's latest ones and those behind
        recorded disagreements. A few statements per batch, not six per fact."""
        ids = sorted(facts)
        pools: dict[int, set[int]] = defaultdict(set)
        for fact_id, claim_id in claims_per_fact(self.session, ids, CONFLICT_WINDOW, latest=True):
            pools[fact_id].add(claim_id)
        for chunk in in_chunks(ids):
            recorded = (
                select(ConflictRow.fact_id, ConflictValueRow.claim_id)
                .join(ConflictRow, ConflictRow.id == ConflictValueRow.conflict_id)
                .where(ConflictRow.fact_id.in_(chunk))
            )
            for fact_id, claim_id in self.session.execute(recorded):
                pools[fact_id].add(claim_id)
        chosen = _latest_per_value(self.session, facts, pools)
        wanted = {claim_id for claim_ids in chosen.values() for claim_id in claim_ids}
        records = {claim.id: claim for claim in load_claims(self.session, wanted)}
        return {
            fact_id: Fact(
                fact_id,
                facts[fact_id].name,
                [records[claim_id] for claim_id in sorted(chosen.get(fact_id, ()))],
            )
            for fact_id in ids
        }

    def replace_conflicts(self, found: Mapping[int, list[Conflict]]) -> None:
        """One delete for all the facts, then their conflicts in the order given."""
        for chunk in in_chunks(list(found)):
            self.session.execute(delete(ConflictRow).where(ConflictRow.fact_id.in_(chunk)))
        listed = [(fact_id, conflict) for fact_id, same in found.items() for conflict in same]
        if not listed:
            return
        conflict_ids = insert_returning_ids(
            self.session,
            ConflictRow,
            [{"fact_id": fact_id, "type": c.type, "role": c.role} for fact_id, c in listed],
        )
        self.session.execute(
            insert(ConflictValueRow.__table__),
            [
                {
                    "conflict_id": conflict_id,
                    "position": position,
                    "value": value.text,
                    "claim_id": claim.id,
                }
                for (_, conflict), conflict_id in zip(listed, conflict_ids, strict=True)
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


def _latest_per_value(
    session: Session, facts: Mapping[int, ClaimType], pools: Mapping[int, set[int]]
) -> dict[int, set[int]]:
    """For each fact, among the claims of its pool: for each (conflict role, value) of its
    type, the SOURCES_PER_VALUE latest argument rows' claims (a claim giving one value
    twice counts twice, as a ranking of the rows would)."""
    facts_of: dict[int, list[int]] = defaultdict(list)
    for fact_id, claim_ids in pools.items():
        for claim_id in claim_ids:
            facts_of[claim_id].append(fact_id)
    roles = sorted({role for claim_type in facts.values() for role in claim_type.conflict_roles})
    rows: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    for chunk in in_chunks(sorted(facts_of)):
        arguments = select(
            ClaimArgumentRow.claim_id, ClaimArgumentRow.role, ClaimArgumentRow.value
        ).where(ClaimArgumentRow.claim_id.in_(chunk), ClaimArgumentRow.role.in_(roles))
        for claim_id, role, value in session.execute(arguments):
            for fact_id in facts_of[claim_id]:
                if role in facts[fact_id].conflict_roles:
                    rows[(fact_id, role, value)].append(claim_id)
    chosen: dict[int, set[int]] = defaultdict(set)
    for (fact_id, _, _), giving in rows.items():
        chosen[fact_id].update(sorted(giving, reverse=True)[:SOURCES_PER_VALUE])
    return chosen


def consolidate_claims(session: Session, claim_ids: list[int]) -> set[int]:
    """File newly stored claims under facts; returns the ids of the facts they touched."""
    return consolidate(SqlFacts(session), load_claims(session, claim_ids), CLAIM_TYPES)
