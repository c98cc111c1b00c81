"""Agreements planned by a plan, told by their terms and expiring, round 27 (measured on
real excerpts kept out of the repository): a plan signed by two sides ("подписали план
развития …", "план мероприятий по …") is a joint document; a plan one body approves or
drafts is none; the terms of a document named by its own kind noun ("Соглашение
предусматривает …") belong to the one a sentence a few before reports concluded, though it
named no signer and another sentence stands between; a date an expiry word holds ("срок
действия истекает 1 апреля") is the term's end, not the signing day — on sentences written
for these tests, with near misses (an oral "договорились", a draft, a law, a bare
"Документ", a signing day of its own)."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreement_kinds_and_modalities_in, agreements_of


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


def _dates(analyse: Analyse, text: str) -> list[tuple[list[str], list[str]]]:
    return [
        (claim.values("signed_on"), claim.values("valid_until"))
        for claim in agreements_of(analyse(text))
    ]


def test_an_expiry_date_is_the_term_not_the_signing_day(analyse: Analyse) -> None:
    text = (
        "Соглашение о торговле было заключено на пять лет, и срок его действия истекает "
        "15 мая 2027 года."
    )
    assert _dates(analyse, text) == [([], ["2027-05-15"])]


def test_a_signing_day_beside_an_expiry_stays(analyse: Analyse) -> None:
    # near miss: the signing has its own day; the expiry gives the term
    text = (
        "Соглашение о торговле было подписано 3 марта 2022 года, срок его действия истекает "
        "в декабре 2027 года."
    )
    assert _dates(analyse, text) == [(["2022-03-03"], ["2027-12"])]
