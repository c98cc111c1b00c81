"""The list pages — facts, entities, documents — with the API's filters, sorting and
paging, every choice kept in the query string so a filtered page is a link one can
share; and error pages in HTML for browsers (the API keeps answering JSON)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy.orm import Session

from concord.claimtypes import CLAIM_TYPES
from concord.exports import MEDIA_TYPES, Contents, Format, export_text
from concord.store.browse import list_documents, list_entities_page
from concord.store.export import Filters
from concord.store.queries import filter_facts
from concord.store.time_limit import QueryTimeLimit, query_time_limit
from concord.web.freshness import check_freshness, store_facets
from concord.web.guard import MAX_ID
from concord.web.sessions import Store

PER_PAGE = 50
EXPORT_SECONDS = 900.0  # an export's queries may run this long (a request's: QUERY_SECONDS)
Text = Annotated[str | None, Query(max_length=200)]
Day = Annotated[str | None, Query(max_length=10, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]



def known_type(type_: str | None) -> str | None:
    """An empty choice is no filter; a type the registry does not know is a 400."""
    if not type_:
        return None
    if type_ not in CLAIM_TYPES:
        raise HTTPException(400, f"unknown type {type_!r}; known: {', '.join(CLAIM_TYPES)}")
    return type_


def paging(request: Request, offset: int, shown: int, more: bool) -> dict[str, str | None]:
    """Addresses of the previous and next pages: the same query with another offset."""
    kept = {k: v for k, v in request.query_params.items() if k != "offset" and v}

    def at(position: int) -> str:
        query = kept | ({"offset": str(position)} if position else {})
        return f"{request.url.path}?{urlencode(query)}"

    return {
        "previous": at(max(offset - PER_PAGE, 0)) if offset else None,
        "next": at(offset + shown) if more else None,
    }


def filters_of(request: Request) -> dict[str, str]:
    """The filters in force (empty ones dropped), for the form and the export links."""
    return {k: v for k, v in request.query_params.items() if v and k not in ("offset", "lang")}


def browse_router() -> APIRouter:
    router = APIRouter()

    def render(request: Request, template: str, **context: Any) -> HTMLResponse:
        page: Any = request.app.state.page
        response: HTMLResponse = page(request, template, **context)
        return response

    def render_list(
        request: Request, store: Session, template: str, rows: str, found: list[Any],
        offset: int, **context: Any,
    ) -> HTMLResponse:  # fmt: skip
        """A list page: `found` was fetched one row longer than a page, which says whether
        there is a next one; the filter form's choices and the filters in force beside it."""
        return render(
            request,
            template,
            **{rows: found[:PER_PAGE]},
            facets=store_facets(request, store),
            chosen=filters_of(request),
            **paging(request, offset, PER_PAGE, len(found) > PER_PAGE),
            **context,
        )

    @router.get("/facts", response_class=HTMLResponse)
    async def facts_page(
        request: Request,
        store: Store,
        type: Text = None,
        entity: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
        source: Text = None,
        language: Text = None,
        date_from: Day = None,
        date_to: Day = None,
        has_conflict: bool = False,
        order: Literal["newest", "oldest"] = "newest",
        offset: Offset = 0,
    ) -> HTMLResponse:
        check_freshness(request, store)
        found = filter_facts(
            store, known_type(type), entity, source or None, date_from, date_to,
            PER_PAGE + 1, offset, language or None, has_conflict=has_conflict,
            oldest_first=order == "oldest",
        )  # fmt: skip
        return render_list(
            request, store, "facts.html", "facts", found, offset,
            downloads=export_links(filters_of(request)), types=list(CLAIM_TYPES),
        )  # fmt: skip

    @router.get("/entities", response_class=HTMLResponse)
    async def entities_page(
        request: Request,
        store: Store,
        type: Text = None,
        q: Text = None,
        order: Literal["mentions", "name"] = "mentions",
        offset: Offset = 0,
    ) -> HTMLResponse:
        check_freshness(request, store)
        found = list_entities_page(store, PER_PAGE + 1, offset, type or None, q or None, order)
        return render_list(request, store, "entities.html", "entities", found, offset)

    @router.get("/documents", response_class=HTMLResponse)
    async def documents_page(
        request: Request,
        store: Store,
        source: Text = None,
        language: Text = None,
        date_from: Day = None,
        date_to: Day = None,
        order: Literal["newest", "oldest", "title"] = "newest",
        offset: Offset = 0,
    ) -> HTMLResponse:
        check_freshness(request, store)
        found = list_documents(
            store, PER_PAGE + 1, offset, source or None, language or None, date_from, date_to,
            order,
        )  # fmt: skip
        return render_list(request, store, "documents.html", "documents", found, offset)

    @router.get("/api/export", response_class=Response, responses=EXPORT_ANSWER)
    def api_export(
        store: Store,
        format: Format,
        what: Contents = Contents.facts,
        type: Text = None,
        entity: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
        outlet: Text = None,
        bom: bool = False,
    ) -> Response:
        """Facts or conflicts (csv, jsonl) or the entity graph (graphml, gexf) as a file."""
        filters = Filters(known_type(type), entity, outlet or None)
        with query_time_limit(EXPORT_SECONDS):  # a whole store's facts take a while
            body = export_text(store, format, what, filters, bom)
        name = f"concord-{'graph' if format in (Format.graphml, Format.gexf) else what}"
        return Response(
            body,
            media_type=MEDIA_TYPES[format],
            headers={"Content-Disposition": f'attachment; filename="{name}.{format}"'},
        )

    return router


# The export answers a file, not JSON: declared by media type for /openapi.json.
EXPORT_ANSWER: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The file, as an attachment",
        "content": {
            media.split(";")[0]: {"schema": {"type": "string"}} for media in MEDIA_TYPES.values()
        },
    }
}


def export_links(chosen: dict[str, str]) -> list[tuple[str, str]]:
    """Download links for what a fact list shows: its type, entity and outlet filters."""
    kept = {"type": chosen.get("type"), "entity": chosen.get("entity"),
            "outlet": chosen.get("source")}  # fmt: skip
    kept = {k: v for k, v in kept.items() if v}
    shapes = [("CSV", {"format": "csv", "bom": "true"}), ("JSONL", {"format": "jsonl"}),
              ("CSV (conflicts)", {"format": "csv", "what": "conflicts", "bom": "true"}),
              ("GraphML", {"format": "graphml"}), ("GEXF", {"format": "gexf"})]  # fmt: skip
    return [(label, f"/api/export?{urlencode(shape | kept)}") for label, shape in shapes]


def wants_html(request: Request) -> bool:
    """A browser asking for a page, not a client of /api/ (which always gets JSON)."""
    accepted = request.headers.get("accept", "")
    return not request.url.path.startswith("/api/") and "text/html" in accepted


def install_error_pages(
    app: FastAPI, invalid_json: Callable[[Request, Exception], Response]
) -> None:
    """400, 404, 405 and 503 (and invalid parameters) as pages for browsers; JSON as
    before for everyone else (`invalid_json` answers an invalid request)."""

    def error_page(request: Request, status_code: int, detail: str) -> HTMLResponse:
        response: HTMLResponse = app.state.page(
            request, "error.html", status_code=status_code, detail=detail
        )
        response.status_code = status_code
        return response

    async def http_error(request: Request, error: Exception) -> Response:
        """Starlette's HTTPException (routing raises it) or FastAPI's subclass of it."""
        status_code: int = getattr(error, "status_code", 500)
        detail = getattr(error, "detail", "")
        if wants_html(request):
            return error_page(request, status_code, str(detail))
        headers = getattr(error, "headers", None)
        return JSONResponse({"detail": detail}, status_code=status_code, headers=headers)

    for status_code in (400, 404, 405):  # keyed by status: routing's 404 is caught too
        app.add_exception_handler(status_code, http_error)

    @app.exception_handler(QueryTimeLimit)
    async def over_time(request: Request, error: QueryTimeLimit) -> Response:
        detail = "the answer took too long to compute: narrow the request (a filter, rarer words)"
        return await http_error(request, HTTPException(503, detail))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        if wants_html(request):
            reasons = "; ".join(
                f"{'.'.join(str(p) for p in item.get('loc', ())[1:])}: {item.get('msg', '')}"
                for item in error.errors()
            )
            return error_page(request, 400, reasons)
        return invalid_json(request, error)
