"""Classes found on real 2008-2014 business and regional news (round 20): projects named
in passing through a flight service started ("начинает регулярные полёты"), money given
for a work on a project whatever the work is called ("на завершение моста потратят",
"вложит в развитие комплексов"), a build carried out or carried on ("будет осуществляться
строительство", "строительство будет продолжено"), a noun that is a project only with
its kind ("особая экономическая зона"), a place receiving what appears; and what is no
launch: a project under way sped up, a recreation zone, money for upkeep. Sentences
written for these tests (new names and wording)."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, claims_of, kinds_in


def test_regular_flights_started_are_a_service(analyse: Analyse) -> None:
    text = "Авиакомпания «Ямал» начинает регулярные полеты по маршруту Салехард - Сочи."
    claims = claims_of(analyse(text), "initiative")
    assert [" ".join(c.values("kind")) for c in claims] == ["регулярные полеты"]
    assert claims[0].values("organisations") == ["Ямал"]


def test_a_flight_in_a_report_of_an_accident_is_no_service(analyse: Analyse) -> None:
    text = "Во время полета у самолета отказал двигатель."
    assert kinds_in(analyse, text) == []


def test_money_spent_on_finishing_a_bridge_launches_the_bridge(analyse: Analyse) -> None:
    text = "Министр сообщил, что на завершение моста через Обь будет потрачено 12 млрд рублей."
    claims = claims_of(analyse(text), "initiative")
    assert [" ".join(c.values("kind")) for c in claims] == ["мост"]
    assert claims[0].modality == Modality.PLANNED


def test_money_put_into_developing_farms_launches_them(analyse: Analyse) -> None:
    text = "Холдинг «Сибагро» вложит около 2 млрд рублей в развитие свиноводческих комплексов."
    assert kinds_in(analyse, text) == ["свиноводческие комплексы"]


def test_money_for_upkeep_launches_no_work(analyse: Analyse) -> None:
    text = "За год холдинг потратит около 2 млрд рублей на содержание свиноводческих комплексов."
    assert kinds_in(analyse, text) == []


def test_a_build_carried_out_is_reported(analyse: Analyse) -> None:
    text = "В Пензе в ближайшие два года будет осуществляться строительство нового онкоцентра."
    assert len(kinds_in(analyse, text)) == 1


def test_a_build_carried_on_is_reported(analyse: Analyse) -> None:
    text = "Строительство автодороги Томск - Колпашево будет продолжено."
    assert kinds_in(analyse, text) == ["автодорога"]


def test_a_special_economic_zone_is_a_project(analyse: Analyse) -> None:
    text = "Премьер подписал постановление о создании особой экономической зоны в Липецкой области."
    assert kinds_in(analyse, text) == ["особая экономическая зона"]


def test_a_zone_appearing_in_a_region_is_a_project(analyse: Analyse) -> None:
    text = "В Тверской области появится особая экономическая зона."
    assert kinds_in(analyse, text) == ["особая экономическая зона"]


def test_a_recreation_zone_is_a_project(analyse: Analyse) -> None:
    # initiative72: the later golds (c2, e, i, l, ae, af) hold zones of rest created as
    # projects; a zone of no listed kind or purpose stays none
    text = "Мэрия создала зону отдыха у реки."
    assert kinds_in(analyse, text) == ["зона отдыха"]


def test_a_zone_of_no_kind_is_no_project(analyse: Analyse) -> None:
    text = "Мэрия создала зону оцепления у реки."
    assert kinds_in(analyse, text) == []


def test_a_project_sped_up_is_no_launch(analyse: Analyse) -> None:
    text = "Президент поручил ускорить реализацию проекта «Инноград»."
    assert kinds_in(analyse, text) == []


def test_taking_part_in_a_project_launches_nothing(analyse: Analyse) -> None:
    text = "Институт участвует в проекте создания особой экономической зоны в Дубне."
    assert kinds_in(analyse, text) == []


def test_a_bare_service_appearing_in_more_towns_is_no_new_project(analyse: Analyse) -> None:
    text = "До конца года сервис появится еще в трех городах."
    assert kinds_in(analyse, text) == []
