"""API answers kept as sent: checked against their declared model and encoded once per
state of the store. For a page of fifty facts with their sources the checking and encoding
cost more than reading them from the kept data, on every request."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import cache
from typing import Any

from fastapi import Response
from pydantic import TypeAdapter
from sqlalchemy.orm import Session

from concord.web.stamped_cache import StampedCache


@cache
def _adapter(model: Any) -> TypeAdapter[Any]:
    return TypeAdapter(model)


def kept_json(
    stamped: StampedCache,
    store: Session,
    key: Hashable,
    model: Any,
    compute: Callable[[Session], Any],
) -> Response:
    """The answer as FastAPI would send it for a route declared with `answers(model)`
    (fields a query leaves out stay out), from `stamped` when this state was seen."""
    adapter = _adapter(model)

    def encode(session: Session) -> bytes:
        return adapter.dump_json(adapter.validate_python(compute(session)), exclude_unset=True)

    return Response(stamped.get(store, ("json", key), encode), media_type="application/json")
