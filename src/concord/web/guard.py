"""What stands between a hostile client and the store: bodies read with a bound, token
failures throttled, every query checked for bytes no parameter may hold, and a 500 (if
one is ever left) answered with the same security headers as every other response."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import Annotated

from fastapi import HTTPException, Query, Request
from fastapi import Path as PathParameter
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from concord.store.time_limit import query_time_limit

# Ids are INTEGER columns: 32-bit on PostgreSQL, 64-bit on SQLite. A larger id names
# nothing, and would overflow the database's parameter (a 500) rather than miss (a 404).
MAX_ID = 2**31 - 1
PathId = Annotated[int, PathParameter(ge=0, le=MAX_ID)]
QueryId = Annotated[int | None, Query(ge=0, le=MAX_ID)]

FAILURES_ALLOWED = 5
FAILURE_WINDOW_SECONDS = 60.0
BLOCK_SECONDS = 60.0
_MAX_ADDRESSES = 10_000  # the throttle's memory stays bounded under a spray of addresses


async def read_body(request: Request, limit: int) -> bytes:
    """The body, streamed and refused with a 413 as soon as it passes `limit` bytes: a
    chunked upload states no length, and must not be read whole before it is measured."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"request body over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


class Guard:
    """Every request's first check and every response's headers, as a plain ASGI
    middleware: a NUL in the path or query (it ends strings early in the C code below,
    SQLite's full-text query parser among them) is a 400, a stated body over the limit a
    413; every answer gets the security headers and a list's validators (put in the
    request's state by web/freshness.py); the store queries a request runs stop after
    `query_seconds` (store/time_limit.py). Starlette's `BaseHTTPMiddleware` would wrap
    every response in a stream and a task: a large share of a kept page's cost."""

    def __init__(
        self, app: ASGIApp, headers: dict[str, str], max_body: int, query_seconds: float
    ) -> None:
        self.app = app
        self.headers = headers
        self.max_body = max_body
        self.query_seconds = query_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.update(self.headers)
                headers.update(scope.get("state", {}).get("freshness", {}))
            await send(message)

        refusal = self.refusal(scope)
        if refusal is not None:
            await refusal(scope, receive, send_with_headers)
            return
        with query_time_limit(self.query_seconds):  # a route may set a longer one
            await self.app(scope, receive, send_with_headers)

    def refusal(self, scope: Scope) -> Response | None:
        if "\x00" in scope["path"] or b"%00" in scope.get("query_string", b""):
            return JSONResponse({"detail": "a NUL byte in the address"}, status_code=400)
        length = Headers(scope=scope).get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            detail = f"request body over {self.max_body} bytes"
            return JSONResponse({"detail": detail}, status_code=413)
        return None


class FailureThrottle:
    """Wrong tokens per client address: after FAILURES_ALLOWED within FAILURE_WINDOW_SECONDS,
    that address gets 429 for BLOCK_SECONDS, right token or not. In memory, per process."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.failures: dict[str, deque[float]] = {}
        self.blocked_until: dict[str, float] = {}

    def check(self, address: str) -> None:
        until = self.blocked_until.get(address)
        if until is None:
            return
        if self.clock() < until:
            raise HTTPException(
                429, "too many failed attempts: try again later", {"Retry-After": "60"}
            )
        del self.blocked_until[address]

    def failed(self, address: str) -> None:
        now = self.clock()
        if len(self.failures) >= _MAX_ADDRESSES and address not in self.failures:
            self._forget_before(now - FAILURE_WINDOW_SECONDS)
        recent = self.failures.setdefault(address, deque())
        recent.append(now)
        while recent and recent[0] < now - FAILURE_WINDOW_SECONDS:
            recent.popleft()
        if len(recent) >= FAILURES_ALLOWED:
            self.blocked_until[address] = now + BLOCK_SECONDS
            recent.clear()

    def _forget_before(self, moment: float) -> None:
        for address in [a for a, times in self.failures.items() if not times or times[-1] < moment]:
            del self.failures[address]
        if len(self.failures) >= _MAX_ADDRESSES:  # all recent: forget the oldest half
            for address in list(self.failures)[: _MAX_ADDRESSES // 2]:
                del self.failures[address]


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def internal_error(security_headers: dict[str, str]) -> Callable[[Request, Exception], Response]:
    """The handler of last resort: a plain 500 with the security headers, no traceback."""

    def handle(request: Request, error: Exception) -> Response:
        return JSONResponse(
            {"detail": "internal error"}, status_code=500, headers=security_headers
        )

    return handle


def invalid_request(security_headers: dict[str, str]) -> Callable[[Request, Exception], Response]:
    """FastAPI's 422, without echoing the input back: a value holding a lone surrogate
    cannot be encoded, and would turn the refusal into a 500."""

    def handle(request: Request, error: Exception) -> Response:
        problems = error.errors() if isinstance(error, RequestValidationError) else []
        detail = [
            {"loc": [_printable(part) for part in problem.get("loc", ())],
             "msg": _printable(problem.get("msg", "")), "type": problem.get("type", "")}
            for problem in problems
        ]  # fmt: skip
        return JSONResponse({"detail": detail}, status_code=422, headers=security_headers)

    return handle


def _printable(value: object) -> object:
    if isinstance(value, int):
        return value
    return str(value).encode("utf-8", "backslashreplace").decode("utf-8")
