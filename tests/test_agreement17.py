"""Signed documents in unselected news, round 17 (measured on real excerpts kept out of the
repository): an intending or modal word over the signing plans the document, a narrator's
first-person-plural formula keeps a past signing a fact, and English wire words ("accord",
"contract extension") name documents — on sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreements_of


def test_an_intending_adjective_over_the_signing_plans_the_contract(analyse: Analyse) -> None:
    claims = agreements_of(analyse("Защитник Олег Смирнов намерен подписать новый контракт с клубом."))
    assert [c.values("kind") for c in claims] == [["контракт"]]
    assert claims[0].modality == Modality.PLANNED


def test_a_modal_verb_over_the_signing_plans_the_memorandum(analyse: Analyse) -> None:
    claims = agreements_of(analyse("Болгария и Греция могут подписать меморандум о туризме уже в мае."))
    assert [c.values("kind") for c in claims] == [["меморандум"]]
    assert claims[0].modality == Modality.PLANNED


def test_an_english_modal_auxiliary_plans_the_signing(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("A memorandum on fisheries may be signed in Oslo next week, the minister said.")
    )
    assert [c.values("kind") for c in claims] == [["memorandum"]]
    assert claims[0].modality == Modality.PLANNED


def test_a_narrators_reminder_keeps_a_past_signing_a_fact(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("Напомним, что договор о поставках зерна был подписан ещё в марте 2019 года.")
    )
    assert [c.values("kind") for c in claims] == [["договор"]]
    assert claims[0].modality == Modality.FACT


def test_an_accord_signed_is_a_document(analyse: Analyse) -> None:
    claims = agreements_of(analyse("The accord was signed by the two mayors in Lyon on Friday."))
    assert [c.values("kind") for c in claims] == [["accord"]]
    assert claims[0].modality == Modality.FACT


def test_a_contract_extension_is_one_document(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("The goalkeeper has signed a three-year contract extension with the club.")
    )
    assert [c.values("kind") for c in claims] == [["contract extension"]]


# Guards: these stay as they are.


def test_a_past_signing_stays_a_fact(analyse: Analyse) -> None:
    claims = agreements_of(analyse("Защитник Олег Смирнов подписал новый контракт с клубом."))
    assert [c.modality for c in claims] == [Modality.FACT]


def test_a_modal_over_a_verb_of_saying_does_not_plan_a_signed_document(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("Министр может подтвердить, что соглашение о поставках было подписано в марте.")
    )
    assert [c.modality for c in claims] == [Modality.FACT]


def test_a_narrators_reminder_of_a_future_signing_stays_planned(analyse: Analyse) -> None:
    claims = agreements_of(analyse("Напомним, что соглашение будет подписано в декабре."))
    assert [c.modality for c in claims] == [Modality.PLANNED]


def test_according_to_a_report_names_no_document(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("According to the report, the two firms opened a joint plant in Turin.")
    )
    assert claims == []


def test_a_contract_alone_is_still_a_document(analyse: Analyse) -> None:
    claims = agreements_of(analyse("The striker signed a new contract with the club on Monday."))
    assert [c.values("kind") for c in claims] == [["contract"]]
