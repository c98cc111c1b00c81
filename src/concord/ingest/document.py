"""One document in, stored: what POST /api/documents and `Store.ingest_document` do.

Unlike `ingest_paths` there is no batch and no runner: the document goes through the
process's shared pipeline (models loaded once, on first use) and straight to the writer.
It blocks for the whole analysis, so async callers run it in a worker thread."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from concord.document import Document
from concord.store import writer
from concord.store.queries import count_claims, document_language_and_status


@dataclass(frozen=True)
class IngestedDocument:
    id: str
    created: bool  # False: the same text was stored before (nothing analysed again)
    claims: int  # claims read from it
    language: str
    status: str  # "analysed", or why not (documents.status)


def ingest_document(sessions: sessionmaker[Session], document: Document) -> IngestedDocument:
    """Analyse and store `document` unless a document with the same text is stored."""
    from concord import pipeline  # the models' modules load when a document first comes

    with sessions() as session:
        if writer.stored_ids(session, [document.id]):
            language, status = document_language_and_status(session, document.id)
            claims = count_claims(session, document.id)
            return IngestedDocument(document.id, False, claims, language, status)
    analysed = pipeline.analyse_shared(document)
    with sessions() as session:
        created = writer.store_document(session, analysed)
    language = analysed.document.language
    return IngestedDocument(document.id, created, len(analysed.claims), language, analysed.status)
