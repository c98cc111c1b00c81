"""Stale-while-revalidate in StampedCache (as `concord serve` runs it): while the store
changes, a reader gets the previous answer if it is younger than the bound and one
background thread recomputes; past the bound the reader computes, as without it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

import pytest
from sqlalchemy.orm import Session

from concord.web.stamped_cache import StampedCache


class FakeStore:
    """A stamp, a clock and a computation the test moves by hand; a recompute can be held."""

    def __init__(self) -> None:
        self.stamp = 1
        self.now = 100.0
        self.computed: list[int] = []
        self.release = threading.Event()
        self.release.set()
        self.refreshed = threading.Event()

    @contextmanager
    def sessions(self) -> Iterator[Any]:
        yield None

    def compute(self, session: Any) -> int:
        self.release.wait(timeout=60)  # a guard against a hung run, not a measurement
        self.computed.append(self.stamp)
        self.refreshed.set()
        return self.stamp

    def cache(self, stale_seconds: float) -> StampedCache:
        return StampedCache(
            4, stale_seconds, self.sessions,
            stamp=lambda session: self.stamp, clock=lambda: self.now,
        )  # fmt: skip


NO_SESSION = cast(Session, None)  # the fake stamp and computation use none


def test_a_moved_stamp_serves_the_previous_answer_and_recomputes_in_the_background() -> None:
    store = FakeStore()
    cache = store.cache(stale_seconds=5)
    assert cache.get(NO_SESSION, "page", store.compute) == 1
    store.stamp, store.now = 2, 104.0  # a write; the answer is 4 s old
    store.release.clear()
    store.refreshed.clear()
    assert cache.get(NO_SESSION, "page", store.compute) == 1  # not waiting for the recompute
    assert cache.get(NO_SESSION, "page", store.compute) == 1  # one recompute, not two
    store.release.set()
    assert store.refreshed.wait(timeout=60)
    for _ in range(1000):  # bounded wait for the background thread to keep its answer
        if cache.get(NO_SESSION, "page", store.compute) == 2:
            break
        threading.Event().wait(0.01)
    assert cache.get(NO_SESSION, "page", store.compute) == 2
    assert store.computed == [1, 2]


def test_past_the_bound_the_reader_computes_the_answer_itself() -> None:
    store = FakeStore()
    cache = store.cache(stale_seconds=5)
    assert cache.get(NO_SESSION, "page", store.compute) == 1
    store.stamp, store.now = 2, 105.5  # the answer read the store 5.5 s ago
    assert cache.get(NO_SESSION, "page", store.compute) == 2
    assert store.computed == [1, 2]


def test_without_a_bound_every_moved_stamp_is_computed_before_answering() -> None:
    store = FakeStore()
    cache = StampedCache(4, stamp=lambda session: store.stamp, clock=lambda: store.now)
    assert cache.get(NO_SESSION, "page", store.compute) == 1
    store.stamp = 2  # the same instant: still recomputed
    assert cache.get(NO_SESSION, "page", store.compute) == 2
    assert cache.get(NO_SESSION, "page", store.compute) == 2
    assert store.computed == [1, 2]


def test_a_stale_bound_needs_sessions_for_the_recompute() -> None:
    with pytest.raises(ValueError, match="sessions"):
        StampedCache(4, stale_seconds=5)


def test_an_answer_is_never_behind_in_the_part_it_must_be_fresh_in() -> None:
    """The conflicts page after its reader's own verdict (here the stamp's tens): the
    verdict came one second ago, well inside the bound, and still the page is computed
    for the new stamp; a new document alone (the units) may be served stale."""
    store = FakeStore()
    cache = store.cache(stale_seconds=5)

    def verdicts(stamp: int) -> int:
        return stamp // 10

    assert cache.get(NO_SESSION, "conflicts", store.compute, fresh_in=verdicts) == 1
    store.stamp, store.now = 11, 101.0  # a verdict
    assert cache.get(NO_SESSION, "conflicts", store.compute, fresh_in=verdicts) == 11
    store.stamp, store.now = 12, 101.5  # a document
    store.release.clear()
    store.refreshed.clear()
    assert cache.get(NO_SESSION, "conflicts", store.compute, fresh_in=verdicts) == 11
    store.release.set()
    assert store.refreshed.wait(timeout=60)


def test_writes_in_a_stream_cost_one_recompute_per_refresh_interval() -> None:
    """Inside `refresh_seconds` a moved stamp serves the kept answer without recomputing;
    past it, one background recompute; past `stale_seconds`, the reader computes."""
    store = FakeStore()
    cache = StampedCache(
        4, 5, store.sessions, refresh_seconds=2,
        stamp=lambda session: store.stamp, clock=lambda: store.now,
    )  # fmt: skip
    assert cache.get(NO_SESSION, "page", store.compute) == 1
    for stamp, now in ((2, 100.5), (3, 101.0), (4, 101.9)):  # a write every half second
        store.stamp, store.now = stamp, now
        assert cache.get(NO_SESSION, "page", store.compute) == 1
    assert store.computed == [1]
    store.refreshed.clear()
    store.stamp, store.now = 5, 102.0
    assert cache.get(NO_SESSION, "page", store.compute) == 1  # served while recomputed
    assert store.refreshed.wait(timeout=60)
    assert store.computed == [1, 5]
