"""Users settle conflicts: a verdict (confirmed, dismissed, or open again) with a note.

Verdicts live in their own table, keyed by fact and role, because consolidation deletes
and re-inserts a fact's conflict rows whenever the fact grows. Each verdict records the
values it was given on; it stays in force while every side of the conflict is one of
them (more sources agreeing with a side change nothing), and a new disagreeing value
opens the conflict again, the old verdict kept as history."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from concord.store.database import in_chunks, take_write_lock
from concord.store.schema import ConflictReviewRow, ConflictRow, ConflictValueRow

STATUSES = ("open", "confirmed", "dismissed")
SHOWN_BY_DEFAULT = frozenset({"open", "confirmed"})  # dismissed ones are hidden unless asked
STATUS_FILTERS = (*STATUSES, "all")
MAX_NOTE = 2000
MAX_REVIEWER = 100

Sides = list[list[str]]  # each side of a conflict: the value texts that give it


class InvalidReview(ValueError):
    """A verdict, note or status filter this store does not accept."""


class ConflictNotFound(LookupError):
    """No conflict in that role of that fact (perhaps no longer: sources now agree)."""


def shown_statuses(status: str | None) -> frozenset[str]:
    """The statuses a listing asked for `status` shows: None hides dismissed conflicts."""
    if status is None:
        return SHOWN_BY_DEFAULT
    if status == "all":
        return frozenset(STATUSES)
    if status in STATUSES:
        return frozenset({status})
    raise InvalidReview(f"unknown conflict status {status!r}; expected one of {STATUS_FILTERS}")


def conflict_sides(session: Session, conflict_ids: Iterable[int]) -> dict[int, Sides]:
    """The value texts of each side of each conflict, sides in their stored order."""
    ids = sorted(set(conflict_ids))
    positions: dict[int, dict[int, list[str]]] = defaultdict(dict)
    for chunk in in_chunks(ids):
        query = (
            select(ConflictValueRow.conflict_id, ConflictValueRow.position, ConflictValueRow.value)
            .where(ConflictValueRow.conflict_id.in_(chunk))
            .order_by(ConflictValueRow.id)
        )
        for conflict_id, position, value in session.execute(query):
            texts = positions[conflict_id].setdefault(position, [])
            if value not in texts:
                texts.append(value)
    return {
        conflict_id: [sides[position] for position in sorted(sides)]
        for conflict_id, sides in positions.items()
    }


def reviews_of(
    session: Session, fact_ids: Iterable[int] | None = None
) -> dict[tuple[int, str], list[ConflictReviewRow]]:
    """Every verdict per (fact, role), newest first; of the given facts, or of all."""
    query = select(ConflictReviewRow).order_by(ConflictReviewRow.id.desc())
    found: dict[tuple[int, str], list[ConflictReviewRow]] = defaultdict(list)
    if fact_ids is None:
        rows: list[ConflictReviewRow] = list(session.scalars(query))
    else:
        ids = sorted(set(fact_ids))
        rows = []
        for chunk in in_chunks(ids):
            rows += session.scalars(query.where(ConflictReviewRow.fact_id.in_(chunk)))
        rows.sort(key=lambda row: -row.id)
    for row in rows:
        found[(row.fact_id, row.role)].append(row)
    return found


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def in_force(review: ConflictReviewRow, sides: Sides) -> bool:
    """True while every side of the conflict gives a value the verdict was made on."""
    known = {_folded(text) for side in json.loads(review.reviewed_values) for text in side}
    return all(any(_folded(text) in known for text in side) for side in sides)


def status_of(reviews: list[ConflictReviewRow], sides: Sides) -> str:
    """The newest verdict's status while in force; otherwise the conflict is open."""
    return reviews[0].status if reviews and in_force(reviews[0], sides) else "open"


def _moment(row: ConflictReviewRow) -> str:
    """ISO time with its offset; SQLite gives back naive datetimes of what was stored in UTC."""
    moment = row.reviewed_at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat()


def describe(row: ConflictReviewRow) -> dict[str, Any]:
    return {
        "status": row.status,
        "note": row.note,
        "reviewer": row.reviewer,
        "reviewed_at": _moment(row),
    }


def review_fields(reviews: list[ConflictReviewRow], sides: Sides) -> dict[str, Any]:
    """What a listed conflict says of its verdicts: `status`; `review`, the verdict in
    force; `history`, every verdict newest first with the values it was given on."""
    fields: dict[str, Any] = {"status": status_of(reviews, sides)}
    if reviews and in_force(reviews[0], sides):
        fields["review"] = describe(reviews[0])
    if reviews:
        fields["history"] = [
            {**describe(row), "values": json.loads(row.reviewed_values)} for row in reviews
        ]
    return fields


def review_conflict(
    session: Session,
    fact_id: int,
    role: str,
    status: str,
    note: str = "",
    reviewer: str = "",
) -> dict[str, Any]:
    """Records a verdict on the conflict in `role` of fact `fact_id`, on the values it
    shows now; the caller commits. InvalidReview for a bad status, note or reviewer,
    ConflictNotFound when the fact has no such conflict."""
    if status not in STATUSES:
        raise InvalidReview(f"unknown status {status!r}; expected one of {STATUSES}")
    if not isinstance(note, str) or len(note) > MAX_NOTE:
        raise InvalidReview(f"a note is text of at most {MAX_NOTE} characters")
    if not isinstance(reviewer, str) or len(reviewer) > MAX_REVIEWER:
        raise InvalidReview(f"a reviewer is named in at most {MAX_REVIEWER} characters")
    take_write_lock(session)  # the conflict cannot be recomputed under the verdict
    conflict_id = session.scalar(
        select(ConflictRow.id).where(ConflictRow.fact_id == fact_id, ConflictRow.role == role)
    )
    if conflict_id is None:
        raise ConflictNotFound(f"fact {fact_id} has no conflict in role {role!r}")
    sides = conflict_sides(session, [conflict_id])[conflict_id]
    row = ConflictReviewRow(
        fact_id=fact_id,
        role=role,
        status=status,
        note=note.strip(),
        reviewer=reviewer.strip(),
        reviewed_values=json.dumps(sides, ensure_ascii=False),
        reviewed_at=datetime.now(UTC),
    )
    session.add(row)
    session.flush()
    return describe(row)
