"""`/story?entity=ID` or `/story?q=words`: one story drawn three ways, server-side SVG and
no script — its facts on a timeline, who met or agreed with whom, and where."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from concord.store.schema import EntityRow
from concord.store.story import (
    MAX_STORY_FACTS,
    entity_fact_ids,
    searched_fact_ids,
    story_facts,
    story_graph,
    story_places,
)
from concord.web.guard import MAX_ID
from concord.web.sessions import Store
from concord.web.story_drawing import graph_drawing, timeline
from concord.web.story_map import place_map


def story_view(store: Session, entity: int | None, q: str) -> dict[str, Any]:
    """What the story page draws: an entity's facts (it exists), or those of the
    documents a search finds; neither given, nothing."""
    subject: dict[str, Any] | None = None
    fact_ids: list[int] = []
    if entity is not None:
        row = store.get(EntityRow, entity)
        assert row is not None  # checked by the route
        subject = {"id": row.id, "name": row.name, "type": row.type}
        fact_ids = entity_fact_ids(store, entity)
    elif q.strip():
        fact_ids = searched_fact_ids(store, q)
    facts = story_facts(store, fact_ids) if fact_ids else []
    return {
        "subject": subject,
        "q": q if subject is None else "",
        "facts": facts,
        "capped": len(fact_ids) >= MAX_STORY_FACTS,
        "timeline": timeline(facts),
        "graph": graph_drawing(story_graph(store, fact_ids), entity),
        "places": place_map(story_places(store, fact_ids)) if fact_ids else None,
    }


def story_router() -> APIRouter:
    router = APIRouter()

    @router.get("/story", response_class=HTMLResponse)
    async def story_page(
        request: Request,
        store: Store,
        entity: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
        q: Annotated[str, Query(max_length=200)] = "",
    ) -> HTMLResponse:
        """An entity's story, or the story of the documents a search finds; neither
        given, the page is just the form."""
        if entity is not None and store.get(EntityRow, entity) is None:
            raise HTTPException(404, f"no entity {entity}")
        stamped: Any = request.app.state.stamped
        view = stamped.get(store, ("story", entity, q), lambda s: story_view(s, entity, q))
        page: Any = request.app.state.page
        response: HTMLResponse = page(request, "story.html", **view)
        return response

    return router
