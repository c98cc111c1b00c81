"""What lists of the store depend on, in one cheap query: list answers can be cached by
clients (ETag, Last-Modified) and revalidated without running the list's own query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from concord.store.schema import ClaimRow, ConflictReviewRow, DocumentRow, FactRow


@dataclass(frozen=True)
class StoreState:
    """`tag` changes whenever a list could: a document stored (it brings its claims, facts,
    entities and conflicts in the same transaction) or removed, a verdict given.
    `changed_at` is the latest of those moments (None for an empty store)."""

    tag: str
    changed_at: datetime | None


def store_state(session: Session) -> StoreState:
    documents, ingested = session.execute(
        select(func.count(DocumentRow.id), func.max(DocumentRow.ingested_at))
    ).one()
    reviews, last_review, reviewed = session.execute(
        select(
            func.count(ConflictReviewRow.id),
            func.max(ConflictReviewRow.id),
            func.max(ConflictReviewRow.reviewed_at),
        )
    ).one()
    last_claim = session.scalar(select(func.max(ClaimRow.id)))
    last_fact = session.scalar(select(func.max(FactRow.id)))
    moments = [_utc(moment) for moment in (ingested, reviewed) if moment is not None]
    tag = f"{documents}.{_utc(ingested) if ingested else ''}.{last_claim}.{last_fact}"
    return StoreState(f"{tag}.{reviews}.{last_review}", max(moments, default=None))


def _utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes (stored in UTC); PostgreSQL aware ones."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
