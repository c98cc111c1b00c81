"""Answers computed once per state of the store, for the pages every visitor asks for.

Keyed by the store's version stamp (store/stamp.py), read in the request's own
transaction before the data: after an ingest or a verdict the stamp differs and the next
request computes the answer again, so a read never sees an older store than it would
without the cache. Bounded: the least recently used answers are dropped.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from sqlalchemy.orm import Session

from concord.store.stamp import store_stamp


class StampedCache:
    """At most `size` answers. While one thread computes an answer, others asking for the
    same one wait for it rather than all computing the same thing at once; different
    answers are computed side by side."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._answers: OrderedDict[Hashable, Any] = OrderedDict()
        self._computing: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()

    def get(self, session: Session, key: Hashable, compute: Callable[[Session], Any]) -> Any:
        stamped = (store_stamp(session), key)
        with self._lock:
            if stamped in self._answers:
                self._answers.move_to_end(stamped)
                return self._answers[stamped]
            computing = self._computing.setdefault(stamped, threading.Lock())
        with computing:
            with self._lock:
                if stamped in self._answers:  # computed by the thread this one waited for
                    return self._answers[stamped]
            try:
                answer = compute(session)
                with self._lock:
                    self._answers[stamped] = answer
                    while len(self._answers) > self._size:
                        self._answers.popitem(last=False)
            finally:
                with self._lock:
                    self._computing.pop(stamped, None)
            return answer
