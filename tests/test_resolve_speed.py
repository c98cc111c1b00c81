"""The writer's fewer round trips (resolve-speed round) keep what it stores: a batch whose
keys and names are read once stores what one document at a time stores, also when a
report in the middle of the batch bridges two stored organisations; ids given on SQLite
are the ids SQLite gives; the conflict views read for all facts at once pick the claims
the per-fact ranking picked. Reports and sentences written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, delete, event, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from concord.analysis import AnalysedDocument
from concord.claimtypes import CLAIM_TYPES
from concord.resolve.consolidation import SOURCES_PER_VALUE
from concord.store import writer
from concord.store.database import insert_returning_ids, open_database, session_factory
from concord.store.facts import SqlFacts
from concord.store.schema import ClaimArgumentRow, ClaimRow, FactClaimRow, FactRow
from tests.conftest import new_database_url
from tests.test_entity_merge import FULL, report
from tests.test_store import Builder, memorandum

TABLES = (
    "SELECT id, type, key, block, name FROM entities ORDER BY id",
    "SELECT type, key, entity_id FROM entity_names ORDER BY type, key, entity_id",
    "SELECT id, entity_id, alias, normal FROM entity_aliases ORDER BY id",
    "SELECT id, kept_id, merged_id, merged_name, document_id, undo FROM entity_merges",
    "SELECT id, document_id, entity_id, start, \"end\" FROM mentions ORDER BY id",
    "SELECT id, document_id, type FROM claims ORDER BY id",
    "SELECT claim_id, position, role, value, entity_id FROM claim_arguments ORDER BY id",
    "SELECT id, type, date FROM facts ORDER BY id",
    "SELECT claim_id, fact_id FROM fact_claims ORDER BY claim_id",
    "SELECT key, fact_id, recency FROM fact_keys ORDER BY key, fact_id",
    # conflicts are replaced whenever their fact grows, so their ids count the replacements
    # on PostgreSQL (a sequence never gives an id back): compared by fact and role
    "SELECT fact_id, type, role FROM conflicts ORDER BY fact_id, role",
    "SELECT c.fact_id, c.role, v.position, v.value, v.claim_id FROM conflict_values v "
    "JOIN conflicts c ON c.id = v.conflict_id ORDER BY c.fact_id, c.role, v.position",
)


def renewal() -> AnalysedDocument:
    """After the bridge: the short name again, with the full name's second term."""
    built = Builder("ВГК продлила меморандум до 2032 года.", source="renewal",
                    published="2026-03-03")  # fmt: skip
    company = built.entity("ORG", "ВГК", "ВГК")
    memorandum(built, "продлила", [company], until="2032 года")
    return built.build()


def neighbour() -> AnalysedDocument:
    """Another body, a person and a place: entities the batch creates, then finds again."""
    built = Builder(
        "Северная энергетическая компания и Андрей Волков подписали меморандум в Томске "
        "до 2030 года.",
        source="neighbour",
        published="2026-03-04",
    )
    company = built.entity("ORG", "Северная энергетическая компания",
                           "Северная энергетическая компания")  # fmt: skip
    person = built.entity("PER", "Андрей Волков", "Андрей Волков")
    built.entity("LOC", "Томск", "Томске")
    memorandum(built, "подписали", [company, person], until="2030 года")
    return built.build()


def batch() -> list[AnalysedDocument]:
    return [report("full"), neighbour(), report("short"), report("both"), renewal(), neighbour()]


def tables(sessions: sessionmaker[Session]) -> list[list[tuple[Any, ...]]]:
    with sessions() as session:
        return [[tuple(row) for row in session.connection().exec_driver_sql(query)]
                for query in TABLES]  # fmt: skip


def test_a_batch_bridged_in_its_middle_stores_what_one_by_one_stores(tmp_path: Path) -> None:
    """The bridging report merges two stored organisations halfway through the batch: the
    lookups read for the batch are dropped, and the reports after it find the survivor."""
    (tmp_path / "one").mkdir()
    (tmp_path / "batch").mkdir()
    one_by_one = session_factory(open_database(new_database_url(tmp_path / "one")))
    for analysed in batch():
        with one_by_one() as session:
            writer.store_documents(session, [analysed])
    batched = session_factory(open_database(new_database_url(tmp_path / "batch")))
    with batched() as session:
        assert writer.store_documents(session, batch()) == [True] * 5 + [False]
    stored = tables(batched)
    assert stored == tables(one_by_one)
    assert len(stored[3]) == 1  # one merge, logged with its bridging report
    assert [name for _, _, _, _, name in stored[0] if name == FULL] == [FULL]


def statements_per_batch(engine: Engine, documents: list[AnalysedDocument]) -> list[str]:
    issued: list[str] = []

    @event.listens_for(engine, "before_cursor_execute")
    def remember(*arguments: Any) -> None:
        issued.append(" ".join(arguments[2].split()))

    with session_factory(engine)() as session:
        writer.store_documents(session, documents)
    event.remove(engine, "before_cursor_execute", remember)
    return issued


def echo(number: int) -> AnalysedDocument:
    built = Builder(f"Компания «Кварц-{number}» и ВГК подписали меморандум до 2030 года.",
                    source=f"echo-{number}", published="2026-03-05")  # fmt: skip
    quartz = built.entity("ORG", f"Кварц-{number}", f"Кварц-{number}")
    company = built.entity("ORG", "ВГК", "ВГК")
    memorandum(built, "подписали", [quartz, company], until="2030 года")
    return built.build()


def test_keys_and_names_are_read_once_per_batch_and_rows_inserted_at_once(
    tmp_path: Path,
) -> None:
    """Exact keys and organisation names: one statement each for the batch, not per
    document; claims and facts: one insert per document and per batch, not per row."""
    engine = open_database(new_database_url(tmp_path))
    issued = statements_per_batch(engine, [echo(number) for number in range(8)])
    by_name = [s for s in issued if "JOIN entity_names" in s]
    by_key = [s for s in issued if s.startswith("SELECT entities.id") and s not in by_name]
    claims = [s for s in issued if s.startswith("INSERT INTO claims")]
    facts = [s for s in issued if s.startswith("INSERT INTO facts")]
    assert (len(by_key), len(by_name), len(claims), len(facts)) == (1, 1, 8, 1)


def test_ids_given_on_sqlite_are_the_ids_sqlite_gives(tmp_path: Path) -> None:
    """One above the largest, also once the newest row was deleted (SQLite gives its id
    again): the same ids as inserting one row at a time with RETURNING."""
    (tmp_path / "given").mkdir()
    (tmp_path / "own").mkdir()
    if not new_database_url(tmp_path).startswith("sqlite"):
        pytest.skip("ids are given only on SQLite; PostgreSQL keeps its sequences")
    given = session_factory(open_database(new_database_url(tmp_path / "given")))
    own = session_factory(open_database(new_database_url(tmp_path / "own")))
    rows = [{"type": name} for name in ("meeting", "agreement", "deal")]
    found: list[list[int]] = []
    for sessions, insert_rows in (
        (given, lambda session: insert_returning_ids(session, FactRow, rows)),
        (own, lambda session: [
            session.scalar(insert(FactRow).values(row).returning(FactRow.id)) for row in rows
        ]),
    ):  # fmt: skip
        with sessions() as session, session.begin():
            first = insert_rows(session)
            session.execute(delete(FactRow).where(FactRow.id.in_([first[0], first[-1]])))
            found.append(first + insert_rows(session))
    assert found[0] == found[1] == [1, 2, 3, 3, 4, 5]
    with given() as session:
        assert insert_returning_ids(session, ClaimRow, []) == []


def agreeing(number: int, until: str, twice: bool = False) -> AnalysedDocument:
    """A memorandum of the company; `twice`: its term given twice in one claim."""
    text = f"ВГК подписала меморандум №{number} до {until} года."
    built = Builder(text, source=f"term-{number}", published=f"2026-04-{number + 10:02d}")
    company = built.entity("ORG", "ВГК", "ВГК")
    terms = [f"{until} года"] * (2 if twice else 1)
    built.claim("agreement", "подписала", kind=["меморандум"], parties=[company],
                valid_until=terms)  # fmt: skip
    return built.build()


def per_fact_view(session: Session, fact_id: int) -> list[int]:
    """The ranking the writer ran per fact before this round (a fact within the window,
    with no conflict recorded yet, reads all its claims)."""
    claims = select(FactClaimRow.claim_id).where(FactClaimRow.fact_id == fact_id)
    rank = func.row_number().over(
        partition_by=(ClaimArgumentRow.role, ClaimArgumentRow.value),
        order_by=ClaimArgumentRow.claim_id.desc(),
    )
    ranked = (
        select(ClaimArgumentRow.claim_id, rank.label("rank"))
        .where(
            ClaimArgumentRow.claim_id.in_(claims),
            ClaimArgumentRow.role.in_(CLAIM_TYPES["agreement"].conflict_roles),
        )
        .subquery()
    )
    chosen = select(ranked.c.claim_id).where(ranked.c.rank <= SOURCES_PER_VALUE)
    return sorted(set(session.scalars(chosen)))


def test_conflict_views_of_all_facts_pick_what_the_per_fact_ranking_picked(
    tmp_path: Path,
) -> None:
    """Seven reports of one term, the newest giving it twice (two rows, two places of
    five), and two of another: the latest rows per value, counted as rows."""
    sessions = session_factory(open_database(new_database_url(tmp_path)))
    documents = [agreeing(number, "2030") for number in range(6)]
    documents += [agreeing(6, "2030", twice=True), agreeing(7, "2031"), agreeing(8, "2031")]
    with sessions() as session:
        writer.store_documents(session, documents)
    with sessions() as session:
        fact_ids = list(session.scalars(select(FactRow.id)))
        assert len(fact_ids) == 1
        view = SqlFacts(session).conflict_views({fact_ids[0]: CLAIM_TYPES["agreement"]})
        chosen = [claim.id for claim in view[fact_ids[0]].claims]
        assert chosen == per_fact_view(session, fact_ids[0])
        assert len(chosen) == 2 + 4  # the doubled claim takes two of the five places
