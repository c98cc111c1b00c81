"""The front page's data, computed once per state of the store.

Every visitor of `/` asks for the same thing: counts over the whole store, the latest
meetings and agreements, the open conflicts. Under load that was the slowest page (p95
over a second at 20 clients on 10,000 documents). It is kept here keyed by the store's
version stamp (store/stamp.py), read in the same transaction: after an ingest or a
verdict the stamp differs and the next request computes it again, so a read never sees
an older store than it would without the cache.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy.orm import Session

from concord.store.queries import filter_facts, list_conflicts, summary
from concord.store.stamp import Stamp, store_stamp

LATEST_FACTS = 10
LISTED_CONFLICTS = 10


def overview_data(session: Session) -> dict[str, Any]:
    """Counts, the latest meetings and agreements by date, the first conflicts."""
    latest = sorted(
        filter_facts(session, "meeting") + filter_facts(session, "agreement"),
        key=lambda fact: fact.get("date") or "",
        reverse=True,
    )[:LATEST_FACTS]
    return {
        "counts": summary(session),
        "latest": latest,
        "conflicts": list_conflicts(session, limit=LISTED_CONFLICTS),
    }


KEPT_STAMPS = 2  # a reader whose transaction began just before a write still finds its own


class OverviewCache:
    """The overviews of the last few stamps. One thread computes a missing one while the
    others asking meanwhile wait for it, rather than all computing the same thing at once."""

    def __init__(self) -> None:
        self._kept: dict[Stamp, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def get(self, session: Session) -> dict[str, Any]:
        stamp = store_stamp(session)
        with self._lock:
            found = self._kept.get(stamp)
            if found is None:
                found = self._kept[stamp] = overview_data(session)
                while len(self._kept) > KEPT_STAMPS:
                    del self._kept[next(iter(self._kept))]
            return found
