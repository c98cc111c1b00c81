"""Stored organisations a later report shows to be one are merged (entity-merge round):
one report names a company in full, another by its short name only, a third gives both;
in whatever order they come the store ends with one company and the same facts,
conflicts and sources. Two bodies spelt out differently under one short name never
merge; a relation the merge turns into one of a body with itself is dropped; conflict
reviews survive the re-filing; an analyst can merge two entities by hand. Reports and
sentences written for these tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from itertools import permutations
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from concord.analysis import AnalysedDocument
from concord.claim import Entity
from concord.cli import app
from concord.resolve.entities import MemoryEntities, match_entities
from concord.store.database import open_database, session_factory
from concord.store.schema import ClaimRow, EntityRow, FactRow
from concord.store.writer import store_document
from tests.conftest import json_lines, new_database_url
from tests.test_store import Builder

FULL = "Восточная горнорудная компания"
BOTH = Entity("ORG", "ВГК", {"ВГК", FULL, "Восточной горнорудной компании"})
FULL_ONLY = Entity("ORG", FULL, {FULL})
SHORT_ONLY = Entity("ORG", "ВГК", {"ВГК"})
SERVICE = Entity("ORG", "СГБ", {"СГБ", "Служба государственной безопасности"})
COUNCIL = Entity("ORG", "СГБ", {"СГБ", "Совет гражданской безопасности"})
BARE_SGB = Entity("ORG", "СГБ", {"СГБ"})


def matched(*documents: list[Entity]) -> tuple[list[int], MemoryEntities]:
    """The stored id of each document's first entity once all are matched, in order."""
    repository = MemoryEntities()
    for document in documents:
        match_entities(repository, document)
    return [match_entities(repository, document)[0] for document in documents], repository


# --- the matcher ---------------------------------------------------------------------


@pytest.mark.parametrize("order", list(permutations([FULL_ONLY, SHORT_ONLY, BOTH])))
def test_the_report_giving_both_names_joins_two_stored_organisations(
    order: tuple[Entity, ...],
) -> None:
    ids, repository = matched(*([entity] for entity in order))
    assert len(set(ids)) == 1
    assert len(repository.entities) == 1
    assert next(iter(repository.entities.values())).name == FULL


def test_the_merge_keeps_the_older_organisation() -> None:
    repository = MemoryEntities()
    first = match_entities(repository, [FULL_ONLY])[0]
    match_entities(repository, [SHORT_ONLY])
    assert match_entities(repository, [BOTH]) == [first]
    assert match_entities(repository, [SHORT_ONLY]) == [first]


@pytest.mark.parametrize(
    "order", list(permutations([SERVICE, COUNCIL, BARE_SGB]))
)
def test_two_bodies_under_one_short_name_never_merge(order: tuple[Entity, ...]) -> None:
    _, repository = matched(*([entity] for entity in order))
    assert len(repository.entities) >= 2


def test_a_bridge_between_two_differently_spelt_bodies_does_not_merge_them() -> None:
    """A report that (mis)reads both full names as one body's finds two bodies apart."""
    repository = MemoryEntities()
    match_entities(repository, [SERVICE])
    match_entities(repository, [COUNCIL])
    wrong = Entity("ORG", "СГБ", {"СГБ", "Служба государственной безопасности",
                                  "Совет гражданской безопасности"})  # fmt: skip
    match_entities(repository, [wrong])
    assert len(repository.entities) >= 2


# --- the SQL store, reports built by hand ----------------------------------------------

TEXTS = {
    "full": "Восточная горнорудная компания подписала меморандум до 2030 года.",
    "short": "ВГК подписала меморандум до 2031 года.",
    "both": "Восточная горнорудная компания (ВГК) подписала меморандум до 2030 года.",
}


def report(name: str) -> AnalysedDocument:
    """A memorandum of the company, named as the report names it; the short-name
    report gives another term (a conflict once the company is one)."""
    built = Builder(TEXTS[name], source=name, published="2026-03-02")
    if name == "both":
        company = built.entity("ORG", "ВГК", FULL, "ВГК")
    elif name == "full":
        company = built.entity("ORG", FULL, FULL)
    else:
        company = built.entity("ORG", "ВГК", "ВГК")
    until = "2031 года" if name == "short" else "2030 года"
    built.claim("agreement", "подписала", kind=["меморандум"], parties=[company],
                valid_until=[until])  # fmt: skip
    return built.build()


def store_in_order(tmp_path: Path, reports: list[Callable[[], AnalysedDocument]]) -> str:
    url = new_database_url(tmp_path)
    sessions = session_factory(open_database(url))
    for make in reports:
        with sessions() as session:
            store_document(session, make())
    return url


def canonical(url: str) -> dict[str, Any]:
    """What the user sees through `concord facts --json`, `conflicts --json` and
    `entities --json`, without ids (they follow the order of arrival) and with sources
    and lists sorted."""
    runner = CliRunner()

    def read(*command: str) -> list[dict[str, Any]]:
        result = runner.invoke(app, [*command, "--json", "--db", url])
        assert result.exit_code == 0, result.output
        return json_lines(result.stdout)

    facts = sorted(
        json.dumps(
            {
                "type": fact["type"],
                "args": {role: sorted(values) for role, values in fact["args"].items()},
                "sources": sorted((s["outlet"], s["text"]) for s in fact["sources"]),
                "conflicts": sorted(disagreement(c) for c in fact["conflicts"]),
            },
            ensure_ascii=False,
            sort_keys=True,
        )
        for fact in read("facts")
    )
    conflicts = sorted((c["type"], disagreement(c)) for c in read("conflicts"))
    entities = sorted(
        (e["type"], e["name"], tuple(sorted(e["aliases"])), e["mentions"], e["documents"])
        for e in read("entities")
    )
    return {"facts": facts, "conflicts": conflicts, "entities": entities}


def disagreement(conflict: dict[str, Any]) -> str:
    """A conflict's role and each side's value with its sources, in a fixed order."""
    sides = sorted(
        (side["value"], sorted((s["outlet"], s["text"]) for s in side["sources"]))
        for side in conflict["values"]
    )
    return json.dumps([conflict["role"], sides], ensure_ascii=False)


ORDERS = list(permutations(["full", "short", "both"]))


def test_three_reports_in_every_order_give_one_picture(tmp_path: Path) -> None:
    pictures = []
    for position, order in enumerate(ORDERS):
        folder = tmp_path / str(position)
        folder.mkdir()
        url = store_in_order(folder, [partial(report, name) for name in order])
        pictures.append(canonical(url))
    assert all(picture == pictures[0] for picture in pictures[1:])
    picture = pictures[0]
    assert [entity[1] for entity in picture["entities"]] == [FULL]
    assert len(picture["facts"]) == 1 and len(picture["conflicts"]) == 1


def test_facts_left_empty_are_deleted(tmp_path: Path) -> None:
    url = store_in_order(tmp_path, [lambda: report("full"), lambda: report("short")])
    sessions = session_factory(open_database(url))
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(FactRow)) == 2
    with sessions() as session:
        store_document(session, report("both"))
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(FactRow)) == 1
        assert session.scalar(select(func.count()).select_from(EntityRow)) == 1


def fact_ids(url: str) -> list[int]:
    with session_factory(open_database(url))() as session:
        return list(session.scalars(select(FactRow.id).order_by(FactRow.id)))


def test_the_older_fact_keeps_its_id(tmp_path: Path) -> None:
    url = store_in_order(tmp_path, [lambda: report("full"), lambda: report("short")])
    first, _ = fact_ids(url)
    store_in_order_more(url, [report("both")])
    assert fact_ids(url) == [first]


def other_company(number: int) -> AnalysedDocument:
    name = f"Компания номер {number}"
    built = Builder(f"{name} подписала меморандум до 2030 года.", source=f"other{number}")
    company = built.entity("ORG", name, name)
    built.claim("agreement", "подписала", kind=["меморандум"], parties=[company],
                valid_until=["2030 года"])  # fmt: skip
    return built.build()


def test_a_merged_claim_finds_the_survivors_fact_beyond_the_window(tmp_path: Path) -> None:
    """Forty other memoranda push the company's first one out of the 32 facts a new claim
    is compared with; the merge re-files the survivor's facts too, so it is found."""
    url = store_in_order(tmp_path, [lambda: report("full")])
    store_in_order_more(url, [other_company(number) for number in range(40)])
    store_in_order_more(url, [report("short"), report("both")])
    companies = [fact for fact in canonical(url)["facts"] if FULL in fact]
    assert len(companies) == 1


def self_purchase() -> AnalysedDocument:
    """A report that keeps the two names apart: one company buying the other."""
    built = Builder("ВГК выкупила Восточную горнорудную компанию.", source="self")
    short = built.entity("ORG", "ВГК", "ВГК")
    full = built.entity("ORG", FULL, "Восточную горнорудную компанию")
    built.claim("ownership", "ВГК выкупила", owner=[short], property=[full])
    return built.build()


@pytest.mark.parametrize("bridge_last", [True, False])
def test_a_relation_of_the_company_with_itself_is_dropped(
    tmp_path: Path, bridge_last: bool
) -> None:
    reports = [self_purchase, lambda: report("both")]
    url = store_in_order(tmp_path, reports if bridge_last else reports[::-1])
    facts = canonical(url)["facts"]
    assert not any('"ownership"' in fact for fact in facts)
    with session_factory(open_database(url))() as session:
        types = list(session.scalars(select(ClaimRow.type)))
    assert "ownership" not in types


def test_a_conflict_review_outlives_the_merge(tmp_path: Path) -> None:
    """Two short-name reports disagree and an analyst confirms it; the merge re-files
    their fact into the full name's, and the verdict follows its first claim."""
    second = Builder("ВГК подписала меморандум до 2030 года.", source="second",
                     published="2026-03-03")  # fmt: skip
    company = second.entity("ORG", "ВГК", "ВГК")
    second.claim("agreement", "подписала", kind=["меморандум"], parties=[company],
                 valid_until=["2030 года"])  # fmt: skip
    url = store_in_order(
        tmp_path, [lambda: report("full"), lambda: report("short"), lambda: second.build()]
    )
    runner = CliRunner()
    [conflict] = json_lines(runner.invoke(app, ["conflicts", "--json", "--db", url]).stdout)
    reviewed = runner.invoke(
        app, ["review", str(conflict["fact"]), "valid_until", "--status", "confirmed",
              "--db", url],
    )  # fmt: skip
    assert reviewed.exit_code == 0, reviewed.output
    store_in_order_more(url, [report("both")])
    [after] = json_lines(
        runner.invoke(app, ["conflicts", "--json", "--status", "all", "--db", url]).stdout
    )
    assert after["fact"] != conflict["fact"]  # re-filed into the full name's fact
    assert after["status"] == "confirmed"


def store_in_order_more(url: str, reports: list[AnalysedDocument]) -> None:
    sessions = session_factory(open_database(url))
    for analysed in reports:
        with sessions() as session:
            store_document(session, analysed)


# --- by hand -------------------------------------------------------------------------


def test_an_analyst_merges_two_entities_by_name(tmp_path: Path) -> None:
    url = store_in_order(tmp_path, [lambda: report("full"), lambda: report("short")])
    runner = CliRunner()
    result = runner.invoke(app, ["entities", "--merge", "ВГК", FULL, "--json", "--db", url])
    assert result.exit_code == 0, result.output
    [merged] = json_lines(result.stdout)
    assert merged["name"] == FULL
    picture = canonical(url)
    assert [entity[1] for entity in picture["entities"]] == [FULL]
    assert len(picture["facts"]) == 1 and len(picture["conflicts"]) == 1


def test_an_unknown_name_is_refused(tmp_path: Path) -> None:
    url = store_in_order(tmp_path, [lambda: report("full")])
    result = CliRunner().invoke(app, ["entities", "--merge", "ВГК", FULL, "--db", url])
    assert result.exit_code == 1
    assert "no entity named 'ВГК'" in result.stderr


# --- end to end through the CLI, with the models ---------------------------------------

REPORTS = {
    "full": "Сделка на Урале\n\nВосточная горнорудная компания купила 60% акций завода "
    "«Гранит». Сделка закрыта во вторник.\n",
    "short": "Новый владелец завода\n\nВГК приобрела 60% акций завода «Гранит». Сумма "
    "сделки не раскрывается.\n",
    "both": "Горняки расширяются\n\nВосточная горнорудная компания (ВГК) приобрела 60% акций "
    "завода «Гранит» в Челябинской области. ВГК намерена обновить оборудование.\n",
    "neg-a": "Служба ответила\n\nСлужба государственной безопасности (СГБ) приобрела 40% "
    "акций компании «Кварц».\n",
    "neg-b": "Совет ответил\n\nСовет гражданской безопасности (СГБ) приобрел 40% акций "
    "компании «Кварц».\n",
    "neg-c": "Новый акционер\n\nСГБ приобрела 40% акций компании «Кварц».\n",
}


def ingested(folder: Path, names: tuple[str, ...]) -> str:
    url = new_database_url(folder)
    runner = CliRunner()
    for name in names:
        path = folder / f"{name}.txt"
        path.write_text(REPORTS[name], encoding="utf-8")
        assert runner.invoke(app, ["ingest", str(path), "--db", url]).exit_code == 0
    return url


def test_the_three_reports_through_the_models_in_every_order(
    tmp_path: Path, no_ambient_database: None
) -> None:
    pictures = []
    for position, order in enumerate(ORDERS):
        folder = tmp_path / str(position)
        folder.mkdir()
        pictures.append(canonical(ingested(folder, order)))
    assert all(picture == pictures[0] for picture in pictures[1:])
    companies = [entity for entity in pictures[0]["entities"] if "ВГК" in entity[2]]
    assert [entity[1] for entity in companies] == [FULL]
    owners = [fact for fact in pictures[0]["facts"] if '"ownership"' in fact]
    assert len(owners) == 1 and all(outlet in owners[0] for outlet in ORDERS[0])


@pytest.mark.parametrize("order", [("neg-a", "neg-b", "neg-c"), ("neg-c", "neg-b", "neg-a")])
def test_two_bodies_sharing_a_short_name_stay_two_through_the_models(
    tmp_path: Path, order: tuple[str, ...], no_ambient_database: None
) -> None:
    picture = canonical(ingested(tmp_path, order))
    bodies = [entity for entity in picture["entities"] if entity[0] == "ORG" and (
        "СГБ" in entity[1] or "СГБ" in entity[2])]  # fmt: skip
    assert len(bodies) >= 2


@pytest.fixture
def no_ambient_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONCORD_DB", raising=False)
    monkeypatch.chdir(tmp_path)
