"""Projects told with their money or size (initiative111): money received for a work named
through a noun of conducting ("получат 2 млн рублей на проведение ремонта"), readiness to
give a named sum ("готовы выделить 30 млн рублей на строительство"), a building or phase
of a facility told by its capacity or cost ("Новый корпус госпиталя рассчитан на 90 коек").
Near misses: an event conducted, a conditional or unnamed sum, an old building described,
upkeep in the present, a budget line. Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, initiative_kinds_in, initiatives_in


def _kinds(analyse: Analyse, text: str) -> list[str]:
    return [kind for kinds in initiative_kinds_in(analyse, text) for kind in kinds]


def test_money_received_for_conducting_a_repair_is_the_repair(analyse: Analyse) -> None:
    text = "Три сельские библиотеки получат 2 млн рублей на проведение текущего ремонта."
    claims = initiatives_in(analyse, text)
    assert any("ремонт" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_money_for_conducting_an_event_stays_unread(analyse: Analyse) -> None:
    assert not initiatives_in(analyse, "Город получит 5 млн рублей на проведение фестиваля.")


def test_money_for_conducting_works_of_no_kind_stays_unread(analyse: Analyse) -> None:
    assert not initiatives_in(analyse, "На проведение работ выделено 9 млн рублей.")


def test_readiness_to_give_a_named_sum_for_a_design_is_planned(analyse: Analyse) -> None:
    text = "На проектирование нового административного здания готовы выделить до 40 млн рублей."
    claims = initiatives_in(analyse, text)
    assert claims
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_readiness_to_give_a_named_sum_for_a_school(analyse: Analyse) -> None:
    text = "Администрация района готова выделить 30 млн рублей на строительство школы."
    assert any("школ" in v for v in _kinds(analyse, text))


def test_readiness_to_give_a_sum_on_a_condition_stays_an_offer(analyse: Analyse) -> None:
    text = "Администрация района готова выделить 30 млн рублей на строительство школы, если область добавит столько же."
    assert not initiatives_in(analyse, text)


def test_a_new_building_of_a_hospital_told_by_its_beds(analyse: Analyse) -> None:
    text = "Новый корпус областного госпиталя рассчитан на 90 коек."
    assert any("корпус" in v and "госпитал" in v for v in _kinds(analyse, text))


def test_a_phase_of_a_plant_told_by_its_cost_is_planned(analyse: Analyse) -> None:
    text = "Вторая очередь молочного завода обойдется в 3 млрд рублей."
    claims = initiatives_in(analyse, text)
    assert any("очередь" in v and "завод" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_an_old_building_told_by_its_beds_stays_described(analyse: Analyse) -> None:
    assert not initiatives_in(analyse, "Корпус областного госпиталя рассчитан на 90 коек.")


def test_upkeep_of_a_building_in_the_present_stays_unread(analyse: Analyse) -> None:
    text = "Старый корпус госпиталя обходится бюджету в 15 млн рублей в год."
    assert not initiatives_in(analyse, text)


def test_a_budget_line_for_a_sector_stays_unread(analyse: Analyse) -> None:
    assert not initiatives_in(analyse, "Расходы на здравоохранение составят 80 млрд рублей.")

