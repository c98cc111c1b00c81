"""One store session per request, shared by the route and its dependencies (FastAPI
calls a dependency once per request): the freshness check and the route read the store
in one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session


def open_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as opened:
        yield opened


Store = Annotated[Session, Depends(open_session)]
