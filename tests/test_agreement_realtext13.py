"""Constructions FactRuEval-style real news uses for a document told in passing (issue 16,
agreement13, measured on real excerpts kept out of the repository): what a document holds
cited ("в его контракте было записано", "опцией в соглашении"), documents only supposed in a
condition, one document under two kinds in a sentence, a relative clause the parser hangs on
the noun holding the document, a document being prepared — on sentences written for these
tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreements_of


def test_what_a_persons_contract_holds_cites_it_in_force(analyse: Analyse) -> None:
    text = (
        "Хоккеист Тимур Закиров покинул «Витязь» летом. "
        "По словам агента, в его контракте было записано право уйти бесплатно."
    )
    claims = agreements_of(analyse(text))
    assert [c.values("kind") for c in claims] == [["контракт"]]
    assert claims[0].modality == Modality.FACT
    assert claims[0].values("signatories") == ["Тимур Закиров"]


def test_a_contract_named_by_its_holder_in_the_genitive(analyse: Analyse) -> None:
    text = "В контракте Олега Саврасова было два пункта о досрочной отставке, напомнил директор."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["контракт"]
    assert claim.values("signatories") == ["Олег Саврасов"]


def test_an_option_in_an_agreement_belongs_to_the_clause_subject(analyse: Analyse) -> None:
    text = "Клуб «Сокол» собирается воспользоваться опцией в соглашении и выкупить вратаря."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["соглашение"]
    assert claim.values("parties") == ["Сокол"]


def test_a_document_only_supposed_in_a_condition_is_no_claim(analyse: Analyse) -> None:
    for text in (
        "Тренер получил бы неустойку, если бы контракт был расторгнут по инициативе клуба.",
        "В случае подписания соглашения Вильнюсом Минск обещает пересмотреть пошлины.",
    ):
        assert agreements_of(analyse(text)) == [], text


def test_a_condition_on_observing_a_document_keeps_it(analyse: Analyse) -> None:
    text = "Если Баку не вернется к выполнению соглашения о перемирии, Ереван отзовет посла."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["соглашение"]


def test_one_document_under_two_kinds_in_a_sentence_is_one_claim(analyse: Analyse) -> None:
    text = (
        "Недавно контракт с Игорем Ляминым продлили на год, и все записанные в соглашении "
        "условия клуб выполнил."
    )
    claims = agreements_of(analyse(text))
    assert [c.values("kind") for c in claims] == [["контракт"]]


def test_a_relative_clause_hung_on_the_holder_noun_signs_the_document(
    analyse: Analyse,
) -> None:
    text = "На сайте министерства выложен текст меморандума с Сербией, который Белград парафировал в мае."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["меморандум"]
    assert claim.modality == Modality.FACT


def test_a_document_being_prepared_is_planned(analyse: Analyse) -> None:
    text = "Эти квоты эксперты советуют закрепить в готовящемся соглашении о рыболовстве."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["соглашение"]
    assert claim.modality == Modality.PLANNED


def test_a_restated_document_that_includes_terms(analyse: Analyse) -> None:
    text = (
        "«Северсталь» и Mitsui подписали контракт на поставку труб. "
        "Контракт включает обязательство построить склад в Находке."
    )
    claims = agreements_of(analyse(text))
    assert [c.values("kind") for c in claims] == [["контракт"], ["контракт"]]
