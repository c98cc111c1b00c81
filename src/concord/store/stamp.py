"""A cheap version stamp of the store: it changes whenever a read could answer differently.

Every write to the store is one of four kinds: a document stored (one transaction adding a
document row, with its claims, entities, facts and recomputed conflicts), a verdict on a
conflict (one new conflict_reviews row), entities merged by hand (one new entity_merges
row per entity merged; a merge by a report comes with its document, and logs too), or a
merge undone (one new entities_apart row: the pair kept apart). Rows
are never updated without one of these, and documents are never deleted, so the number of
documents and the newest id of each table a write adds to tell apart every state a reader
can see. (A manual merge changes neither of the others: re-filed facts take their old ids
back and the survivor is the older entity, so without the merges' id a cached page would
show the entities before it.) Each part is one index
lookup (the count walks the smallest index of 10,000s of rows: well under a millisecond).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import NamedTuple

from sqlalchemy import Dialect, func, select
from sqlalchemy.orm import Session

from concord.store.schema import (
    ClaimRow,
    ConflictReviewRow,
    ConflictRow,
    DocumentRow,
    EntitiesApartRow,
    EntityMergeRow,
    EntityRow,
    FactRow,
)

_STAMP = "concord stamp"  # the session.info key of the transaction's stamp


class Stamp(NamedTuple):
    documents: int  # how many
    claims: int  # the newest id of each table a write adds to
    facts: int
    entities: int
    conflicts: int
    reviews: int  # the newest verdict on a conflict
    merges: int  # the newest entity merge
    apart: int  # the newest merge undone (a pair kept apart)


# Built once: composing this statement cost more than running it, on every request.
_STAMP_QUERY = select(
    select(func.count()).select_from(DocumentRow).scalar_subquery(),
    *(
        select(func.max(row.id)).scalar_subquery()
        for row in (
            ClaimRow,
            FactRow,
            EntityRow,
            ConflictRow,
            ConflictReviewRow,
            EntityMergeRow,
            EntitiesApartRow,
        )
    ),
)


_STAMP_SQL: dict[str, str] = {}  # per kind of database


def _stamp_sql(dialect: Dialect) -> str:
    """The statement as its database reads it: run as text, it skips the ORM's work."""
    if dialect.name not in _STAMP_SQL:
        _STAMP_SQL[dialect.name] = str(_STAMP_QUERY.compile(dialect=dialect))
    return _STAMP_SQL[dialect.name]


def store_stamp(session: Session) -> Stamp:
    """The stamp as the session's transaction sees the store, read once per transaction
    (a request's freshness check and its answer share one). Read it before the data it
    keys: a write landing in between then costs one more computation, never a stale answer."""
    transaction = session.get_transaction()
    known = session.info.get(_STAMP)
    if transaction is not None and known is not None and known[0] is transaction:
        return known[1]
    found = session.connection().exec_driver_sql(_stamp_sql(session.get_bind().dialect)).one()
    stamp = Stamp(*(value or 0 for value in found))
    session.info[_STAMP] = (session.get_transaction(), stamp)
    return stamp


def stamp_text(stamp: Stamp) -> str:
    return ".".join(str(part) for part in stamp)


def last_change(session: Session) -> datetime | None:
    """The latest document stored, verdict given, entities merged or merge undone (None for an empty
    store); scans the documents' ingest times, so callers ask only when the stamp has
    changed."""
    ingested = session.scalar(select(func.max(DocumentRow.ingested_at)))
    reviewed = session.scalar(
        select(ConflictReviewRow.reviewed_at).order_by(ConflictReviewRow.id.desc()).limit(1)
    )
    merged = session.scalar(
        select(EntityMergeRow.merged_at).order_by(EntityMergeRow.id.desc()).limit(1)
    )
    parted = session.scalar(
        select(EntitiesApartRow.decided_at).order_by(EntitiesApartRow.id.desc()).limit(1)
    )
    moments = [
        utc(moment) for moment in (ingested, reviewed, merged, parted) if moment is not None
    ]
    return max(moments, default=None)


def utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes (stored in UTC); PostgreSQL aware ones."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
