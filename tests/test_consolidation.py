"""Many reports, one picture: consolidation and conflicts through the store, end to end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from concord.pipeline import Pipeline
from concord.store.database import open_database, session_factory
from concord.store.queries import list_conflicts, list_facts, timeline_of
from tests.conftest import SEEDS, new_database_url, store_paths

SUMMIT = Path(__file__).parent / "data" / "summit"


def facts_of(url: str, type_: str | None = None) -> list[dict[str, Any]]:
    with session_factory(open_database(url))() as session:
        return list_facts(session, type_)


def conflicts_of(url: str) -> list[dict[str, Any]]:
    with session_factory(open_database(url))() as session:
        return list_conflicts(session)


def plain(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def seeds_db(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> str:
    url = new_database_url(tmp_path_factory.mktemp("seeds"))
    store_paths(pipeline, url, SEEDS)
    return url


def test_the_ministerial_the_group_meeting_and_the_business_meeting_are_three_facts(
    seeds_db: str,
) -> None:
    """kazinform reports the ministerial in the «Центральная Азия — Великобритания» format;
    mfa reports the ministers' meeting with a parliamentary group, and the minister's own
    meeting with business: three meetings in one city, none absorbing another."""
    london = [f for f in facts_of(seeds_db, "meeting") if "Лондон" in f["args"].get("place", [])]
    (ministerial,) = [f for f in london if f["args"].get("format")]
    assert {source["outlet"] for source in ministerial["sources"]} == {"ca5uk-kazinform"}
    (group,) = [
        f for f in london if any("парламентская группа" in p for p in f["args"]["participants"])
    ]
    assert group is not ministerial
    assert {source["outlet"] for source in group["sources"]} == {"ca5uk-mfa"}
    (business,) = [f for f in london if f not in (ministerial, group)]
    assert "бизнес" in business["sources"][0]["text"] and len(business["sources"]) == 1
    # "министр иностранных дел РК встретился": the minister the report named, not his
    # country; the other side is described, not named, and kept so.
    assert business["args"]["participants"] == [
        "Ермек Кошербаев",
        "представители британского бизнес-сообщества",
    ]


def test_two_named_meetings_keep_both_sides(seeds_db: str) -> None:
    pairs = {frozenset(f["args"]["participants"]) for f in facts_of(seeds_db, "meeting")}
    assert frozenset({"Иветт Купер", "Ермек Кошербаев"}) in pairs
    assert frozenset({"Ермек Кошербаев", "Линдси Хойл"}) in pairs


def test_roadmap_horizon_conflict_with_both_sentences(seeds_db: str) -> None:
    (conflict,) = [c for c in conflicts_of(seeds_db) if c["role"] == "valid_until"]
    values = {side["value"]: side["sources"] for side in conflict["values"]}
    assert set(values) == {"2027", "2028"}
    assert "до 2028 года" in plain(values["2028"][0]["text"])
    assert "до 2027 года" in plain(values["2027"][0]["text"])
    assert values["2027"][0]["doc"] != values["2028"][0]["doc"]


def test_heriot_watt_discrepancy_is_reported(seeds_db: str) -> None:
    (conflict,) = [c for c in conflicts_of(seeds_db) if c["type"] == "initiative"]
    assert conflict["role"] == "kind"
    assert {side["value"] for side in conflict["values"]} == {"сотрудничество", "кампус"}
    assert all("Heriot-Watt" in side["sources"][0]["text"] for side in conflict["values"])


def test_compatible_values_raise_no_conflict(seeds_db: str) -> None:
    assert len(conflicts_of(seeds_db)) == 2
    coventry = [
        f
        for f in facts_of(seeds_db, "initiative")
        if "Coventry University" in f["args"]["organisations"]
    ]
    assert len(coventry) == 1 and not coventry[0]["conflicts"]
    assert len({s["doc"] for s in coventry[0]["sources"]}) == 2
    assert coventry[0]["args"]["starts_on"] == ["2026-09"] and coventry[0]["args"]["location"] == [
        "Алматы"
    ]
    previous = [
        f for f in facts_of(seeds_db, "agreement") if f["args"].get("signed_on") == ["2024-03"]
    ]
    assert (
        len(previous) == 1 and len(previous[0]["sources"]) == 1
    )  # the earlier roadmap stays apart


def test_summit_reports_merge_and_disagree(pipeline: Pipeline, tmp_path: Path) -> None:
    url = new_database_url(tmp_path)
    store_paths(pipeline, url, SUMMIT / "alpha.txt", SUMMIT / "gamma-next-year.txt")
    store_paths(pipeline, url, SUMMIT / "beta.txt")  # incremental: one more report later
    meetings = facts_of(url, "meeting")
    tbilisi = [m for m in meetings if m["args"]["place"] == ["Тбилиси"]]
    yerevan = [m for m in meetings if m["args"]["place"] == ["Ереван"]]
    assert len(tbilisi) == 1 and len(yerevan) == 1  # a year apart: two meetings
    assert {s["doc"] for s in tbilisi[0]["sources"]} != {s["doc"] for s in yerevan[0]["sources"]}
    assert [c["role"] for c in tbilisi[0]["conflicts"]] == ["date"]
    (agreement,) = facts_of(url, "agreement")
    assert [c["role"] for c in agreement["conflicts"]] == ["valid_until"]
    (venture,) = facts_of(url, "initiative")
    assert (
        set(venture["args"]["organisations"]) == {"Арм Логистик", "Картли Транс"}
        and not venture["conflicts"]
    )
    occupations = facts_of(url, "occupation")
    assert len(occupations) == 2 and all(
        len({s["doc"] for s in f["sources"]}) == 3 for f in occupations
    )


def test_timeline_orders_facts_about_a_person(pipeline: Pipeline, tmp_path: Path) -> None:
    url = new_database_url(tmp_path)
    store_paths(pipeline, url, SUMMIT)
    with session_factory(open_database(url))() as session:
        rows = timeline_of(session, "Беридзе")
    dates = [row["date"] for row in rows]
    assert (
        dates == sorted(dates)
        and dates[0].startswith("2025-06")
        and dates[-1].startswith("2026-06")
    )
    assert {row["type"] for row in rows} >= {"meeting", "occupation"}


def test_the_in_memory_repository_files_claims_as_the_store_does(seeds_db: str) -> None:
    """Tests and benchmarks run the engine over MemoryFacts; production over SqlFacts.
    Replaying the stored claims document by document must give the same facts and the
    same conflicts, so what the unit tests measure is what ships."""
    from itertools import groupby

    from sqlalchemy import select

    from concord.claimtypes import CLAIM_TYPES
    from concord.resolve.consolidation import MemoryFacts, consolidate
    from concord.store.facts import load_claims
    from concord.store.schema import ClaimRow, FactClaimRow

    with session_factory(open_database(seeds_db))() as session:
        records = load_claims(session, session.scalars(select(ClaimRow.id)))
        stored: dict[int, set[int]] = {}
        for claim_id, fact_id in session.execute(
            select(FactClaimRow.claim_id, FactClaimRow.fact_id)
        ):
            stored.setdefault(fact_id, set()).add(claim_id)
        stored_conflicts = sorted((c["role"], len(c["values"])) for c in list_conflicts(session))
    memory = MemoryFacts()
    for _, claims in groupby(records, key=lambda record: record.document):
        consolidate(memory, list(claims), CLAIM_TYPES)
    replayed = {frozenset(c.id for c in fact.claims) for fact in memory.facts.values()}
    assert replayed == {frozenset(claims) for claims in stored.values()}
    assert len(stored) > 20
    found = sorted((c.role, len(c.groups)) for c in memory.all_conflicts())
    assert found == stored_conflicts and found
