"""Activities, services and bodies started — an experiment held from a date on, excavations
begun, a bus route that starts running, sales started in a market, a
headquarters set up by "городские власти" — and their near misses: a one-off experiment,
a commission that founds (not is founded), works named as a cause. Sentences written for
these tests."""

from __future__ import annotations

from tests.conftest import Analyse, initiatives_of, kinds_of


def test_an_activity_held_from_a_date_on_is_started(analyse: Analyse) -> None:
    text = "С 1 апреля Росстат проведет эксперимент по сбору цен через интернет."
    assert any("эксперимент" in kind for kind in kinds_of(analyse(text)))


def test_an_experiment_held_once_is_no_initiative(analyse: Analyse) -> None:
    text = "Физики из Дубны провели эксперимент с пучком ионов золота."
    assert kinds_of(analyse(text)) == []


def test_excavations_begun_are_an_initiative(analyse: Analyse) -> None:
    text = "Археологи Казанского университета приступили к раскопкам кургана под Елабугой."
    assert any("раскоп" in kind for kind in kinds_of(analyse(text)))


def test_a_route_that_starts_running_is_a_service(analyse: Analyse) -> None:
    text = "В Самаре с четверга заработал троллейбусный маршрут до вокзала."
    assert any("маршрут" in kind for kind in kinds_of(analyse(text)))


def test_sales_started_in_a_market_are_no_initiative(analyse: Analyse) -> None:
    # round 52: products and their sales are no project (docs/notes/gold.md)
    text = "Концерн «Калашников» в мае начнет продажи охотничьих ружей в Бразилии."
    assert not any("продаж" in kind for kind in kinds_of(analyse(text)))


def test_a_founded_subsidiary_is_a_body(analyse: Analyse) -> None:
    text = "Холдинг «Сибуглем» создал дочернюю компанию в Монголии."
    assert any("компания" in kind for kind in kinds_of(analyse(text)))


def test_a_body_that_launches_something_is_not_itself_founded(analyse: Analyse) -> None:
    text = "Избирательная комиссия Татарстана запустила горячую линию для наблюдателей."
    assert not any("комиссия" in kind for kind in kinds_of(analyse(text)))


def test_city_authorities_run_the_headquarters_they_set_up(analyse: Analyse) -> None:
    text = (
        "В Омске третий день идет снег. Городские власти создали штаб по уборке улиц."
    )
    claims = [c for c in initiatives_of(analyse(text)) if "штаб" in " ".join(c.values("kind"))]
    assert claims and "Омск" in " ".join(claims[0].values("organisations"))


def test_works_named_as_a_cause_are_no_project(analyse: Analyse) -> None:
    text = "Из-за ремонта водопровода в Липецке на два дня закрыли улицу Гагарина."
    assert kinds_of(analyse(text)) == []
