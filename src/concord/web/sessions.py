"""One store session per request, shared by the route and its dependencies (FastAPI
calls a dependency once per request): the freshness check and the route read the store
in one transaction.

The dependency is `async` on purpose: FastAPI runs a plain generator dependency in the
thread pool twice (to open and to close), each a hand-off that queues behind every
other request's under load. Opening a session touches no connection; closing one hands
its connection back to the pool with a rollback, as quick as the hand-off it saves."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session


async def open_session(request: Request) -> AsyncIterator[Session]:
    with request.app.state.sessions() as opened:
        yield opened


Store = Annotated[Session, Depends(open_session)]
