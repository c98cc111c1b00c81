"""What lists of the store depend on, cheaply: list answers can be cached by clients
(ETag, Last-Modified) and revalidated without running the list's own query."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from concord.store.schema import ClaimRow, ConflictReviewRow, DocumentRow, FactRow


def state_tag(session: Session) -> str:
    """Changes whenever a list could: a document stored (it brings its claims, facts,
    entities and conflicts in the same transaction) or removed, a verdict given. Counts
    and largest ids only, each answered from an index (under a millisecond at 10,000
    documents; the latest ingest time would need a scan of the documents)."""
    documents = session.scalar(select(func.count()).select_from(DocumentRow))
    last_claim = session.scalar(select(func.max(ClaimRow.id)))
    last_fact = session.scalar(select(func.max(FactRow.id)))
    reviews, last_review = session.execute(
        select(func.count(), func.max(ConflictReviewRow.id)).select_from(ConflictReviewRow)
    ).one()
    return f"{documents}.{last_claim}.{last_fact}.{reviews}.{last_review}"


def last_change(session: Session) -> datetime | None:
    """The latest document stored or verdict given (None for an empty store); scans the
    documents' ingest times, so callers ask only when `state_tag` has changed."""
    ingested = session.scalar(select(func.max(DocumentRow.ingested_at)))
    reviewed = session.scalar(
        select(ConflictReviewRow.reviewed_at).order_by(ConflictReviewRow.id.desc()).limit(1)
    )
    moments = [_utc(moment) for moment in (ingested, reviewed) if moment is not None]
    return max(moments, default=None)


def _utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes (stored in UTC); PostgreSQL aware ones."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
