"""One organisation across reports whatever name each uses (aliases round): the matcher
looks an organisation up by every name a report gave it, keeps apart two bodies spelt out
differently that share a short name, and no claim relates a body to itself. Reports and
sentences written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select
from typer.testing import CliRunner

from concord.claim import Argument, Claim, Entity, Modality, Span
from concord.claimtypes import CLAIM_TYPES
from concord.cli import app
from concord.resolve.entities import (
    MemoryEntities,
    different_organisations,
    match_entities,
    organisation_names,
)
from concord.store.database import open_database, session_factory
from concord.store.migrations.steps import fill_organisation_names
from concord.store.schema import ClaimRow, EntityNameRow, EntityRow
from concord.store.writer import store_document
from tests.conftest import Analyse, json_lines, new_database_url, ownership_pairs
from tests.test_store import Builder

FULL = "Уральская горно-металлургическая компания"
SPELT_OUT = Entity("ORG", "УГМК", {"УГМК", FULL, "Уральской горно-металлургической компании"})
FULL_ONLY = Entity("ORG", FULL, {FULL})
SHORT_ONLY = Entity("ORG", "УГМК", {"УГМК"})
SERVICE = Entity("ORG", "СГБ", {"СГБ", "Служба государственной безопасности"})
COUNCIL = Entity("ORG", "СГБ", {"СГБ", "Совет гражданской безопасности"})


def stored_ids(*documents: list[Entity]) -> list[int]:
    """The stored id of each document's first entity, the documents matched in order."""
    repository = MemoryEntities()
    return [match_entities(repository, document)[0] for document in documents]


@pytest.mark.parametrize("second", [FULL_ONLY, SHORT_ONLY])
def test_a_report_naming_the_organisation_one_way_joins_the_one_that_gave_both(
    second: Entity,
) -> None:
    for order in ([[SPELT_OUT], [second]], [[second], [SPELT_OUT]]):
        first, then = stored_ids(*order)
        assert first == then


def test_the_full_name_in_another_case_finds_it_too() -> None:
    oblique = Entity("ORG", "Уральской горно-металлургической компании",
                     {"Уральской горно-металлургической компании"})  # fmt: skip
    assert len(set(stored_ids([SPELT_OUT], [oblique]))) == 1


def test_two_bodies_spelt_out_differently_under_one_short_name_stay_apart() -> None:
    for order in ([[SERVICE], [COUNCIL]], [[COUNCIL], [SERVICE]]):
        first, second = stored_ids(*order)
        assert first != second


def test_a_third_report_spelt_like_the_second_joins_the_second() -> None:
    """The short name is the first body's key; the second's full name finds the second."""
    first, second, third = stored_ids([SERVICE], [COUNCIL], [COUNCIL])
    assert third == second != first


def test_ministries_of_two_countries_sharing_a_short_name_stay_apart() -> None:
    russian = Entity("ORG", "Минфин", {"Минфин", "Министерство финансов России"})
    kazakh = Entity("ORG", "Минфин", {"Минфин", "Министерство финансов Казахстана"})
    again = Entity("ORG", "Минфин", {"Минфин", "Министерство финансов РФ"})
    first, second, third = stored_ids([russian], [kazakh], [again])
    assert first != second
    assert third == first


def test_a_name_two_stored_organisations_share_joins_neither() -> None:
    repository = MemoryEntities()
    service = match_entities(repository, [Entity("ORG", "Служба государственной безопасности")])
    council = match_entities(repository, [Entity("ORG", "Совет гражданской безопасности")])
    repository.add_names([(service[0], ("ORG", "сгб")), (council[0], ("ORG", "сгб"))])
    bare = match_entities(repository, [Entity("ORG", "СГБ", {"СГБ"})])
    assert bare[0] not in {service[0], council[0]}
    assert len(repository.entities) == 3


def test_people_and_places_are_not_looked_up_by_their_aliases() -> None:
    assert organisation_names(Entity("PER", "Иван Петров", {"Петров"})) == set()
    assert organisation_names(Entity("LOC", "Казахстан", {"РК"})) == set()
    assert organisation_names(Entity("ORG", "Аэропорт", {"Аэропорт", "Казахстан"})) == {
        "аэропорт"
    }


def test_different_organisations_needs_both_spelt_out() -> None:
    assert not different_organisations({"сгб"}, {"сгб", "совет гражданской безопасности"})
    assert different_organisations(
        {"сгб", "служба государственной безопасности"},
        {"сгб", "совет гражданской безопасности"},
    )
    assert not different_organisations(
        {"угмк", "уральская горно-металлургическая компания"},
        {"угмк", "уральской горно-металлургической компании"},
    )


# --- the SQL store -------------------------------------------------------------------

REPORT_SPELT_OUT = "Банк развития (БР) купил завод «Кварц». БР доволен."
REPORT_FULL_ONLY = "Банк развития купил завод «Кварц»."


def spelt_out_report() -> Any:
    report = Builder(REPORT_SPELT_OUT, source="first", published="2026-03-02")
    bank = report.entity("ORG", "БР", "Банк развития", "БР")
    plant = report.entity("ORG", "Кварц", "Кварц")
    report.claim("ownership", "Банк развития (БР) купил", owner=[bank], property=[plant])
    return report.build()


def full_name_report() -> Any:
    report = Builder(REPORT_FULL_ONLY, source="second", published="2026-03-02")
    bank = report.entity("ORG", "Банк развития", "Банк развития")
    plant = report.entity("ORG", "Кварц", "Кварц")
    report.claim("ownership", "Банк развития купил", owner=[bank], property=[plant])
    return report.build()


def stored_organisations(url: str) -> tuple[int, int]:
    """(organisations, ownership facts) of a store."""
    with session_factory(open_database(url))() as session:
        organisations = session.scalar(
            select(func.count()).select_from(EntityRow).where(EntityRow.type == "ORG")
        )
        rows = session.execute(select(ClaimRow.id)).all()
    facts = json_lines(CliRunner().invoke(app, ["facts", "--json", "--db", url]).stdout)
    assert rows
    return int(organisations or 0), sum(1 for fact in facts if fact["type"] == "ownership")


@pytest.mark.parametrize("reverse", [False, True])
def test_a_store_joins_the_full_name_in_either_order(tmp_path: Path, reverse: bool) -> None:
    url = new_database_url(tmp_path)
    sessions = session_factory(open_database(url))
    reports = [spelt_out_report(), full_name_report()]
    for analysed in reversed(reports) if reverse else reports:
        with sessions() as session:
            store_document(session, analysed)
    assert stored_organisations(url) == (2, 1)  # the bank and the plant; one ownership


def test_the_migration_fills_names_from_stored_aliases(tmp_path: Path) -> None:
    url = new_database_url(tmp_path)
    sessions = session_factory(open_database(url))
    with sessions() as session:
        store_document(session, spelt_out_report())
    with sessions() as session, session.begin():
        session.execute(delete(EntityNameRow))
        fill_organisation_names(session.connection())
    with sessions() as session:
        names = set(session.scalars(select(EntityNameRow.key)))
    assert {"бр", "банк развития", "кварц"} <= names
    with sessions() as session:
        store_document(session, full_name_report())
    assert stored_organisations(url)[0] == 2


def test_a_claim_whose_sides_became_one_stored_entity_is_not_stored(tmp_path: Path) -> None:
    """The second report keeps "Банк развития" and "БР" apart; the store knows them as one
    bank, so "БР owns Банк развития" is no claim."""
    url = new_database_url(tmp_path)
    sessions = session_factory(open_database(url))
    with sessions() as session:
        store_document(session, spelt_out_report())
    report = Builder("БР выкупил Банк развития.", source="third", published="2026-03-03")
    short = report.entity("ORG", "БР", "БР")
    full = report.entity("ORG", "Банк развития", "Банк развития")
    report.claim("ownership", "БР выкупил", owner=[short], property=[full])
    with sessions() as session:
        store_document(session, report.build())
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(ClaimRow)) == 1


# --- a relation of a body with itself ------------------------------------------------


def relation(type_: str, roles: list[tuple[str, int | None, str]]) -> Claim:
    arguments = [Argument(role, value, Span(0, 1, value), entity) for role, entity, value in roles]
    return Claim(type_, arguments, Span(0, 10, "x"), Modality.FACT)


def test_one_sided_relations() -> None:
    ownership, deal = CLAIM_TYPES["ownership"], CLAIM_TYPES["deal"]
    assert ownership.one_sided(relation("ownership", [("owner", 0, "A"), ("property", 0, "A")]))
    assert not ownership.one_sided(
        relation("ownership", [("owner", 0, "A"), ("property", 1, "B")])
    )
    assert ownership.one_sided(
        relation("ownership", [("owner", 0, "A"), ("property", 1, "B")]), [7, 7]
    )
    assert deal.one_sided(relation("deal", [("participants", 2, "A"), ("participants", 2, "A")]))
    assert not deal.one_sided(relation("deal", [("participants", 2, "A")]))
    assert not deal.one_sided(
        relation("deal", [("participants", 2, "A"), ("participants", None, "Б")])
    )


def test_a_bank_is_not_read_as_its_own_owner(analyse: Analyse) -> None:
    pairs = ownership_pairs(
        analyse,
        "Правительство намерено продать пакет акций Северного промышленного банка "
        "(Севпромбанк).",
    )
    assert not {pair for pair in pairs if pair[0] == pair[1]}


def test_an_owner_in_brackets_of_another_name_still_owns(analyse: Analyse) -> None:
    pairs = ownership_pairs(
        analyse, "Суд принял иск к Северному промышленному банку (основной акционер – Севпромбанк)."
    )
    assert ("Севпромбанк", "Северный промышленный банк") in pairs


# --- end to end through the CLI, with the models ----------------------------------------

REPORTS = {
    "ru-full": "Уральская горно-металлургическая компания (УГМК) купила завод «Кварц»\n\n"
    "Уральская горно-металлургическая компания (УГМК) приобрела 75% акций завода «Кварц» "
    "в Свердловской области. УГМК намерена модернизировать производство.\n",
    "ru-long": "Горняки расширяют производство\n\nУральская горно-металлургическая компания "
    "приобрела 75% акций завода «Кварц». Сделка закрыта в понедельник.\n",
    "en-full": "Asian Infrastructure Investment Bank lends to Uzbekistan\n\nThe Asian "
    "Infrastructure Investment Bank (AIIB) approved a loan of $200 million to Uzbekistan. "
    "The AIIB said the money would build roads.\n",
    "en-long": "Uzbekistan secures road financing\n\nThe Asian Infrastructure Investment Bank "
    "approved a loan of $200 million to Uzbekistan on Monday.\n",
    "neg-a": "Служба ответила\n\nСлужба государственной безопасности (СГБ) приобрела 40% "
    "акций компании «Кварц».\n",
    "neg-b": "Совет ответил\n\nСовет гражданской безопасности (СГБ) приобрел 40% акций "
    "компании «Кварц».\n",
}


def ingested(tmp_path: Path, names: list[str]) -> list[dict[str, Any]]:
    """The facts of a new store holding these reports, ingested one by one in this order."""
    url = new_database_url(tmp_path)
    runner = CliRunner()
    for name in names:
        path = tmp_path / f"{name}.txt"
        path.write_text(REPORTS[name], encoding="utf-8")
        assert runner.invoke(app, ["ingest", str(path), "--db", url]).exit_code == 0
    return json_lines(runner.invoke(app, ["facts", "--json", "--db", url]).stdout)


def facts_of(facts: list[dict[str, Any]], type_: str) -> list[tuple[list[str], set[str]]]:
    return [
        (sorted(v for values in f["args"].values() for v in values), {s["outlet"] for s in f["sources"]})
        for f in facts
        if f["type"] == type_
    ]


@pytest.mark.parametrize("order", [["ru-full", "ru-long"], ["ru-long", "ru-full"]])
def test_russian_reports_one_spelt_out_make_one_company_and_one_purchase(
    tmp_path: Path, order: list[str], no_ambient_database: None
) -> None:
    facts = ingested(tmp_path, order)
    deals = facts_of(facts, "deal")
    owners = facts_of(facts, "ownership")
    assert len(deals) == 1 and deals[0][1] == {"ru-full", "ru-long"}
    assert len(owners) == 1 and owners[0][1] == {"ru-full", "ru-long"}


@pytest.mark.parametrize("order", [["en-full", "en-long"], ["en-long", "en-full"]])
def test_english_reports_one_spelt_out_name_one_bank(
    tmp_path: Path, order: list[str], no_ambient_database: None
) -> None:
    facts = ingested(tmp_path, order)
    banks = {
        name
        for fact in facts
        for values in fact["args"].values()
        for name in values
        if "Bank" in name or name == "AIIB"
    }
    assert banks == {"Asian Infrastructure Investment Bank"}


@pytest.mark.parametrize("order", [["neg-a", "neg-b"], ["neg-b", "neg-a"]])
def test_two_bodies_with_one_short_name_stay_two_through_the_store(
    tmp_path: Path, order: list[str], no_ambient_database: None
) -> None:
    """Both bought into one company: were the two bodies one, so would their stakes be."""
    facts = ingested(tmp_path, order)
    owners = facts_of(facts, "ownership")
    assert sorted(sorted(sources) for _, sources in owners) == [["neg-a"], ["neg-b"]]


@pytest.fixture
def no_ambient_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONCORD_DB", raising=False)
    monkeypatch.chdir(tmp_path)
