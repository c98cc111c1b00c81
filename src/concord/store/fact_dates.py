"""Each fact's date kept in `facts.date`, so that listing facts by date is one indexed
query with paging in SQL instead of deriving every fact's date per request.

A fact's date is the date it states (its type's date roles, in merged order); failing
that, the earliest publication among its sources. Only new claims change either, so the
writer recomputes the date of the facts each batch touched.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from concord.claimtypes import CLAIM_TYPES
from concord.fact import Fact
from concord.resolve.conflicts import merged_args
from concord.store.database import in_chunks
from concord.store.facts import claims_per_value, load_claims
from concord.store.schema import ClaimRow, DocumentRow, FactClaimRow, FactRow


def fact_dates(session: Session, fact_ids: Iterable[int]) -> dict[int, str]:
    """The date of each fact ("" when it states none and no source has a publication)."""
    ids = sorted(set(fact_ids))
    dates: dict[int, str] = {}
    for chunk in in_chunks(ids):
        types = dict(
            session.execute(select(FactRow.id, FactRow.type).where(FactRow.id.in_(chunk))).all()
        )
        pairs = claims_per_value(session, chunk)
        records = {record.id: record for record in load_claims(session, [c for _, c in pairs])}
        claims_of: dict[int, list[int]] = {}
        for fact_id, claim_id in pairs:
            claims_of.setdefault(fact_id, []).append(claim_id)
        published = dict(
            session.execute(
                select(FactClaimRow.fact_id, func.min(DocumentRow.published))
                .join(ClaimRow, ClaimRow.id == FactClaimRow.claim_id)
                .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
                .where(FactClaimRow.fact_id.in_(chunk))
                .group_by(FactClaimRow.fact_id)
            ).all()
        )
        for fact_id, fact_type in types.items():
            fact = Fact(fact_id, fact_type, [records[c] for c in claims_of.get(fact_id, [])])
            args = merged_args(fact)
            stated = [v for role in CLAIM_TYPES[fact_type].date_roles for v in args.get(role, [])]
            dates[fact_id] = (stated or [published.get(fact_id) or ""])[0]
    return dates


def update_fact_dates(session: Session, fact_ids: Iterable[int]) -> None:
    """Recompute and store the date of these facts (inside the caller's transaction)."""
    rows = [
        {"fact_id": fact_id, "date": day or None}
        for fact_id, day in fact_dates(session, fact_ids).items()
    ]
    if rows:
        session.connection().execute(
            update(FactRow.__table__).where(FactRow.__table__.c.id == bindparam("fact_id")),
            rows,
        )
