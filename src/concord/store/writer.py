"""Writing analysed documents: each one everything or nothing, and never twice."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from concord.analysis import AnalysedDocument
from concord.claimtypes import CLAIM_TYPES
from concord.store.database import insert_new, insert_returning_ids, take_write_lock
from concord.store.entities import BatchLookups, store_entities
from concord.store.fact_dates import update_fact_dates
from concord.store.facts import consolidate_claims
from concord.store.schema import (
    ClaimArgumentRow,
    ClaimRow,
    DocumentRow,
    EvidenceRow,
    MentionRow,
)
from concord.store.search import INDEX_INSERT, indexed_row

NAME_LENGTH = 300  # String(300) columns: PostgreSQL rejects longer values, SQLite would not


def stored_ids(session: Session, document_ids: list[str]) -> set[str]:
    """Which of these documents the store holds already: checked before analysis, so a
    text seen before costs one lookup, not a pass through the models."""
    if not document_ids:
        return set()
    query = select(DocumentRow.id).where(DocumentRow.id.in_(document_ids))
    return set(session.scalars(query))


def _insert_documents(session: Session, batch: Sequence[AnalysedDocument]) -> set[str]:
    """Ids of the documents inserted: not those the store holds already (another writer
    may have stored one between our check before analysis and this insert)."""
    rows = {analysed.document.id: _document_row(analysed) for analysed in batch}
    return insert_new(session, DocumentRow, list(rows.values()))


def _document_row(analysed: AnalysedDocument) -> dict[str, str | None]:
    document = analysed.document
    return {
        "id": document.id,
        "source": document.source[:NAME_LENGTH],
        "url": document.url,
        "title": document.title,
        "published": document.published[:32] if document.published else None,
        "language": document.language[:8],
        "status": analysed.status[:64],
        "path": document.path,
        "text": document.text,
    }


def _store_mentions_and_entities(
    session: Session, analysed: AnalysedDocument, lookups: BatchLookups
) -> list[int]:
    """Stored entity ids in the order of `analysed.entities`, for arguments to point at."""
    entity_ids = store_entities(session, analysed.entities, analysed.document.id, lookups)
    mentions = [
        {
            "document_id": analysed.document.id,
            "entity_id": entity_id,
            "start": mention.start,
            "end": mention.end,
            "text": mention.text[:NAME_LENGTH],
            "type": mention.type,
            "normal": mention.normal[:NAME_LENGTH],
        }
        for entity, entity_id in zip(analysed.entities, entity_ids, strict=True)
        for mention in entity.mentions
    ]
    if mentions:
        session.execute(insert(MentionRow.__table__), mentions)
    return entity_ids


def _store_claims(session: Session, analysed: AnalysedDocument, entity_ids: list[int]) -> list[int]:
    """Claims in one multi-row insert that returns their ids, then their arguments and
    evidence in two more: three statements per document, not three per claim. A claim
    whose sides became one stored entity ("Белпромбанк" owning "Белорусский промышленный
    банк", two names of one bank) is not stored."""
    claims = [
        claim
        for claim in analysed.claims
        if not CLAIM_TYPES[claim.type].one_sided(claim, entity_ids)
    ]
    if not claims:
        return []
    document_id = analysed.document.id
    claim_ids = insert_returning_ids(
        session,
        ClaimRow,
        [
            {
                "document_id": document_id,
                "type": claim.type,
                "modality": claim.modality.value,
                "sentence_start": claim.evidence.start,
                "sentence_end": claim.evidence.end,
            }
            for claim in claims
        ],
    )
    arguments = [
        {
            "claim_id": claim_id,
            "position": position,
            "role": argument.role,
            "value": argument.value,
            "entity_id": entity_ids[argument.entity] if argument.entity is not None else None,
            "start": argument.span.start if argument.span else None,
            "end": argument.span.end if argument.span else None,
        }
        for claim, claim_id in zip(claims, claim_ids, strict=True)
        for position, argument in enumerate(claim.arguments)
    ]
    if arguments:
        session.execute(insert(ClaimArgumentRow.__table__), arguments)
    session.execute(
        insert(EvidenceRow.__table__),
        [
            {
                "claim_id": claim_id,
                "document_id": document_id,
                "start": claim.evidence.start,
                "end": claim.evidence.end,
                "text": claim.evidence.text,
            }
            for claim, claim_id in zip(claims, claim_ids, strict=True)
        ],
    )
    return claim_ids


def store_documents(session: Session, batch: Sequence[AnalysedDocument]) -> list[bool]:
    """Stores each document with its entities, mentions and claims and files the claims
    under facts, the whole batch in one transaction; False, with nothing written, for a
    text already stored. Entities are matched document by document, as if stored one at
    a time; claims are consolidated and conflicts recomputed once for the batch. The
    session must not be inside a transaction yet: this call owns the commit."""
    with session.begin():
        take_write_lock(session)
        inserted = _insert_documents(session, batch)
        lookups = BatchLookups(a.entities for a in batch if a.document.id in inserted)
        stored: list[bool] = []
        claim_ids: list[int] = []
        for analysed in batch:
            document_id = analysed.document.id
            stored.append(document_id in inserted)
            if not stored[-1]:
                continue
            inserted.discard(document_id)  # the same text twice in a batch is stored once
            entity_ids = _store_mentions_and_entities(session, analysed, lookups)
            claim_ids.extend(_store_claims(session, analysed, entity_ids))
        update_fact_dates(session, consolidate_claims(session, claim_ids))
        if any(stored) and session.get_bind().dialect.name == "sqlite":  # full-text index
            session.execute(
                text(INDEX_INSERT),
                [
                    indexed_row(a.document.id, a.document.title, a.document.text)
                    for a, new in zip(batch, stored, strict=True)
                    if new
                ],
            )
    return stored


def store_document(session: Session, analysed: AnalysedDocument) -> bool:
    """One document in its own transaction (see store_documents)."""
    return store_documents(session, [analysed])[0]
