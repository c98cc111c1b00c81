"""Read side: the shapes the CLI prints and other tools parse (see DESIGN.md contracts)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from concord.store.schema import (
    ClaimArgumentRow,
    ClaimRow,
    DocumentRow,
    EntityAliasRow,
    EntityRow,
    EvidenceRow,
    MentionRow,
)


def list_facts(
    session: Session, type: str | None = None, document: str | None = None
) -> list[dict[str, Any]]:
    """Facts in the `concord facts --json` shape; at this stage one fact per claim."""
    query = select(ClaimRow).order_by(ClaimRow.document_id, ClaimRow.sentence_start, ClaimRow.id)
    if type:
        query = query.where(ClaimRow.type == type)
    if document:
        query = query.where(ClaimRow.document_id == document)
    claims = list(session.scalars(query))
    ids = [claim.id for claim in claims]
    arguments: dict[int, dict[str, list[str]]] = defaultdict(dict)
    evidence: dict[int, list[EvidenceRow]] = defaultdict(list)
    titles = dict(session.execute(select(DocumentRow.id, DocumentRow.title)).all())
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        rows = session.scalars(
            select(ClaimArgumentRow)
            .where(ClaimArgumentRow.claim_id.in_(chunk))
            .order_by(ClaimArgumentRow.claim_id, ClaimArgumentRow.position)
        )
        for row in rows:
            values = arguments[row.claim_id].setdefault(row.role, [])
            if row.value not in values:
                values.append(row.value)
        for row in session.scalars(select(EvidenceRow).where(EvidenceRow.claim_id.in_(chunk))):
            evidence[row.claim_id].append(row)
    return [
        {
            "id": claim.id,
            "type": claim.type,
            "modality": claim.modality,
            "args": arguments[claim.id],
            "sources": [
                {
                    "doc": e.document_id,
                    "title": titles.get(e.document_id, ""),
                    "start": e.start,
                    "end": e.end,
                    "text": e.text,
                }
                for e in evidence[claim.id]
            ],
            "conflicts": [],
        }
        for claim in claims
    ]


def list_entities(session: Session, type: str | None = None) -> list[dict[str, Any]]:
    counts = (
        select(
            MentionRow.entity_id,
            func.count(MentionRow.id).label("mentions"),
            func.count(func.distinct(MentionRow.document_id)).label("documents"),
        )
        .group_by(MentionRow.entity_id)
        .subquery()
    )
    query = select(EntityRow, counts.c.mentions, counts.c.documents).join(
        counts, counts.c.entity_id == EntityRow.id
    )
    if type:
        query = query.where(EntityRow.type == type)
    query = query.order_by(counts.c.mentions.desc(), EntityRow.name)
    aliases: dict[int, list[str]] = defaultdict(list)
    for entity_id, alias in session.execute(select(EntityAliasRow.entity_id, EntityAliasRow.alias)):
        aliases[entity_id].append(alias)
    return [
        {
            "id": entity.id,
            "type": entity.type,
            "name": entity.name,
            "aliases": sorted(set(aliases[entity.id]) - {entity.name}),
            "mentions": mentions,
            "documents": documents,
        }
        for entity, mentions, documents in session.execute(query)
    ]


def find_document(session: Session, id_or_prefix: str) -> DocumentRow | None:
    matches = list(
        session.scalars(select(DocumentRow).where(DocumentRow.id.startswith(id_or_prefix)).limit(2))
    )
    return matches[0] if len(matches) == 1 else None


def summary(session: Session) -> dict[str, Any]:
    per_type = dict(
        session.execute(select(ClaimRow.type, func.count()).group_by(ClaimRow.type)).all()
    )
    return {
        "documents": session.scalar(select(func.count()).select_from(DocumentRow)) or 0,
        "entities": session.scalar(select(func.count()).select_from(EntityRow)) or 0,
        "facts": per_type,
        "conflicts": 0,
    }
