"""The front page's data: every visitor of `/` asks for the same thing, counts over the
whole store, the latest meetings and agreements, the open conflicts. Under load it was
the slowest page (p95 over a second at 20 clients on 10,000 documents); the app keeps it
in a StampedCache (web/stamped_cache.py), computed once per state of the store."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from concord.store.browse import latest_facts
from concord.store.queries import list_conflicts, summary

LATEST_FACTS = 10
LISTED_CONFLICTS = 10


def overview_data(session: Session) -> dict[str, Any]:
    """Counts, the latest meetings and agreements by date, the first conflicts."""
    return {
        "counts": summary(session),
        "latest": latest_facts(session, ("meeting", "agreement"), LATEST_FACTS),
        "conflicts": list_conflicts(session, limit=LISTED_CONFLICTS),
    }
