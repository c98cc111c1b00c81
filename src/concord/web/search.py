"""Search, as a page and in the API, with the filters of the document list (outlet,
language, publication dates) and the entity list's type."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from concord.store.browse import list_entities_page, search_documents
from concord.web.api_models import SearchResults
from concord.web.browse import Day, Text, filters_of
from concord.web.freshness import store_facets
from concord.web.kept_json import kept_json
from concord.web.sessions import Store

Words = Annotated[str, Query(min_length=1, max_length=200)]
ENTITIES_SHOWN = 20



def found(
    store: Session, q: str, type: str | None, source: str | None, language: str | None,
    date_from: str | None, date_to: str | None,
) -> dict[str, Any]:  # fmt: skip
    """Documents matching the words and the filters, and entities whose names match."""
    documents = search_documents(
        store, q, source=source or None, language=language or None,
        date_from=date_from, date_to=date_to,
    )  # fmt: skip
    entities = list_entities_page(store, ENTITIES_SHOWN, 0, type or None, query=q)
    return {"documents": documents, "entities": entities}


def search_router() -> APIRouter:
    router = APIRouter()

    @router.get("/api/search", response_model=SearchResults, response_model_exclude_unset=True)
    async def api_search(
        request: Request, store: Store, q: Words, type: Text = None, source: Text = None,
        language: Text = None, date_from: Day = None, date_to: Day = None,
    ) -> Response:  # fmt: skip
        """Documents (full text, any word form) and entities (by name); `type` filters the
        entities, `source`, `language` and the publication dates the documents."""
        query = (q, type, source, language, date_from, date_to)
        stamped = request.app.state.stamped  # a popular name is asked for again and again
        return kept_json(
            stamped, store, ("search", *query), SearchResults,
            lambda session: found(session, *query),
        )  # fmt: skip

    @router.get("/search", response_class=HTMLResponse)
    async def search_page(
        request: Request, store: Store, q: Annotated[str, Query(max_length=200)] = "",
        type: Text = None, source: Text = None, language: Text = None,
        date_from: Day = None, date_to: Day = None,
    ) -> HTMLResponse:  # fmt: skip
        def render(session: Session) -> HTMLResponse:
            results = (
                found(session, q, type, source, language, date_from, date_to)
                if q.strip()
                else {"documents": [], "entities": []}
            )
            page: Any = request.app.state.page
            response: HTMLResponse = page(
                request, "search.html", q=q, facets=store_facets(request, session),
                chosen=filters_of(request), **results,
            )  # fmt: skip
            return response

        kept_page: Any = request.app.state.kept_page
        response: HTMLResponse = kept_page(request, store, render)
        return response

    return router
