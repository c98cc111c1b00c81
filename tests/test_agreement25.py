"""Signed documents in international and business news, round 25 (measured on real
excerpts kept out of the repository): a declaration leaders adopt or approve at a summit is
no agreement, nor the sentences that follow about it, while one they sign is (gold.md,
agreement18); "подписывается N документов" signs a package; a participle the parser tags an
adjective ("обмен подписанными документами") signs it too; "приостанавливает участие в
договоре" ends the document as "приостановил" does — on sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreement_kinds_and_modalities_in


def test_an_adopted_declaration_is_no_agreement(analyse: Analyse) -> None:
    text = "Главы государств региона приняли совместную декларацию по итогам форума в Астане."
    assert agreement_kinds_and_modalities_in(analyse, text) == []


def test_the_sentences_after_an_adopted_declaration_name_none(analyse: Analyse) -> None:
    text = (
        "Участники саммита приняли Бакинскую декларацию. Об утверждении документа сообщил "
        "председатель. Декларация отражает общие подходы сторон."
    )
    assert agreement_kinds_and_modalities_in(analyse, text) == []


def test_a_signed_declaration_and_its_terms_stay(analyse: Analyse) -> None:
    text = (
        "Премьеры двух стран подписали декларацию о дружбе. "
        "Декларация предусматривает расширение связей."
    )
    assert agreement_kinds_and_modalities_in(analyse, text) == [
        ("декларация", Modality.FACT),
        ("декларация", Modality.FACT),
    ]


def test_a_signed_final_declaration_stays(analyse: Analyse) -> None:
    text = "Участники встречи подписали итоговую декларацию."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("декларация", Modality.FACT)]


def test_documents_being_signed_are_a_package(analyse: Analyse) -> None:
    text = '"На полях переговоров подписывается 12 документов", - сказал министр.'
    kinds = [kind for kind, _ in agreement_kinds_and_modalities_in(analyse, text)]
    assert kinds == ["документ"]


def test_an_exchange_of_signed_documents_is_a_package(analyse: Analyse) -> None:
    text = (
        "Делегации двух стран провели церемонию обмена подписанными документами, "
        "направленными на развитие торговли."
    )
    assert agreement_kinds_and_modalities_in(analyse, text) == [("документ", Modality.FACT)]


def test_suspended_participation_ends_the_treaty(analyse: Analyse) -> None:
    text = "Норвегия приостанавливает свое участие в Договоре о рыболовстве в северных водах."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("договор", Modality.NEGATED)]
