"""Settling conflicts in the store: a verdict outlives re-ingests and the recomputation of
conflicts, a new disagreeing value opens the conflict again, dismissed ones are hidden."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from concord.analysis import AnalysedDocument
from concord.store.database import open_database, session_factory
from concord.store.queries import list_conflicts, list_facts, summary
from concord.store.reviews import (
    MAX_NOTE,
    ConflictNotFound,
    InvalidReview,
    review_conflict,
)
from concord.store.schema import ConflictValueRow
from concord.store.writer import store_document
from tests.conftest import new_database_url
from tests.test_store import STEPPE, Builder, echo_report, memorandum, north_report, steppe_report


def dissenting_report() -> AnalysedDocument:
    """A third outlet giving the memorandum a term neither earlier report gave."""
    text = STEPPE.replace("до 2030 года", "до 2029 года").replace("переговоры", "встречу")
    report = Builder(text, source="tretiy-golos", published="2026-10-20")
    mongolia = report.entity("LOC", "Монголия", "Монголия")
    kazakhstan = report.entity("LOC", "Казахстан", "Казахстан")
    memorandum(report, "подписали меморандум о добыче", [mongolia, kazakhstan], until="2029")
    return report.build()


@pytest.fixture
def sessions(tmp_path: Path) -> sessionmaker[Session]:
    made = session_factory(open_database(new_database_url(tmp_path)))
    store(made, north_report(), steppe_report())
    return made


def store(sessions: sessionmaker[Session], *reports: AnalysedDocument) -> None:
    for analysed in reports:
        with sessions() as session:
            store_document(session, analysed)


def conflicts(sessions: sessionmaker[Session], status: str | None = None) -> list[dict]:
    with sessions() as session:
        return list_conflicts(session, status=status)


def review(sessions: sessionmaker[Session], status: str, note: str = "") -> tuple[int, dict]:
    (conflict,) = conflicts(sessions, "all")
    with sessions() as session:
        verdict = review_conflict(session, conflict["fact"], conflict["role"], status, note)
        session.commit()
    return conflict["fact"], verdict


def recorded_claims(sessions: sessionmaker[Session]) -> set[int]:
    """The claims the stored conflict rows cite: they change when conflicts are recomputed."""
    with sessions() as session:
        return set(session.scalars(select(ConflictValueRow.claim_id)))


def test_an_unreviewed_conflict_is_open(sessions: sessionmaker[Session]) -> None:
    (conflict,) = conflicts(sessions)
    assert conflict["status"] == "open"
    assert "review" not in conflict and "history" not in conflict
    assert list(conflict)[:4] == ["fact", "type", "role", "status"]


def test_a_dismissed_conflict_is_hidden_by_default_and_listed_when_asked(
    sessions: sessionmaker[Session],
) -> None:
    fact, verdict = review(sessions, "dismissed", "  одна и та же дата в разных формулировках ")
    assert conflicts(sessions) == [] and conflicts(sessions, "open") == []
    (dismissed,) = conflicts(sessions, "dismissed")
    assert conflicts(sessions, "all") == [dismissed]
    assert dismissed["status"] == "dismissed"
    assert dismissed["review"]["note"] == "одна и та же дата в разных формулировках"
    assert dismissed["review"] == verdict
    moment = datetime.fromisoformat(dismissed["review"]["reviewed_at"])
    assert moment.utcoffset() == timedelta(0)  # aware, in UTC
    assert dismissed["history"][0]["values"] == [["2031"], ["2030"]]
    assert json.loads(json.dumps(dismissed, ensure_ascii=False)) == dismissed
    with sessions() as session:
        (fact_listed,) = [f for f in list_facts(session) if f["id"] == fact]
        counted = summary(session)
    assert fact_listed["conflicts"][0]["status"] == "dismissed"  # the fact keeps all its record
    assert (counted["conflicts"], counted["dismissed_conflicts"]) == (0, 1)


def test_a_verdict_outlives_reingest_and_recomputation_from_agreeing_sources(
    sessions: sessionmaker[Session],
) -> None:
    review(sessions, "confirmed", "сроки действительно разные")
    before = recorded_claims(sessions)
    store(sessions, north_report(), steppe_report())  # the same texts again: nothing changes
    assert recorded_claims(sessions) == before
    store(sessions, echo_report(1), echo_report(2))  # more outlets agreeing with one side
    assert recorded_claims(sessions) != before  # the conflict rows were recomputed
    (conflict,) = conflicts(sessions)
    assert conflict["status"] == "confirmed"
    assert conflict["review"]["note"] == "сроки действительно разные"
    assert len(conflict["values"]) == 2


def test_a_new_disagreeing_value_opens_the_conflict_again(
    sessions: sessionmaker[Session],
) -> None:
    review(sessions, "dismissed", "опечатка")
    store(sessions, dissenting_report())
    (conflict,) = conflicts(sessions)
    assert conflict["status"] == "open" and "review" not in conflict
    assert {side["value"] for side in conflict["values"]} == {"2031", "2030", "2029"}
    (earlier,) = conflict["history"]
    assert (earlier["status"], earlier["note"]) == ("dismissed", "опечатка")
    assert earlier["values"] == [["2031"], ["2030"]]
    _, verdict = review(sessions, "dismissed", "все три — пересказы одного срока")
    (again,) = conflicts(sessions, "dismissed")
    assert again["review"] == verdict
    assert [entry["note"] for entry in again["history"]] == [verdict["note"], "опечатка"]


def test_a_conflict_can_be_opened_again_by_hand(sessions: sessionmaker[Session]) -> None:
    review(sessions, "dismissed")
    review(sessions, "open", "нужно перепроверить")
    (conflict,) = conflicts(sessions)
    assert conflict["status"] == "open"
    assert conflict["review"]["note"] == "нужно перепроверить"
    assert [entry["status"] for entry in conflict["history"]] == ["open", "dismissed"]


def test_bad_verdicts_and_unknown_conflicts_are_refused(sessions: sessionmaker[Session]) -> None:
    (conflict,) = conflicts(sessions)
    fact, role = conflict["fact"], conflict["role"]
    with sessions() as session:
        with pytest.raises(InvalidReview, match="unknown status 'wrong'"):
            review_conflict(session, fact, role, "wrong")
        with pytest.raises(InvalidReview, match=f"at most {MAX_NOTE} characters"):
            review_conflict(session, fact, role, "dismissed", "x" * (MAX_NOTE + 1))
    unknown_role = f"fact {fact} has no conflict in role 'kind'"
    with sessions() as session, pytest.raises(ConflictNotFound, match=unknown_role):
        review_conflict(session, fact, "kind", "dismissed")
    with sessions() as session, pytest.raises(ConflictNotFound):
        review_conflict(session, 999_999, role, "dismissed")
    with pytest.raises(InvalidReview, match="unknown conflict status 'closed'"):
        conflicts(sessions, "closed")
    assert conflicts(sessions)[0]["status"] == "open"  # nothing was recorded


def test_paging_counts_only_the_conflicts_shown(sessions: sessionmaker[Session]) -> None:
    """A dismissed conflict takes no place on a page of the default list."""
    (first,) = conflicts(sessions)
    review(sessions, "dismissed")
    with sessions() as session:
        assert list_conflicts(session, limit=1) == []
        assert [c["fact"] for c in list_conflicts(session, limit=1, status="all")] == [
            first["fact"]
        ]
        assert list_conflicts(session, limit=1, offset=1, status="all") == []
