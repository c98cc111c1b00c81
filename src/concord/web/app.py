"""`concord serve`: the REST API under /api and the pages, over one store.

Article text is hostile input: every page is rendered by Jinja2 with autoescaping,
article URLs become links only when they are plain http(s), the Content-Security-Policy
forbids inline script, and request bodies and page sizes are capped.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import AsyncIterator, Callable, Hashable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import parse_qs, quote, urlencode

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi import Path as PathParameter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session, sessionmaker

from concord.claimtypes import CLAIM_TYPES
from concord.document import Document, ReadError
from concord.ingest.document import IngestedDocument
from concord.read.encoding import decode
from concord.read.html import parse_html
from concord.read.text import parse_text
from concord.store.browse import (
    document_view,
    documents_with_text,
    entity_view,
    list_documents,
    list_entities_page,
)
from concord.store.database import open_database, session_factory
from concord.store.merge_log import merged_away_into
from concord.store.queries import (
    filter_facts,
    list_conflicts,
    list_facts,
    provenance,
    timeline_of,
)
from concord.store.reviews import (
    MAX_NOTE,
    MAX_REVIEWER,
    STATUS_FILTERS,
    STATUSES,
    ConflictNotFound,
    InvalidReview,
    review_conflict,
)
from concord.store.stamp import Stamp
from concord.store.unmerge import MergeNotFound, UnmergeRefused, unmerge
from concord.web.analysis_pool import Analysis, AnalysisPool, InProcessAnalysis
from concord.web.api_docs import api_docs_router
from concord.web.api_models import (
    Conflict,
    DocumentDetail,
    DocumentSummary,
    EntityDetail,
    EntitySummary,
    Fact,
    IngestAnswer,
    UnmergeAnswer,
)
from concord.web.browse import browse_router, install_error_pages
from concord.web.documents import DOCUMENT_BODY, document_from_json
from concord.web.freshness import check_freshness, install_freshness
from concord.web.guard import (
    FailureThrottle,
    Guard,
    PathId,
    QueryId,
    client_address,
    internal_error,
    invalid_request,
    read_body,
)
from concord.web.highlight import document_parts, highlight, safe_url
from concord.web.i18n import TEXTS, request_language
from concord.web.kept_json import kept_json
from concord.web.overview import overview_data
from concord.web.search import search_router
from concord.web.sessions import Store
from concord.web.stamped_cache import StampedCache
from concord.web.story import story_router

HERE = Path(__file__).parent
MAX_BODY_BYTES = 2_000_000
QUERY_SECONDS = 20.0  # a request's store queries stop after this long: a 503, not a stall
MAX_PAGE = 200
CONFLICTS_PER_PAGE = 50  # each shows up to five sources per side
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Role = Annotated[str, PathParameter(min_length=1, max_length=32)]
StatusFilter = Literal["open", "confirmed", "dismissed", "all"]
MAX_FORM_FIELDS = 10


def answers(model: Any) -> dict[str, Any]:
    """A JSON endpoint's declared answer: documented in /openapi.json and checked on the way
    out, with fields a query leaves out still left out (not added as nulls)."""
    return {"response_model": model, "response_model_exclude_unset": True}


def token_refusal(given: str | None) -> int | None:
    """Writes need the server's CONCORD_TOKEN: 403 when none is configured (writes are
    off), 401 when `given` is not it, None when it is. Compared in constant time."""
    expected = os.environ.get("CONCORD_TOKEN")
    if not expected:
        return 403
    if given is None or not hmac.compare_digest(given.encode(), expected.encode()):
        return 401
    return None


def checked_token(request: Request, given: str | None) -> int | None:
    """`token_refusal`, with wrong tokens throttled per client address (429 when blocked)."""
    throttle: FailureThrottle = request.app.state.throttle
    address = client_address(request)
    throttle.check(address)
    refusal = token_refusal(given)
    if refusal == 401 and given is not None:  # a guess, not a request without a token
        throttle.failed(address)
    return refusal


def form_token_refusal(request: Request, fields: dict[str, str]) -> tuple[int, str] | None:
    """Why a page's form may not write: (status, the page's reason key), None when its token
    lets it; a throttled client is refused as a wrong token."""
    try:
        refusal = checked_token(request, fields.get("token") or None)
    except HTTPException as error:
        return error.status_code, "token_wrong"
    if refusal is not None:
        return refusal, "token_missing" if refusal == 403 else "token_wrong"
    return None


def require_bearer(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> None:
    """The API's writes: `Authorization: Bearer <CONCORD_TOKEN>`, checked before the body."""
    scheme, _, given = (authorization or "").partition(" ")
    refusal = checked_token(request, given if scheme == "Bearer" else None)
    if refusal == 403:
        raise HTTPException(403, "writes are off: no CONCORD_TOKEN configured")
    if refusal == 401:
        raise HTTPException(401, "a valid 'Authorization: Bearer …' header is required")


class UnmergeRequest(BaseModel):
    """Who undoes a merge (kept in the merge log and the kept-apart decision)."""

    model_config = ConfigDict(extra="forbid")
    by: str = Field("", max_length=MAX_REVIEWER)


class ReviewRequest(BaseModel):
    """A verdict on a conflict: confirmed (a real disagreement), dismissed, or open again."""

    model_config = ConfigDict(extra="forbid")
    status: Literal["open", "confirmed", "dismissed"]
    note: str = Field("", max_length=MAX_NOTE)
    reviewer: str = Field("", max_length=MAX_REVIEWER)


def settle(
    session: Session, fact_id: int, role: str, status: str, note: str, reviewer: str
) -> dict:
    """Records the verdict and returns the conflict as listed now: 404 for no such
    conflict, 422 for a verdict the store refuses."""
    try:
        review_conflict(session, fact_id, role, status, note, reviewer)
    except ConflictNotFound as error:
        raise HTTPException(404, str(error)) from error
    except InvalidReview as error:
        raise HTTPException(422, str(error)) from error
    session.commit()
    listed = list_conflicts(session, [fact_id], status="all")
    return next(conflict for conflict in listed if conflict["role"] == role)


def form_fields(body: bytes) -> dict[str, str]:
    """An application/x-www-form-urlencoded body (no python-multipart needed): the first
    value of each field; a 400 when it is not UTF-8 or has too many fields."""
    try:
        parsed = parse_qs(
            body.decode("utf-8"),
            keep_blank_values=True,
            strict_parsing=False,
            max_num_fields=MAX_FORM_FIELDS,
        )
    except (UnicodeDecodeError, ValueError) as error:
        raise HTTPException(400, "the form is not UTF-8 form-encoded fields") from error
    return {name: values[0] for name, values in parsed.items()}


def conflicts_address(language: str, shown: str | None, anchor: str = "") -> str:
    """The conflicts page with its language and status filter (the default one omitted)."""
    query = {"lang": language} | ({"status": shown} if shown else {})
    return f"/conflicts?{urlencode(query)}" + (f"#{anchor}" if anchor else "")


# Reads are answered on the event loop (`async def` routes reading the store directly):
# a server process answers one read at a time, and `concord serve --workers N` runs one
# process per core. Handed to threads, reads mostly queued for the GIL: bench/load.py with
# 50 clients and an ingest gave 626 requests/s and p95 up to 339 ms with reads in threads,
# about 700/s and p95 at most 208 ms on the loop while the ingest took twice the CPU
# (docs/notes/load.md); a read's store queries stop after QUERY_SECONDS. Writes (verdicts,
# POSTed documents) and exports, which may wait for the write lock or run for minutes, go
# to worker threads: Starlette runs every `def` route and run_in_threadpool call on
# anyio's default limiter, 40 threads, each may hold a connection.
SERVER_THREADS = 40
REFRESH_CONNECTIONS = 8  # beside the threads': the kept answers' background recomputes
CACHED_ANSWERS = 256  # kept pages and API answers per server process (web/stamped_cache.py)
ENTITY_FACTS_PER_PAGE = 50  # as the other lists (browse.PER_PAGE)
QUEUED_POSTS = 4  # documents waiting for an analysis process before a POST gets 503


def create_app(
    database_url: str | None = None,
    analysis_processes: int = 0,
    stale_seconds: float = 0.0,
    refresh_seconds: float = 0.0,
    query_seconds: float = QUERY_SECONDS,
) -> FastAPI:
    """`analysis_processes`: child processes analysing POSTed documents (web/analysis_pool.py);
    0 analyses in a server thread, as tests and embedding callers want. `stale_seconds`: how
    old kept pages and answers may be while recomputed, `refresh_seconds`: how often at most
    they are recomputed while writes go on (web/stamped_cache.py); 0: always of the store as
    it is. `query_seconds`: how long a request's store queries may run."""
    engine = open_database(database_url, pool_size=SERVER_THREADS + REFRESH_CONNECTIONS)
    sessions: sessionmaker = session_factory(engine)
    analysis: Analysis = (
        AnalysisPool(database_url, analysis_processes, QUEUED_POSTS)
        if analysis_processes > 0
        else InProcessAnalysis(sessions)
    )

    @asynccontextmanager
    async def lifespan(started: FastAPI) -> AsyncIterator[None]:
        yield
        started.state.analysis.close()

    templates = Environment(  # templates ship with the package: no reload checks per page
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True),
        auto_reload=False,
    )
    app = FastAPI(
        title="Concord", description="Source-linked facts from news reports.", version="0.1.0",
        docs_url=None, redoc_url=None,  # their CDN scripts break under the CSP: web/api_docs.py
        lifespan=lifespan,
    )  # fmt: skip
    # Labels of claim types and roles come from their specs, in the interface language.
    templates.globals.update(
        type_label=lambda type_, lang: CLAIM_TYPES[type_].label(lang),
        role_label=lambda type_, role, lang: CLAIM_TYPES[type_].role_label(role, lang),
        value_label=lambda type_, role, value, lang: CLAIM_TYPES[type_].value_label(
            role, value, lang
        ),
        summary_roles=lambda type_: CLAIM_TYPES[type_].summary_roles,
        provenance=provenance,
    )
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    app.state.sessions = sessions
    app.state.analysis = analysis
    app.state.throttle = FailureThrottle()
    # Pages and API answers, computed once per state of the store (kept_page, kept_json).
    stamped = StampedCache(CACHED_ANSWERS, stale_seconds, sessions, refresh_seconds)
    app.state.stamped = stamped  # the story router's views are kept in it too
    app.add_exception_handler(Exception, internal_error(SECURITY_HEADERS))

    app.add_middleware(
        Guard, headers=SECURITY_HEADERS, max_body=MAX_BODY_BYTES, query_seconds=query_seconds
    )

    def page(request: Request, template: str, **context: Any) -> HTMLResponse:
        language = request_language(request)
        other = "en" if language == "ru" else "ru"
        # The other language keeps the page's filters: the query string is its state.
        kept = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
        other_address = f"{request.url.path}?{urlencode([*kept, ('lang', other)])}"
        html = templates.get_template(template).render(
            t=TEXTS[language], lang=language, other_lang=other, path=request.url.path,
            other_address=other_address, **context,
        )  # fmt: skip
        return HTMLResponse(html)

    def kept_page(
        request: Request,
        store: Session,
        render: Callable[[Session], HTMLResponse],
        fresh_in: Callable[[Stamp], Hashable] | None = None,
    ) -> HTMLResponse:
        """A page as sent, kept per state of the store, address and interface language:
        rendering a page of facts costs more than reading them. `render` reads the store
        only through the session it is given (a background recompute has its own)."""
        language = request_language(request)
        key = ("page", request.url.path, request.url.query, language)
        body = stamped.get(store, key, lambda session: render(session).body, fresh_in=fresh_in)
        return HTMLResponse(body)

    app.state.page = page  # the list pages (web/browse.py) render through it
    app.state.kept_page = kept_page
    app.include_router(browse_router())
    app.include_router(story_router())
    app.include_router(api_docs_router())
    app.include_router(search_router())
    install_error_pages(app, invalid_request(SECURITY_HEADERS))
    install_freshness(app)

    # ---- REST API ---------------------------------------------------------------------

    @app.get("/api/documents", **answers(list[DocumentSummary]))
    async def api_documents(
        request: Request,
        store: Store,
        limit: Limit = 50,
        offset: Offset = 0,
        source: str | None = None,
        language: str | None = None,
    ) -> list[dict]:
        check_freshness(request, store)
        return list_documents(store, limit, offset, source, language)

    @app.get("/api/documents/{document_id}", **answers(DocumentDetail))
    async def api_document(document_id: str, store: Store) -> dict:
        found = document_view(store, document_id)
        if found is None:
            raise HTTPException(404, f"no document {document_id}")
        return found

    @app.post(
        "/api/documents", status_code=201, dependencies=[Depends(require_bearer)],
        **answers(IngestAnswer), openapi_extra=DOCUMENT_BODY,
    )  # fmt: skip
    async def api_add_document(request: Request) -> dict:
        body = await read_body(request, MAX_BODY_BYTES)
        content_type = request.headers.get("content-type", "")
        document = await run_in_threadpool(document_from_body, body, content_type)
        # The analysis takes seconds of CPU: in a child process (or a server thread).
        return ingested_answer(await request.app.state.analysis.ingest(document))

    @app.get("/api/facts", **answers(list[Fact]))
    async def api_facts(
        request: Request,
        store: Store,
        limit: Limit = 50,
        offset: Offset = 0,
        type: str | None = None,
        entity: QueryId = None,
        source: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        language: str | None = None,
    ) -> Response:
        check_freshness(request, store)
        # Each page of facts assembles 50 facts with their sources (~14 ms on 10k documents).
        query = (type, entity, source, date_from, date_to, limit, offset, language)
        return kept_json(
            stamped, store, ("facts", *query), list[Fact],
            lambda session: filter_facts(session, *query),
        )  # fmt: skip

    @app.get("/api/facts/{fact_id}", **answers(Fact))
    async def api_fact(fact_id: PathId, store: Store) -> dict:
        found = list_facts(store, fact_ids=[fact_id])
        if not found:
            raise HTTPException(404, f"no fact {fact_id}")
        return found[0]

    @app.get("/api/entities", **answers(list[EntitySummary]))
    async def api_entities(request: Request, store: Store, limit: Limit = 50, offset: Offset = 0,
                           type: str | None = None, q: str | None = None) -> Any:  # fmt: skip
        check_freshness(request, store)
        if q is not None:  # a search counts the matching entities' mentions only: quick
            return list_entities_page(store, limit, offset, type, q)
        # Ordered by mention count: every mention grouped (~20 ms on 196k mentions).
        listed = (limit, offset, type)
        return kept_json(
            stamped, store, ("entities", *listed), list[EntitySummary],
            lambda session: list_entities_page(session, *listed),
        )  # fmt: skip

    def to_survivor(request: Request, store: Session, entity_id: int) -> Response | None:
        """An entity merged away: its old address leads to the one that absorbed it."""
        holder = merged_away_into(store, entity_id)
        if holder is None:
            return None
        address = request.url.path.removesuffix(str(entity_id)) + str(holder)
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(address + query, status_code=308)

    @app.get("/api/entities/{entity_id}", **answers(EntityDetail))
    async def api_entity(entity_id: PathId, request: Request, store: Store) -> Response:
        moved = to_survivor(request, store, entity_id)
        if moved is not None:
            return moved

        def view(session: Session) -> dict:
            # the most mentioned entities have hundreds of facts to assemble
            found = entity_view(session, entity_id)
            if found is None:
                raise HTTPException(404, f"no entity {entity_id}")
            return found

        return kept_json(stamped, store, ("entity", entity_id), EntityDetail, view)

    @app.get("/api/conflicts", **answers(list[Conflict]))
    async def api_conflicts(
        request: Request, store: Store, limit: Limit = 50, offset: Offset = 0,
        status: StatusFilter | None = None,
    ) -> list[dict]:  # fmt: skip
        """Conflicts with their status; without `status`, all but dismissed ones."""
        check_freshness(request, store)
        return list_conflicts(store, limit=limit, offset=offset, status=status)

    @app.post(
        "/api/conflicts/{fact_id}/{role}/review", dependencies=[Depends(require_bearer)],
        **answers(Conflict),
    )  # fmt: skip
    def api_review_conflict(fact_id: PathId, role: Role, review: ReviewRequest, store: Store) -> dict:
        """Settle a conflict (needs the token); answers with the conflict as listed now."""
        return settle(store, fact_id, role, review.status, review.note, review.reviewer)

    @app.post(
        "/api/merges/{merge_id}/undo", dependencies=[Depends(require_bearer)],
        **answers(UnmergeAnswer),
    )  # fmt: skip
    def api_unmerge(merge_id: PathId, request: UnmergeRequest, store: Store) -> dict:
        """Undo an entity merge (needs the token): the merged entity back as it was, the
        facts of both re-filed, the pair kept apart from then on. 404 for no such merge,
        409 for one that cannot be undone (undone already, logged before schema 0012, or
        its survivor merged in turn since)."""
        try:
            return unmerge(store, merge_id, request.by)
        except UnmergeRefused as error:
            status = 404 if isinstance(error, MergeNotFound) else 409
            raise HTTPException(status, str(error)) from error

    @app.get("/api/timeline", **answers(list[Fact]))
    async def api_timeline(
        store: Store, name: Annotated[str, Query(min_length=1, max_length=200)]
    ) -> list[dict]:
        return timeline_of(store, name)

    # ---- pages ------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    async def overview(request: Request, store: Store) -> HTMLResponse:
        return kept_page(
            request, store, lambda session: page(request, "overview.html", **overview_data(session))
        )

    @app.get("/facts/{fact_id}", response_class=HTMLResponse)
    async def fact_page(fact_id: PathId, request: Request, store: Store) -> HTMLResponse:
        return kept_page(request, store, lambda session: render_fact(request, session, fact_id))

    def render_fact(request: Request, store: Session, fact_id: int) -> HTMLResponse:
        found = list_facts(store, fact_ids=[fact_id])
        if not found:
            raise HTTPException(404, f"no fact {fact_id}")
        fact = found[0]
        sources: list[dict[str, Any]] = []
        documents = documents_with_text(store, [source["doc"] for source in fact["sources"]])
        for source in fact["sources"]:
            document = documents.get(source["doc"])
            if document is None:
                continue
            start = max(0, document["text"].rfind("\n", 0, source["start"]) + 1)
            end = document["text"].find("\n", source["end"])
            end = len(document["text"]) if end < 0 else end
            context = document["text"][start:end]
            pieces = highlight(
                context, [(source["start"] - start, source["end"] - start, "evidence", "")]
            )
            language = source.get("language") or document.get("language") or ""
            sources.append({"document": document, "pieces": pieces, "language": language})
        sides: dict[str, list[dict[str, Any]]] = {}
        for shown in sorted(sources, key=lambda item: str(item["language"])):
            sides.setdefault(str(shown["language"]), []).append(shown)  # one language side by side
        return page(request, "fact.html", fact=fact, sources=sources, sides=list(sides.items()))

    @app.get("/entities/{entity_id}", response_class=HTMLResponse)
    async def entity_page(
        entity_id: PathId, request: Request, store: Store,
        page_number: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1,
    ) -> Response:  # fmt: skip
        moved = to_survivor(request, store, entity_id)
        if moved is not None:
            return moved

        def render(session: Session) -> HTMLResponse:
            # Not the kept entity view: a stale one would be kept as this stamp's page.
            found = entity_view(session, entity_id)
            if found is None:
                raise HTTPException(404, f"no entity {entity_id}")
            # The chart shows every fact; the list a page of them (the most mentioned
            # entity has hundreds, and rendering them was most of the page's time).
            start = (page_number - 1) * ENTITY_FACTS_PER_PAGE
            listed = found["timeline"][start : start + ENTITY_FACTS_PER_PAGE]
            more = page_number + 1 if start + ENTITY_FACTS_PER_PAGE < len(found["timeline"]) else None
            return page(
                request, "entity.html", entity=found, chart=timeline_points(found["timeline"]),
                listed=listed, first=start + 1, more=more,
            )  # fmt: skip

        return kept_page(request, store, render)

    @app.get("/documents/{document_id}", response_class=HTMLResponse)
    async def document_page(document_id: str, request: Request, store: Store) -> HTMLResponse:
        def render(session: Session) -> HTMLResponse:
            found = document_view(session, document_id)
            if found is None:
                raise HTTPException(404, f"no document {document_id}")
            parts = document_parts(found["text"], found["claims"], found["mentions"])
            return page(
                request, "document.html", document=found, parts=parts, url=safe_url(found["url"])
            )

        return kept_page(request, store, render)

    @app.get("/conflicts", response_class=HTMLResponse)
    async def conflicts_page(
        request: Request, store: Store, offset: Offset = 0, status: StatusFilter | None = None
    ) -> HTMLResponse:
        check_freshness(request, store)
        def render(session: Session) -> HTMLResponse:
            found = list_conflicts(
                session, limit=CONFLICTS_PER_PAGE + 1, offset=offset, status=status
            )
            return page(
                request,
                "conflicts.html",
                conflicts=found[:CONFLICTS_PER_PAGE],
                shown=status,
                filters=STATUS_FILTERS,
                verdicts=STATUSES,
                max_note=MAX_NOTE,
                previous=max(offset - CONFLICTS_PER_PAGE, 0) if offset else None,
                next=offset + CONFLICTS_PER_PAGE if len(found) > CONFLICTS_PER_PAGE else None,
            )

        # A reviewer sees their own verdict at once; new documents' conflicts may wait
        # for the next recompute, as on every kept page.
        return kept_page(request, store, render, fresh_in=lambda stamp: stamp.reviews)

    @app.post("/conflicts/{fact_id}/{role}/review", response_class=HTMLResponse)
    async def review_form(fact_id: PathId, role: Role, request: Request) -> Response:
        """The conflicts page's form (form-encoded: status, note, reviewer, token): back
        to the page on success (303), else a page saying what was wrong."""
        language = request_language(request)
        back = request.query_params.get("status")
        shown = back if back in STATUS_FILTERS else None
        fields = form_fields(await read_body(request, MAX_BODY_BYTES))
        refusal = form_token_refusal(request, fields)
        if refusal is not None:
            return refused(request, *refusal, shown)
        try:
            await run_in_threadpool(
                settle_in_session,
                fact_id,
                role,
                fields.get("status", ""),
                fields.get("note", ""),
                fields.get("reviewer", ""),
            )
        except HTTPException as error:
            reason = "no_conflict" if error.status_code == 404 else "bad_review"
            return refused(request, error.status_code, reason, shown, str(error.detail))
        anchor = f"conflict-{fact_id}-{quote(role)}"
        return RedirectResponse(conflicts_address(language, shown, anchor), status_code=303)

    @app.post("/merges/{merge_id}/undo", response_class=HTMLResponse)
    async def unmerge_form(merge_id: PathId, request: Request) -> Response:
        """The entity page's form under each merge (form-encoded: by, token): on success
        to the restored entity's page (303), else a page saying why, back to the entity."""
        language = request_language(request)
        entity = request.query_params.get("entity", "")
        back = f"/entities/{int(entity)}?lang={language}" if entity.isdigit() else "/entities"
        fields = form_fields(await read_body(request, MAX_BODY_BYTES))
        refusal = form_token_refusal(request, fields)
        if refusal is not None:
            return refused_page(request, *refusal, back)
        try:
            undone = await run_in_threadpool(unmerge_in_session, merge_id, fields.get("by", ""))
        except UnmergeRefused as error:
            status, reason = (404, "no_merge") if isinstance(error, MergeNotFound) else (
                409, "unmerge_refused")  # fmt: skip
            return refused_page(request, status, reason, back, str(error))
        address = f"/entities/{undone['restored']['id']}?lang={language}"
        return RedirectResponse(address, status_code=303)

    def unmerge_in_session(merge_id: int, by: str) -> dict[str, Any]:
        with sessions() as session:
            return unmerge(session, merge_id, by[:MAX_REVIEWER])

    def settle_in_session(fact_id: int, role: str, status: str, note: str, reviewer: str) -> None:
        with sessions() as session:
            settle(session, fact_id, role, status, note, reviewer)

    def refused(
        request: Request, status_code: int, reason: str, shown: str | None, detail: str = ""
    ) -> HTMLResponse:
        back = conflicts_address(request_language(request), shown)
        return refused_page(request, status_code, reason, back, detail)

    def refused_page(
        request: Request, status_code: int, reason: str, back: str, detail: str = ""
    ) -> HTMLResponse:
        response = page(request, "refused.html", reason=reason, detail=detail, back=back)
        response.status_code = status_code
        return response

    return app


def timeline_points(facts: list[dict]) -> list[dict]:
    """Dated facts placed along a 580-pixel axis by their date; undated ones, and dates
    that do not parse (a row written by hand or by an older version), left out."""
    dated = [(f, o) for f in facts if f.get("date") and (o := _ordinal(f["date"])) is not None]
    if not dated:
        return []
    low, high = min(o for _, o in dated), max(o for _, o in dated)
    span = max(high - low, 1)
    return [{"x": 10 + 580 * (o - low) / span, "date": f["date"], "type": f["type"], "id": f["id"]}
            for f, o in dated]  # fmt: skip


def _ordinal(iso: object) -> int | None:
    try:
        parts = [int(p) for p in str(iso).split("-")[:3]]
    except ValueError:
        return None
    year, month, day = [*parts, 6, 15][:3] if len(parts) == 1 else [*parts, 15][:3]
    return year * 372 + (month - 1) * 31 + (day - 1)


def ingested_answer(ingested: IngestedDocument) -> dict:
    """What POST /api/documents answers about the document it stored (or found stored)."""
    return {"id": ingested.id, "created": ingested.created, "claims": ingested.claims,
            "language": ingested.language, "status": ingested.status}  # fmt: skip


def document_from_body(body: bytes, content_type: str) -> Document:
    """The request body as a Document; a 422 naming what is wrong with it."""

    try:
        if "json" in content_type:
            return document_from_json(body)
        if "html" in content_type:
            return parse_html(decode(body, "request"), "request")
        return parse_text(decode(body, "request"), "request")
    except ReadError as error:
        raise HTTPException(422, error.reason) from error
