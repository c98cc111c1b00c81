"""`concord serve`: the REST API under /api and the pages, over one store.

Article text is hostile input: every page is rendered by Jinja2 with autoescaping,
article URLs become links only when they are plain http(s), the Content-Security-Policy
forbids inline script, and request bodies and page sizes are capped.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.orm import Session, sessionmaker

from concord.claimtypes import CLAIM_TYPES
from concord.document import Document, ReadError
from concord.ingest.document import ingest_document
from concord.read.common import declared_language
from concord.read.encoding import decode
from concord.read.html import parse_html
from concord.read.text import parse_text
from concord.store.browse import (
    document_view,
    entity_view,
    list_documents,
    list_entities_page,
    search_documents,
)
from concord.store.database import open_database, session_factory
from concord.store.queries import filter_facts, list_conflicts, list_facts, summary, timeline_of
from concord.web.highlight import highlight, safe_url
from concord.web.i18n import TEXTS, pick_language

HERE = Path(__file__).parent
MAX_BODY_BYTES = 2_000_000
MAX_PAGE = 200
CONFLICTS_PER_PAGE = 50  # each shows up to five sources per side
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def open_session(request: Request) -> Any:
    with request.app.state.sessions() as opened:
        yield opened


Store = Annotated[Session, Depends(open_session)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


def create_app(database_url: str | None = None) -> FastAPI:
    sessions: sessionmaker = session_factory(open_database(database_url))
    templates = Environment(
        loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True)
    )
    app = FastAPI(
        title="Concord", description="Source-linked facts from news reports.", version="0.1.0"
    )
    # Labels of claim types and roles come from their specs, in the interface language.
    templates.globals.update(
        type_label=lambda type_, lang: CLAIM_TYPES[type_].label(lang),
        role_label=lambda type_, role, lang: CLAIM_TYPES[type_].role_label(role, lang),
        summary_roles=lambda type_: CLAIM_TYPES[type_].summary_roles,
    )
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    app.state.sessions = sessions

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Any:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return JSONResponse(
                {"detail": f"request body over {MAX_BODY_BYTES} bytes"}, status_code=413
            )
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    def page(request: Request, template: str, **context: Any) -> HTMLResponse:
        language = pick_language(
            request.query_params.get("lang"), request.headers.get("accept-language")
        )
        other = "en" if language == "ru" else "ru"
        html = templates.get_template(template).render(
            t=TEXTS[language], lang=language, other_lang=other, path=request.url.path, **context
        )
        return HTMLResponse(html)

    # ---- REST API ---------------------------------------------------------------------

    @app.get("/api/documents")
    def api_documents(
        store: Store,
        limit: Limit = 50,
        offset: Offset = 0,
        source: str | None = None,
        language: str | None = None,
    ) -> list[dict]:
        return list_documents(store, limit, offset, source, language)

    @app.get("/api/documents/{document_id}")
    def api_document(document_id: str, store: Store) -> dict:
        found = document_view(store, document_id)
        if found is None:
            raise HTTPException(404, f"no document {document_id}")
        return found

    @app.post("/api/documents", status_code=201)
    async def api_add_document(
        request: Request, authorization: Annotated[str | None, Header()] = None
    ) -> dict:
        token = os.environ.get("CONCORD_TOKEN")
        if not token:
            raise HTTPException(403, "writes are off: no CONCORD_TOKEN configured")
        if authorization != f"Bearer {token}":
            raise HTTPException(401, "a valid 'Authorization: Bearer …' header is required")
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            raise HTTPException(413, f"request body over {MAX_BODY_BYTES} bytes")
        # Parsing and analysis take seconds of CPU: in a worker thread, so the event loop
        # keeps answering other requests meanwhile.
        return await run_in_threadpool(
            ingest_body, sessions, body, request.headers.get("content-type", "")
        )

    @app.get("/api/facts")
    def api_facts(
        store: Store,
        limit: Limit = 50,
        offset: Offset = 0,
        type: str | None = None,
        entity: int | None = None,
        source: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        language: str | None = None,
    ) -> list[dict]:
        return filter_facts(
            store, type, entity, source, date_from, date_to, limit, offset, language
        )

    @app.get("/api/facts/{fact_id}")
    def api_fact(fact_id: int, store: Store) -> dict:
        found = list_facts(store, fact_ids=[fact_id])
        if not found:
            raise HTTPException(404, f"no fact {fact_id}")
        return found[0]

    @app.get("/api/entities")
    def api_entities(store: Store, limit: Limit = 50, offset: Offset = 0, type: str | None = None,
                     q: str | None = None) -> list[dict]:  # fmt: skip
        return list_entities_page(store, limit, offset, type, q)

    @app.get("/api/entities/{entity_id}")
    def api_entity(entity_id: int, store: Store) -> dict:
        found = entity_view(store, entity_id)
        if found is None:
            raise HTTPException(404, f"no entity {entity_id}")
        return found

    @app.get("/api/conflicts")
    def api_conflicts(store: Store, limit: Limit = 50, offset: Offset = 0) -> list[dict]:
        return list_conflicts(store, limit=limit, offset=offset)

    @app.get("/api/timeline")
    def api_timeline(
        store: Store, name: Annotated[str, Query(min_length=1, max_length=200)]
    ) -> list[dict]:
        return timeline_of(store, name)

    @app.get("/api/search")
    def api_search(store: Store, q: Annotated[str, Query(min_length=1, max_length=200)]) -> dict:
        return {
            "documents": search_documents(store, q),
            "entities": list_entities_page(store, 20, 0, query=q),
        }

    # ---- pages ------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    def overview(request: Request, store: Store) -> HTMLResponse:
        counts = summary(store)
        latest = sorted(
            filter_facts(store, "meeting") + filter_facts(store, "agreement"),
            key=lambda f: f.get("date") or "",
            reverse=True,
        )[:10]
        return page(
            request,
            "overview.html",
            counts=counts,
            latest=latest,
            conflicts=list_conflicts(store, limit=10),
        )

    @app.get("/facts/{fact_id}", response_class=HTMLResponse)
    def fact_page(fact_id: int, request: Request, store: Store) -> HTMLResponse:
        found = list_facts(store, fact_ids=[fact_id])
        if not found:
            raise HTTPException(404, f"no fact {fact_id}")
        fact = found[0]
        sources = []
        for source in fact["sources"]:
            document = document_view(store, source["doc"])
            if document is None:
                continue
            start = max(0, document["text"].rfind("\n", 0, source["start"]) + 1)
            end = document["text"].find("\n", source["end"])
            end = len(document["text"]) if end < 0 else end
            context = document["text"][start:end]
            pieces = highlight(
                context, [(source["start"] - start, source["end"] - start, "evidence", "")]
            )
            sources.append({"document": document, "pieces": pieces})
        return page(request, "fact.html", fact=fact, sources=sources)

    @app.get("/entities/{entity_id}", response_class=HTMLResponse)
    def entity_page(entity_id: int, request: Request, store: Store) -> HTMLResponse:
        found = entity_view(store, entity_id)
        if found is None:
            raise HTTPException(404, f"no entity {entity_id}")
        return page(request, "entity.html", entity=found, chart=timeline_points(found["timeline"]))

    @app.get("/documents/{document_id}", response_class=HTMLResponse)
    def document_page(document_id: str, request: Request, store: Store) -> HTMLResponse:
        found = document_view(store, document_id)
        if found is None:
            raise HTTPException(404, f"no document {document_id}")
        marks = [(c["start"], c["end"], "evidence", f"/facts/{c['fact']}") for c in found["claims"]]
        marks += [
            (m["start"], m["end"], m["type"], f"/entities/{m['entity']}") for m in found["mentions"]
        ]
        pieces = highlight(found["text"], _nested_first(marks))
        return page(
            request, "document.html", document=found, pieces=pieces, url=safe_url(found["url"])
        )

    @app.get("/conflicts", response_class=HTMLResponse)
    def conflicts_page(request: Request, store: Store, offset: Offset = 0) -> HTMLResponse:
        found = list_conflicts(store, limit=CONFLICTS_PER_PAGE + 1, offset=offset)
        return page(
            request,
            "conflicts.html",
            conflicts=found[:CONFLICTS_PER_PAGE],
            previous=max(offset - CONFLICTS_PER_PAGE, 0) if offset else None,
            next=offset + CONFLICTS_PER_PAGE if len(found) > CONFLICTS_PER_PAGE else None,
        )

    @app.get("/search", response_class=HTMLResponse)
    def search_page(
        request: Request, store: Store, q: Annotated[str, Query(max_length=200)] = ""
    ) -> HTMLResponse:
        documents = search_documents(store, q) if q.strip() else []
        entities = list_entities_page(store, 20, 0, query=q) if q.strip() else []
        return page(request, "search.html", q=q, documents=documents, entities=entities)

    return app


def timeline_points(facts: list[dict]) -> list[dict]:
    """Dated facts placed along a 580-pixel axis by their date (undated ones left out)."""
    dated = [f for f in facts if f.get("date")]
    if not dated:
        return []
    ordinals = [_ordinal(f["date"]) for f in dated]
    low, high = min(ordinals), max(ordinals)
    span = max(high - low, 1)
    return [{"x": 10 + 580 * (o - low) / span, "date": f["date"], "type": f["type"], "id": f["id"]}
            for f, o in zip(dated, ordinals, strict=True)]  # fmt: skip


def _ordinal(iso: str) -> int:
    parts = [int(p) for p in iso.split("-")[:3]]
    year, month, day = [*parts, 6, 15][:3] if len(parts) == 1 else [*parts, 15][:3]
    return year * 372 + (month - 1) * 31 + (day - 1)


def _nested_first(marks: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Entity marks win over the evidence sentence around them: the reader clicks names."""
    entities = [m for m in marks if m[2] != "evidence"]
    sentences = [
        m for m in marks if m[2] == "evidence" and not any(m[0] <= e[0] < m[1] for e in entities)
    ]
    return entities + sentences


def ingest_body(sessions: sessionmaker, body: bytes, content_type: str) -> dict:
    """POST /api/documents: a JSON object, an HTML page or plain text, one document."""
    ingested = ingest_document(sessions, document_from_body(body, content_type))
    return {"id": ingested.id, "created": ingested.created, "claims": ingested.claims,
            "language": ingested.language, "status": ingested.status}  # fmt: skip


def document_from_body(body: bytes, content_type: str) -> Document:
    """The request body as a Document; a 422 naming what is wrong with it."""

    try:
        if "json" in content_type:
            record = json.loads(body)
            if (
                not isinstance(record, dict)
                or not isinstance(record.get("text"), str)
                or not record["text"].strip()
            ):
                raise HTTPException(422, 'expected a JSON object with a non-empty "text"')
            return Document(text=record["text"], title=str(record.get("title") or ""),
                            source=str(record.get("source") or "api"), url=record.get("url"),
                            published=record.get("published"),
                            language=declared_language(record.get("language")))  # fmt: skip
        if "html" in content_type:
            return parse_html(decode(body, "request"), "request")
        return parse_text(decode(body, "request"), "request")
    except ReadError as error:
        raise HTTPException(422, error.reason) from error
    except json.JSONDecodeError as error:
        raise HTTPException(422, f"not valid JSON ({error.msg})") from error
