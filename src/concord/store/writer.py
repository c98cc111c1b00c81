"""Writing one analysed document: everything or nothing, and never twice."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from concord.analysis import AnalysedDocument
from concord.claim import Entity
from concord.resolve.names import name_key
from concord.store.schema import (
    ClaimArgumentRow,
    ClaimRow,
    DocumentRow,
    EntityAliasRow,
    EntityRow,
    EvidenceRow,
    MentionRow,
)


def _entity_id(session: Session, entity: Entity) -> int:
    """Find or create the stored entity; safe when another writer creates it at the same time."""
    key = name_key(entity.name)[:300]
    query = select(EntityRow.id).where(EntityRow.type == entity.type, EntityRow.key == key)
    found = session.scalar(query)
    if found is not None:
        return found
    try:
        with session.begin_nested():
            row = EntityRow(type=entity.type, key=key, name=entity.name[:300])
            session.add(row)
        return row.id
    except IntegrityError:
        return session.scalar(query)  # type: ignore[return-value]


def _add_aliases(session: Session, entity_id: int, aliases: set[str]) -> None:
    known = set(
        session.scalars(select(EntityAliasRow.alias).where(EntityAliasRow.entity_id == entity_id))
    )
    for alias in sorted(aliases - known):
        session.add(EntityAliasRow(entity_id=entity_id, alias=alias[:300]))


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
            entity_id = _entity_id(session, entity)
            entity_ids.append(entity_id)
            _add_aliases(session, entity_id, entity.aliases)
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
    return True
