"""Writing one analysed document: everything or nothing, and never twice."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from concord.analysis import AnalysedDocument
from concord.document import Document
from concord.store.database import WRITE_TRANSACTION
from concord.store.entities import store_entity
from concord.store.facts import consolidate
from concord.store.schema import (
    ClaimArgumentRow,
    ClaimRow,
    DocumentRow,
    EvidenceRow,
    MentionRow,
)

NAME_LENGTH = 300  # String(300) columns: PostgreSQL rejects longer values, SQLite would not


def _already_stored(session: Session, document_id: str) -> bool:
    return session.get(DocumentRow, document_id) is not None


def _insert_document(session: Session, document: Document) -> bool:
    """False when another writer stored the same text between our check and this insert."""
    try:
        with session.begin_nested():
            session.add(
                DocumentRow(
                    id=document.id,
                    source=document.source[:NAME_LENGTH],
                    url=document.url,
                    title=document.title,
                    published=document.published[:32] if document.published else None,
                    language=document.language[:8],
                    path=document.path,
                    text=document.text,
                )
            )
    except IntegrityError:
        return False
    return True


def _store_mentions_and_entities(session: Session, analysed: AnalysedDocument) -> list[int]:
    """Stored entity ids in the order of `analysed.entities`, for arguments to point at."""
    entity_ids = []
    for entity in analysed.entities:
        entity_id = store_entity(session, entity)
        entity_ids.append(entity_id)
        for mention in entity.mentions:
            session.add(
                MentionRow(
                    document_id=analysed.document.id,
                    entity_id=entity_id,
                    start=mention.start,
                    end=mention.end,
                    text=mention.text[:NAME_LENGTH],
                    type=mention.type,
                    normal=mention.normal[:NAME_LENGTH],
                )
            )
    return entity_ids


def _store_claims(session: Session, analysed: AnalysedDocument, entity_ids: list[int]) -> list[int]:
    claim_ids = []
    for claim in analysed.claims:
        row = ClaimRow(
            document_id=analysed.document.id,
            type=claim.type,
            modality=claim.modality.value,
            sentence_start=claim.evidence.start,
            sentence_end=claim.evidence.end,
        )
        session.add(row)
        session.flush()
        claim_ids.append(row.id)
        for position, argument in enumerate(claim.arguments):
            session.add(
                ClaimArgumentRow(
                    claim_id=row.id,
                    position=position,
                    role=argument.role,
                    value=argument.value,
                    entity_id=entity_ids[argument.entity] if argument.entity is not None else None,
                    start=argument.span.start if argument.span else None,
                    end=argument.span.end if argument.span else None,
                )
            )
        session.add(
            EvidenceRow(
                claim_id=row.id,
                document_id=analysed.document.id,
                start=claim.evidence.start,
                end=claim.evidence.end,
                text=claim.evidence.text,
            )
        )
    session.flush()
    return claim_ids


def store_document(session: Session, analysed: AnalysedDocument) -> bool:
    """Stores the document, its entities, mentions and claims and files the claims under
    facts, all in one transaction; False, with nothing written, when the text is already
    stored. The session must not be inside a transaction yet: this call owns the commit."""
    document = analysed.document
    with session.begin():
        session.connection(execution_options={WRITE_TRANSACTION: True})
        if _already_stored(session, document.id) or not _insert_document(session, document):
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
