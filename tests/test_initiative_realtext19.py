"""Classes found on real 2009-2014 political and business news (round 19): a body formed
or co-founded ("указ об образовании совета", "стал соучредителем фонда"), a field
developed ("будет осваивать месторождение"; a field discovered is no project), and what
is no project: a product sold ("старт продаж новой модели"), space explored. Sentences
written for these tests (new names and wording)."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, claims_of, kinds_and_modalities_in


def test_a_decree_forming_a_council_founds_it(analyse: Analyse) -> None:
    text = "Губернатор подписал указ об образовании совета по инвестициям."
    assert [kind for kind, _ in kinds_and_modalities_in(analyse, text)] == ["совет"]


def test_a_cofounder_of_a_fund_founds_it(analyse: Analyse) -> None:
    text = "Банк «Север» стал соучредителем венчурного фонда объёмом 1 млрд рублей."
    claims = claims_of(analyse(text), "initiative")
    assert [" ".join(c.values("kind")) for c in claims] == ["венчурный фонд"]
    assert claims[0].values("organisations") == ["Север"]


def test_a_sitting_of_a_presidium_founds_nothing(analyse: Analyse) -> None:
    text = "Вчера состоялось заседание президиума правительства."
    assert kinds_and_modalities_in(analyse, text) == []


def test_a_field_to_be_developed_is_a_planned_project(analyse: Analyse) -> None:
    text = "Компания «Полюс» будет осваивать новое месторождение в Якутии вместе с партнёрами."
    assert kinds_and_modalities_in(analyse, text) == [("месторождение", Modality.PLANNED)]


def test_a_field_discovered_is_no_project(analyse: Analyse) -> None:
    text = "Геологи компании «Полюс» открыли новое месторождение золота в Якутии."
    assert kinds_and_modalities_in(analyse, text) == []


def test_space_exploration_launches_no_research(analyse: Analyse) -> None:
    text = "Орбитальная станция — главная задача агентства в программе исследования и освоения космоса."
    assert kinds_and_modalities_in(analyse, text) == []


def test_sales_of_a_model_are_no_project(analyse: Analyse) -> None:
    text = "Старт продаж новой модели намечен на осень."
    assert kinds_and_modalities_in(analyse, text) == []


def test_a_new_production_opened_stays_a_project(analyse: Analyse) -> None:
    text = "В Ульяновске открыли новое производство компании «Волгамаш»."
    assert [kind for kind, _ in kinds_and_modalities_in(analyse, text)] == ["производство"]
