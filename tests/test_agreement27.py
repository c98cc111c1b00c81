"""Agreements extended, planned by a plan and told by their terms, round 27 (measured on
real excerpts kept out of the repository): a plan signed by two sides ("подписали план
развития …", "план мероприятий по …") is a joint document; a plan one body approves or
drafts is none; the terms of a document named by its own kind noun ("Соглашение
предусматривает …") belong to the one a sentence a few before reports concluded, though it
named no signer and another sentence stands between — on sentences written for these tests, with near misses (an oral
"договорились", a draft, a law, a bare "Документ")."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreement_kinds_and_modalities_in


def test_a_signed_plan_of_measures_is_an_agreement(analyse: Analyse) -> None:
    text = (
        "Губернаторы Тверской и Гродненской областей подписали план мероприятий по развитию "
        "туризма на 2025–2027 годы."
    )
    assert agreement_kinds_and_modalities_in(analyse, text) == [
        ("план мероприятий", Modality.FACT)
    ]


def test_a_signed_development_plan_with_adjectives_between(analyse: Analyse) -> None:
    text = "Премьеры двух стран подписали план совместного развития приграничных районов."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("план развития", Modality.FACT)]


def test_a_plan_one_body_approves_is_no_agreement(analyse: Analyse) -> None:
    # near miss: approved, nobody signs it
    text = "Администрация района утвердила план мероприятий к празднованию Дня города."
    assert agreement_kinds_and_modalities_in(analyse, text) == []


def test_a_drafted_plan_is_no_agreement(analyse: Analyse) -> None:
    # near miss: a draft of one side
    text = "В министерстве разрабатывается проект плана взаимодействия с муниципалитетами."
    assert agreement_kinds_and_modalities_in(analyse, text) == []


def test_terms_of_an_agreement_concluded_two_sentences_before(analyse: Analyse) -> None:
    text = (
        "Воронежские и ростовские власти заключили соглашение о сотрудничестве. "
        "Губернаторы встречаются каждый год. "
        "Соглашение предусматривает обмен опытом в сфере образования и здравоохранения."
    )
    assert agreement_kinds_and_modalities_in(analyse, text) == [
        ("соглашение", Modality.FACT),
        ("соглашение", Modality.FACT),
    ]


def test_terms_after_an_oral_agreement_are_no_claim(analyse: Analyse) -> None:
    # near miss: "договорились" names no document, so nothing before is concluded
    text = (
        "Стороны договорились о расширении сотрудничества. "
        "Губернаторы встречаются каждый год. "
        "Соглашение предусматривает обмен опытом в сфере образования."
    )
    assert agreement_kinds_and_modalities_in(analyse, text) == []


def test_terms_of_a_law_are_no_agreement(analyse: Analyse) -> None:
    # near miss: a law adopted is no agreement, nor what it provides
    text = (
        "Депутаты приняли закон о поддержке фермеров. "
        "Закон предусматривает льготы для малых хозяйств."
    )
    assert agreement_kinds_and_modalities_in(analyse, text) == []


def test_terms_of_a_document_after_a_law_are_no_agreement(analyse: Analyse) -> None:
    # near miss: the law before is no agreement, so "Документ" stands for no signed paper
    text = (
        "Депутаты приняли закон о поддержке фермеров. "
        "Документ предусматривает льготы для малых хозяйств."
    )
    assert agreement_kinds_and_modalities_in(analyse, text) == []
