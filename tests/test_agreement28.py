"""Programmes of cooperation signed by two sides, round 28 (measured on real excerpts kept
out of the repository): a programme the sides sign, with adjectives or other genitives
between the noun and its kind ("программу межрегионального сотрудничества", "программу
согласованных действий"), is an agreement; a programme one body launches or approves is an
initiative and no agreement (gold.md, Decided agreement28); a bare "программа" or "план"
later restates the plan a sentence before named; a term told by "на N лет" on a signing or
extending verb is the document's `valid_for` — on sentences written for these tests, with
near misses (one body's programme, a bare programme with no plan named before, a year)."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import (
    Analyse,
    agreement_kinds_and_modalities_in,
    agreements_of,
    initiative_kinds_in,
)


def test_a_signed_programme_with_an_adjective_between(analyse: Analyse) -> None:
    text = "Казахстан и Армения подписали программу межрегионального сотрудничества на 2027–2031 годы."
    assert agreement_kinds_and_modalities_in(analyse, text) == [
        ("программа сотрудничества", Modality.FACT)
    ]


def test_a_signed_programme_of_concerted_actions(analyse: Analyse) -> None:
    # actions agreed between the sides make the programme a joint paper, as "совместная"
    text = "Министры юстиции Сербии и Венгрии подписали программу согласованных действий в правовой сфере."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("программа", Modality.FACT)]


def test_one_body_signing_a_programme_of_actions_signs_no_agreement(analyse: Analyse) -> None:
    # near miss: a bare "программа действий" signed by one official is his own programme
    text = "Губернатор подписал программу действий по борьбе с паводками."
    assert agreement_kinds_and_modalities_in(analyse, text) == []


def test_a_signed_programme_of_strategic_partnership(analyse: Analyse) -> None:
    text = "Министры обороны Армении и Грузии подписали программу стратегического партнерства на три года."
    assert agreement_kinds_and_modalities_in(analyse, text) == [
        ("программа партнерства", Modality.FACT)
    ]


def test_a_programme_one_ministry_launches_is_an_initiative_only(analyse: Analyse) -> None:
    # near miss: one body's programme, nobody signs it
    text = "Министерство здравоохранения запустило программу сотрудничества с частными клиниками."
    assert agreement_kinds_and_modalities_in(analyse, text) == []
    assert initiative_kinds_in(analyse, text) != []


def test_a_bare_programme_restates_the_signed_one(analyse: Analyse) -> None:
    text = (
        "Армения и Грузия подписали программу приграничного сотрудничества на 2027–2030 годы. "
        "Церемония прошла в Ереване. "
        "По словам замминистра, программа включает около 40 направлений взаимодействия."
    )
    assert agreement_kinds_and_modalities_in(analyse, text) == [
        ("программа сотрудничества", Modality.FACT),
        ("программа сотрудничества", Modality.FACT),
    ]


def test_a_bare_programme_after_one_bodys_programme_is_none(analyse: Analyse) -> None:
    # near miss: the programme named before is no plan kind, nobody signs
    text = "Министерство культуры утвердило программу развития музеев. Программа включает 12 проектов."
    assert agreement_kinds_and_modalities_in(analyse, text) == []


def test_an_extension_for_five_years_is_the_term(analyse: Analyse) -> None:
    claims = agreements_of(analyse("Стороны продлили договор с Финляндией на 5 лет."))
    assert [claim.values("valid_for") for claim in claims] == [["5 лет"]]


def test_a_document_concluded_for_ten_years(analyse: Analyse) -> None:
    claims = agreements_of(analyse("Контракт с клубом заключен на десять лет."))
    assert [claim.values("valid_for") for claim in claims] == [["десять лет"]]


def test_a_plan_for_a_year_has_no_term(analyse: Analyse) -> None:
    # near miss: "на 2026 год" is the year planned for, not a length
    claims = agreements_of(analyse("Россия и Китай подписали план сотрудничества на 2026 год."))
    assert [claim.values("valid_for") for claim in claims] == [[]]


def test_a_programme_two_sides_approve_is_an_agreement(analyse: Analyse) -> None:
    text = "Минский и Казанский университеты утвердили программу взаимодействия на три года."
    assert agreement_kinds_and_modalities_in(analyse, text) == [
        ("программа взаимодействия", Modality.FACT)
    ]


def test_a_plan_city_authorities_approve_is_none(analyse: Analyse) -> None:
    # near miss: a plural subject that is one body
    text = "Власти города утвердили программу сотрудничества с волонтёрами."
    assert agreement_kinds_and_modalities_in(analyse, text) == []
