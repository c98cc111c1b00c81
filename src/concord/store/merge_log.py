"""What each entity absorbed: the merge log (entity_merges) read for the entity pages,
the API and `concord entities`. One indexed statement per few hundred entities."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from concord.store.database import in_chunks
from concord.store.schema import DocumentRow, EntityMergeRow, EntityRow
from concord.store.stamp import utc


def absorbed_by(session: Session, entity_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    """For each entity, the entities merged into it and not undone, oldest merge first: the
    merge's id (`merge`, what `concord entities --unmerge` takes), each as it was
    (id, type, name, how many other names), when, and why: the bridging report
    (`document`, with its title and outlet) or by hand (`document` None, `merged_by`)."""
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for chunk in in_chunks(sorted(set(entity_ids))):
        rows = session.execute(
            select(EntityMergeRow, DocumentRow.title, DocumentRow.source)
            .outerjoin(DocumentRow, DocumentRow.id == EntityMergeRow.document_id)
            .where(EntityMergeRow.kept_id.in_(chunk), EntityMergeRow.undone_at.is_(None))
            .order_by(EntityMergeRow.id)
        ).all()
        for merge, title, source in rows:
            found[merge.kept_id].append(_shown(merge, title, source))
    return dict(found)


def _shown(merge: EntityMergeRow, title: str | None, source: str | None) -> dict[str, Any]:
    document = None
    if merge.document_id is not None:
        document = {"id": merge.document_id, "title": title or "", "source": source or ""}
    return {
        "merge": merge.id,
        "id": merge.merged_id,
        "type": merge.merged_type,
        "name": merge.merged_name,
        "aliases": merge.merged_aliases,
        "merged_at": utc(merge.merged_at).isoformat(timespec="seconds"),
        "document": document,
        "merged_by": merge.merged_by,
    }


def merged_away_into(session: Session, entity_id: int) -> int | None:
    """The entity now holding `entity_id` when that one is gone because it was merged
    (None while it exists, or if it never did), so old addresses lead on. Asked only when
    the entity is missing: SQLite may give a deleted newest id to a new entity."""
    if session.get(EntityRow, entity_id) is not None:
        return None
    return session.scalar(
        select(EntityMergeRow.kept_id)
        .where(EntityMergeRow.merged_id == entity_id, EntityMergeRow.undone_at.is_(None))
        .order_by(EntityMergeRow.id.desc())
        .limit(1)
    )
