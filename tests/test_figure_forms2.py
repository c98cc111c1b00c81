"""Amounts glued to their unit, titles and counts of named parties — on sentences
written for these tests."""

from __future__ import annotations

from tests.conftest import Analyse, amounts_with_units


def test_an_amount_glued_to_its_unit_as_an_adjective(analyse: Analyse) -> None:
    analysed = analyse("Подрядчик построит 250-километровую дорогу и даст 15-процентную скидку.")
    assert amounts_with_units(analysed) == [(250.0, "километр"), (15.0, "%")]


def test_a_number_opening_a_title_is_not_a_figure(analyse: Analyse) -> None:
    analysed = analyse("Журнал напечатал статьи «7 правил инвестора» и «Пять ошибок новичка».")
    assert amounts_with_units(analysed) == []


def test_a_small_count_of_named_parties_is_a_reference(analyse: Analyse) -> None:
    analysed = analyse("Министры двух стран обсудили поставки в пять государств Африки.")
    assert amounts_with_units(analysed) == [(5.0, "государство")]
