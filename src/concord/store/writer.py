"""Writing one analysed document: everything or nothing, and never twice."""

from __future__ import annotations

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from concord.analysis import AnalysedDocument
from concord.document import Document
from concord.store.database import insert_if_new, take_write_lock
from concord.store.entities import store_entities
from concord.store.facts import consolidate
from concord.store.schema import (
    ClaimArgumentRow,
    ClaimRow,
    DocumentRow,
    EvidenceRow,
    MentionRow,
)

NAME_LENGTH = 300  # String(300) columns: PostgreSQL rejects longer values, SQLite would not


def stored_ids(session: Session, document_ids: list[str]) -> set[str]:
    """Which of these documents the store holds already: checked before analysis, so a
    text seen before costs one lookup, not a pass through the models."""
    if not document_ids:
        return set()
    query = select(DocumentRow.id).where(DocumentRow.id.in_(document_ids))
    return set(session.scalars(query))


def _insert_document(session: Session, document: Document) -> bool:
    """False when the store holds the text already (another writer may have stored it
    between our check before analysis and this insert)."""
    row = {
        "id": document.id,
        "source": document.source[:NAME_LENGTH],
        "url": document.url,
        "title": document.title,
        "published": document.published[:32] if document.published else None,
        "language": document.language[:8],
        "path": document.path,
        "text": document.text,
    }
    return insert_if_new(session, DocumentRow, row)


def _store_mentions_and_entities(session: Session, analysed: AnalysedDocument) -> list[int]:
    """Stored entity ids in the order of `analysed.entities`, for arguments to point at."""
    entity_ids = store_entities(session, analysed.entities)
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
    evidence in two more: three statements per document, not three per claim."""
    if not analysed.claims:
        return []
    document_id = analysed.document.id
    claim_ids = list(
        session.scalars(
            insert(ClaimRow.__table__).returning(
                ClaimRow.__table__.c.id, sort_by_parameter_order=True
            ),
            [
                {
                    "document_id": document_id,
                    "type": claim.type,
                    "modality": claim.modality.value,
                    "sentence_start": claim.evidence.start,
                    "sentence_end": claim.evidence.end,
                }
                for claim in analysed.claims
            ],
        )
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
        for claim, claim_id in zip(analysed.claims, claim_ids, strict=True)
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
            for claim, claim_id in zip(analysed.claims, claim_ids, strict=True)
        ],
    )
    return claim_ids


def store_document(session: Session, analysed: AnalysedDocument) -> bool:
    """Stores the document, its entities, mentions and claims and files the claims under
    facts, all in one transaction; False, with nothing written, when the text is already
    stored. The session must not be inside a transaction yet: this call owns the commit."""
    document = analysed.document
    with session.begin():
        take_write_lock(session)
        if not _insert_document(session, document):
            return False
        entity_ids = _store_mentions_and_entities(session, analysed)
        claim_ids = _store_claims(session, analysed, entity_ids)
        consolidate(session, claim_ids)
        if session.get_bind().dialect.name == "sqlite":  # full-text index, same transaction
            session.execute(
                text("INSERT INTO documents_fts (id, title, text) VALUES (:id, :title, :text)"),
                {"id": document.id, "title": document.title, "text": document.text},
            )
    return True
