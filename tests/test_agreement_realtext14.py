"""Constructions FactRuEval-style real news uses for a document restated in passing (issue 16,
agreement14, measured on real excerpts kept out of the repository): what a signed document
records cited by a verb of saying ("В протоколе отмечено …", "В документе говорится …",
"В нём отражены …"), its terms by a possessive pronoun ("По его условиям …"), and a document
its own participle calls signed beside one the sentence only plans — on sentences written
for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreements_of


def test_what_a_signed_protocol_records_is_cited_by_a_verb_of_saying(analyse: Analyse) -> None:
    text = (
        "Министры Армении и Беларуси подписали в Минске протокол о торговле зерном. "
        "В протоколе отмечено, что Ереван снизит пошлины на ячмень."
    )
    claims = agreements_of(analyse(text))
    assert [c.values("kind") for c in claims] == [["протокол"], ["протокол"]]
    assert claims[1].modality == Modality.FACT
    assert set(claims[1].values("parties")) == {"Армения", "Беларусь"}


def test_the_reference_word_and_a_pronoun_cite_what_the_document_says(analyse: Analyse) -> None:
    text = (
        "«Уралхим» и «Северсталь» подписали соглашение о поставках аммиака. "
        "В документе говорится о ценах на пять лет вперёд. "
        "В нём отражены также сроки отгрузки."
    )
    claims = agreements_of(analyse(text))
    # agreement32: the bare "В документе" folds into the first claim; the pronoun stays
    assert [c.values("kind") for c in claims] == [["соглашение"]] * 2
    assert all(set(c.values("parties")) == {"Уралхим", "Северсталь"} for c in claims)


def test_terms_named_by_a_possessive_pronoun_restate_the_document(analyse: Analyse) -> None:
    text = (
        "«Татнефть» и «Камский порт» заключили договор аренды причала. "
        "По его условиям порт обязан продлить причал к весне."
    )
    claims = agreements_of(analyse(text))
    assert [c.values("kind") for c in claims] == [["договор"], ["договор"]]
    assert claims[1].values("parties") == claims[0].values("parties")


def test_a_possessive_pronoun_of_another_gender_or_of_a_person_is_no_document(
    analyse: Analyse,
) -> None:
    for text in (
        "«Татнефть» и «Камский порт» заключили договор аренды причала. "
        "По её словам, порт обязан продлить причал к весне.",
        "Директор порта Олег Ремезов подписал договор аренды причала. "
        "По его словам, порт продлит причал к весне.",
        "«Татнефть» и «Камский порт» заключили договор аренды причала. "
        "По её условиям порт обязан продлить причал к весне.",
    ):
        claims = agreements_of(analyse(text))
        assert [c.values("kind") for c in claims] == [["договор"]], text


def test_a_document_called_signed_beside_a_planned_one_is_another(analyse: Analyse) -> None:
    text = (
        "Белоруссия намерена заключить с Вьетнамом два новых контракта, которые возместят "
        "потери в уже подписанных контрактах с Ливией."
    )
    claims = agreements_of(analyse(text))
    assert [c.modality for c in claims] == [Modality.PLANNED, Modality.FACT]


def test_a_statement_in_a_ministry_is_no_document(analyse: Analyse) -> None:
    text = (
        "Делегации подписали меморандум о туризме. "
        "В министерстве отмечено, что туристов стало больше."
    )
    claims = agreements_of(analyse(text))
    assert [c.values("kind") for c in claims] == [["меморандум"]]
