"""Signed documents in unselected news, round 22 (measured on real excerpts kept out of the
repository): a verb of closing a document signs it as "sign" does — "clinched a new supply
deal", "sealed a deal with X", "the pact was finalised", "клуб перезаключил контракт",
"финализировали соглашение" — and a task set to finalise one plans it; talks with no
document, an oral agreement, a sealed envelope and a document only criticised stay silent —
on sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreement_kinds_and_modalities_in


def test_english_a_deal_clinched_is_signed(analyse: Analyse) -> None:
    text = "The Latvian grid operator has clinched a new power supply deal with Statkraft, the ministry said on Monday."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("deal", Modality.FACT)]


def test_english_a_deal_sealed_is_signed(analyse: Analyse) -> None:
    text = "The Port of Gdansk sealed a deal with Maersk for a new container terminal last year."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("deal", Modality.FACT)]


def test_english_a_pact_finalised_is_signed(analyse: Analyse) -> None:
    text = "The pact was finalised last week after months of talks in Oslo."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("pact", Modality.FACT)]


def test_english_a_task_to_finalize_a_contract_plans_it(analyse: Analyse) -> None:
    text = "The Brazilian president set the task of finalizing a contract on fertiliser supplies as quickly as possible."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("contract", Modality.PLANNED)]


def test_a_contract_concluded_again_is_signed(analyse: Analyse) -> None:
    text = "Казанский «Рубин» перезаключил контракт с защитником Ильёй Самошниковым."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("контракт", Modality.FACT)]


def test_an_agreement_finalised_is_signed(analyse: Analyse) -> None:
    text = "Минэнерго Сербии и компания «Эльектропривреда» финализировали соглашение о поставках угля."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("соглашение", Modality.FACT)]


def test_talks_with_no_document_stay_silent(analyse: Analyse) -> None:
    text = "Премьер-министры Чехии и Словакии обсудили торгово-экономическое сотрудничество и совместные проекты."
    assert agreement_kinds_and_modalities_in(analyse, text) == []


def test_an_oral_agreement_stays_silent(analyse: Analyse) -> None:
    text = "Мэры Твери и Пскова договорились о сотрудничестве в сфере туризма."
    assert agreement_kinds_and_modalities_in(analyse, text) == []


def test_english_a_sealed_envelope_is_no_document(analyse: Analyse) -> None:
    text = "The ambassador sealed the envelope with the ministry's reply and left the building."
    assert agreement_kinds_and_modalities_in(analyse, text) == []


def test_a_document_only_criticised_stays_silent(analyse: Analyse) -> None:
    text = "Оппозиция раскритиковала соглашение о транзите газа как невыгодное для страны."
    assert agreement_kinds_and_modalities_in(analyse, text) == []
