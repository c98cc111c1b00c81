"""ETag and Last-Modified on the list endpoints and pages, from the store's state
(store/stamp.py), so a client revalidating an unchanged list gets a 304 without the
list's query being run. Last-Modified needs a scan of the documents' ingest times: it is
computed again only when the cheap store stamp changes. The tag covers the address (path
and query) and, for pages, the Accept-Language header that picks their language."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from concord import __version__
from concord.store.browse import facets
from concord.store.stamp import last_change, stamp_text, store_stamp


class NotModified(Exception):
    """The client's copy is current: answered with a bare 304."""

    def __init__(self, headers: dict[str, str]) -> None:
        super().__init__("not modified")
        self.headers = headers


def check_freshness(request: Request, store: Session) -> None:
    """The first step of a list route: computes the list's validators, raises NotModified
    when the request's If-None-Match (or, without it, If-Modified-Since) says the client
    has them, otherwise leaves them in request.state for the middleware to put on the
    answer. Called in the route's own thread rather than as a dependency: FastAPI runs a
    plain dependency in the thread pool on its own, one more hand-off per request."""
    tag = stamp_text(store_stamp(store))
    changed_at = exactly_kept(request, store, "last change", last_change)
    page = not request.url.path.startswith("/api/")
    varies = request.headers.get("accept-language", "") if page else ""
    seed = f"{__version__}|{tag}|{request.url.path}?{request.url.query}|{varies}"
    etag = f'W/"{hashlib.sha256(seed.encode()).hexdigest()[:24]}"'
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if page:
        headers["Vary"] = "Accept-Language"
    if changed_at is not None:
        headers["Last-Modified"] = format_datetime(changed_at, usegmt=True)
    if is_current(request, etag, changed_at):
        raise NotModified(headers)
    request.state.freshness = headers


def is_current(request: Request, etag: str, changed_at: datetime | None) -> bool:
    """RFC 9110: If-None-Match wins when present (weak comparison); If-Modified-Since is
    compared at whole seconds, the resolution of an HTTP date."""
    matches = request.headers.get("if-none-match")
    if matches is not None:
        given = {tag.strip().removeprefix("W/") for tag in matches.split(",")}
        return "*" in given or etag.removeprefix("W/") in given
    since = request.headers.get("if-modified-since")
    if since is None or changed_at is None:
        return False
    try:
        client_copy = parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False  # an unreadable date is ignored, as the RFC says
    if client_copy.tzinfo is None:
        return False
    return changed_at.replace(microsecond=0) <= client_copy


def install_freshness(app: FastAPI) -> None:
    async def not_modified(request: Request, error: Exception) -> Response:
        headers = error.headers if isinstance(error, NotModified) else {}
        return Response(status_code=304, headers=headers)

    app.add_exception_handler(NotModified, not_modified)


def store_facets(request: Request, session: Session) -> dict[str, list[str]]:
    """The filter forms' choices (outlets, languages, entity types): scanning the documents
    for them costs tens of milliseconds at 10,000 documents."""
    choices: dict[str, list[str]] = exactly_kept(request, session, "facets", facets)
    return choices


def exactly_kept(
    request: Request, session: Session, key: str, compute: Callable[[Session], Any]
) -> Any:
    """An answer kept per store stamp and never served stale: parts of pages that are
    kept themselves, where a stale part would be kept under the new stamp. While the
    stamp moves, the first request computes it and the others wait for that one."""
    return request.app.state.stamped.get(session, key, compute, fresh_in=lambda stamp: stamp)
