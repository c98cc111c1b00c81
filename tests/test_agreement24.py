"""Signed documents in unselected news, round 24 (measured on real excerpts kept out of the
repository): a signing noun that is the subject of a word of planning or expecting
("запланировано подписание ряда документов", "Ожидается подписание соглашений",
"Подписание договора ожидается в мае", "The signing of the treaty is expected …") tells a
signing still ahead, so its documents are planned, not signed. A signing that took place, a
signed memorandum and a planned signing of a named treaty stay as they were — on sentences
written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreement_kinds_and_modalities_in


def test_a_scheduled_signing_of_documents_is_planned(analyse: Analyse) -> None:
    text = "По итогам визита запланировано подписание ряда межправительственных документов."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("документ", Modality.PLANNED)]


def test_an_expected_signing_is_planned(analyse: Analyse) -> None:
    text = "Ожидается подписание соглашений с тремя банками региона."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("соглашение", Modality.PLANNED)]


def test_a_signing_that_is_coming_is_planned(analyse: Analyse) -> None:
    text = "На форуме намечается подписание инвестиционных соглашений с застройщиками."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("соглашение", Modality.PLANNED)]


def test_a_signing_expected_later_is_planned(analyse: Analyse) -> None:
    text = "Подписание контракта на поставку турбин ожидается в мае."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("контракт", Modality.PLANNED)]


def test_a_signing_that_took_place_stays_fact(analyse: Analyse) -> None:
    text = "В Казани состоялось подписание соглашения о сотрудничестве двух университетов."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("соглашение", Modality.FACT)]


def test_a_signed_memorandum_stays_fact(analyse: Analyse) -> None:
    text = "Мэры Твери и Пскова подписали меморандум о сотрудничестве."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("меморандум", Modality.FACT)]


def test_a_planned_signing_of_a_named_treaty_stays_planned(analyse: Analyse) -> None:
    text = "Президенты подпишут Договор о дружбе и сотрудничестве в июне."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("договор", Modality.PLANNED)]


def test_a_signing_done_in_english_stays_fact(analyse: Analyse) -> None:
    text = "The two utilities signed a power supply contract on Monday."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("contract", Modality.FACT)]


def test_an_expected_signing_in_english_is_planned(analyse: Analyse) -> None:
    text = "The signing of the fisheries agreement between Norway and Iceland is expected in May."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("agreement", Modality.PLANNED)]


def test_talks_with_no_document_stay_silent(analyse: Analyse) -> None:
    text = "Министры обсудили планы сотрудничества в области энергетики."
    assert agreement_kinds_and_modalities_in(analyse, text) == []
