"""Writing one analysed document: everything or nothing, and never twice."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from concord.analysis import AnalysedDocument
from concord.store.entities import store_entity
from concord.store.facts import consolidate
from concord.store.schema import (
    ClaimArgumentRow,
    ClaimRow,
    DocumentRow,
    EvidenceRow,
    MentionRow,
)


def store_document(session: Session, analysed: AnalysedDocument) -> bool:
    """False (and nothing written) when the same text is already stored."""
    document = analysed.document
    with session.begin():
        if session.get(DocumentRow, document.id) is not None:
            return False
        session.add(
            DocumentRow(
                id=document.id,
                source=document.source,
                url=document.url,
                title=document.title,
                published=document.published,
                language=document.language,
                path=document.path,
                text=document.text,
            )
        )
        session.flush()
        entity_ids = []
        for entity in analysed.entities:
            entity_id = store_entity(session, entity)
            entity_ids.append(entity_id)
            for mention in entity.mentions:
                session.add(
                    MentionRow(
                        document_id=document.id,
                        entity_id=entity_id,
                        start=mention.start,
                        end=mention.end,
                        text=mention.text[:300],
                        type=mention.type,
                        normal=mention.normal[:300],
                    )
                )
        claim_ids = []
        for claim in analysed.claims:
            row = ClaimRow(
                document_id=document.id,
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
                        entity_id=entity_ids[argument.entity]
                        if argument.entity is not None
                        else None,
                        start=argument.span.start if argument.span else None,
                        end=argument.span.end if argument.span else None,
                    )
                )
            session.add(
                EvidenceRow(
                    claim_id=row.id,
                    document_id=document.id,
                    start=claim.evidence.start,
                    end=claim.evidence.end,
                    text=claim.evidence.text,
                )
            )
        session.flush()
        consolidate(session, claim_ids)
        if session.get_bind().dialect.name == "sqlite":  # full-text index, same transaction
            session.execute(
                text("INSERT INTO documents_fts (id, title, text) VALUES (:id, :title, :text)"),
                {"id": document.id, "title": document.title, "text": document.text},
            )
    return True
