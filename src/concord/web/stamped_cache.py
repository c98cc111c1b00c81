"""Answers computed once per state of the store, for the pages every visitor asks for.

Keyed by the store's version stamp (store/stamp.py), read in the request's own
transaction before the data: after an ingest or a verdict the stamp differs and the
answer is computed again. Bounded: the least recently used answers are dropped.

With `stale_seconds` > 0 (as `concord serve` runs), an answer whose stamp moved is still
served while it is younger than the bound, and one thread recomputes it in the
background: during an ingest the stamp moves every second or two, and every reader
waited for each recompute. An answer's age is counted from the moment its computation
read the store, so no page shows a store older than the bound. `refresh_seconds` spaces
those recomputes: an answer younger than it is served as it is, so a steady stream of
writes costs each kept answer one computation per interval, not one per write. With 0
(the default) a read never sees an older store than it would without the cache.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from concord.store.stamp import store_stamp

Sessions = Callable[[], AbstractContextManager[Session]]  # a sessionmaker


@dataclass(frozen=True)
class _Answer:
    stamp: Any
    value: Any
    read_at: float  # the clock when its computation read the store


class StampedCache:
    """At most `size` answers, one per key. While one thread computes an answer, others
    asking for it wait for it rather than all computing the same thing at once; different
    answers are computed side by side. `sessions` opens the background recomputes'
    sessions (needed when `stale_seconds` > 0); `stamp` and `clock` are for tests."""

    def __init__(
        self,
        size: int,
        stale_seconds: float = 0.0,
        sessions: Sessions | None = None,
        refresh_seconds: float = 0.0,
        stamp: Callable[[Session], Any] = store_stamp,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if stale_seconds > 0 and sessions is None:
            raise ValueError("serving stale answers needs sessions to recompute them")
        self._size = size
        self._stale_seconds = stale_seconds
        self._refresh_seconds = refresh_seconds
        self._sessions = sessions
        self._stamp = stamp
        self._clock = clock
        self._answers: OrderedDict[Hashable, _Answer] = OrderedDict()
        self._computing: dict[Hashable, threading.Lock] = {}
        self._refreshing: set[Hashable] = set()
        self._lock = threading.Lock()

    def get(
        self,
        session: Session,
        key: Hashable,
        compute: Callable[[Session], Any],
        *,
        fresh_in: Callable[[Any], Hashable] | None = None,
    ) -> Any:
        """The answer for the store's current stamp, or a stale one within the bounds.
        `fresh_in` picks the part of the stamp no answer may be behind in, whatever
        `stale_seconds` allows: the conflicts page after its reader's own verdict."""
        read_at = self._clock()
        stamp = self._stamp(session)
        with self._lock:
            known = self._answers.get(key)
            if known is not None and known.stamp == stamp:
                self._answers.move_to_end(key)
                return known.value
            if known is not None and self._may_serve(known, stamp, read_at, fresh_in):
                if read_at - known.read_at >= self._refresh_seconds:
                    self._refresh_in_background(key, compute)
                return known.value
            computing = self._computing.setdefault(key, threading.Lock())
        with computing:
            with self._lock:
                known = self._answers.get(key)  # computed by the thread this one waited for
                if known is not None and known.stamp == stamp:
                    return known.value
            value = compute(session)
            self._keep(key, _Answer(stamp, value, read_at))
            return value

    def _may_serve(
        self,
        known: _Answer,
        stamp: Any,
        read_at: float,
        fresh_in: Callable[[Any], Hashable] | None,
    ) -> bool:
        """Whether an answer of an older stamp may still be served."""
        if self._stale_seconds <= 0 or read_at - known.read_at > self._stale_seconds:
            return False
        return fresh_in is None or fresh_in(known.stamp) == fresh_in(stamp)

    def _keep(self, key: Hashable, answer: _Answer) -> None:
        with self._lock:
            known = self._answers.get(key)
            if known is None or known.read_at <= answer.read_at:  # never replace a newer one
                self._answers[key] = answer
                self._answers.move_to_end(key)
            while len(self._answers) > self._size:
                self._answers.popitem(last=False)

    def _refresh_in_background(self, key: Hashable, compute: Callable[[Session], Any]) -> None:
        """Under self._lock: one recompute of `key` at a time, in its own thread."""
        if key in self._refreshing or self._sessions is None:
            return
        self._refreshing.add(key)
        arguments = (self._sessions, key, compute)
        threading.Thread(target=self._refresh, args=arguments, daemon=True).start()

    def _refresh(
        self, sessions: Sessions, key: Hashable, compute: Callable[[Session], Any]
    ) -> None:
        try:
            with sessions() as session:
                read_at = self._clock()
                stamp = self._stamp(session)
                self._keep(key, _Answer(stamp, compute(session), read_at))
        finally:
            with self._lock:
                self._refreshing.discard(key)
