"""Round 25: restatements the fold missed on real news. Money, land or help for the work on
a project weighs the project told before even where the state reads otherwise; a stage of
the works ("нулевой цикл", "котлован под …") is the whole told before; items "в том числе"
are inside the set just counted. Two projects a report tells apart stay two. Sentences
written for these tests."""

from __future__ import annotations

from tests.conftest import Analyse, kinds_in


def test_investment_in_its_construction_weighs_the_planned_shop(analyse: Analyse) -> None:
    text = (
        "Сеть «Колос» откроет гипермаркет в Курске весной. "
        "Инвестиции в его строительство составили около 900 млн рублей."
    )
    assert kinds_in(analyse, text) == ["гипермаркет"]


def test_land_allotted_for_the_arena_weighs_the_planned_arena(analyse: Analyse) -> None:
    text = (
        "В Калмыкии построят крытый футбольный манеж. "
        "Для строительства футбольного манежа выделен участок площадью 4 га."
    )
    assert len(kinds_in(analyse, text)) == 1


def test_money_for_a_second_plant_is_another_plant(analyse: Analyse) -> None:
    text = (
        "Холдинг «Агросила» построит комбикормовый завод в Орле. "
        "На строительство второго завода холдинг уже выделил 2 млрд рублей."
    )
    assert len(kinds_in(analyse, text)) == 2


def test_money_for_a_school_after_a_plant_is_another_project(analyse: Analyse) -> None:
    text = (
        "Холдинг «Агросила» построил комбикормовый завод в Орле. "
        "Средства на строительство школы в Орле выделены из бюджета."
    )
    assert len(kinds_in(analyse, text)) == 2


def test_a_plan_then_its_launch_stay_two_reports(analyse: Analyse) -> None:
    text = (
        "Холдинг «Агросила» построит комбикормовый завод в Орле. "
        "Холдинг «Агросила» открыл комбикормовый завод в Брянске."
    )
    assert len(kinds_in(analyse, text)) == 2


def test_the_zero_cycle_of_the_plant_is_the_plant_told(analyse: Analyse) -> None:
    text = (
        "Компания «Полимикс» построит завод упаковки в Пензенской области. "
        "Строительство нулевого цикла завода начнётся в апреле в Бессоновском районе."
    )
    assert len(kinds_in(analyse, text)) == 1


def test_the_pit_under_the_station_is_the_station_told(analyse: Analyse) -> None:
    text = (
        "В Мурманской области построят ТЭЦ. "
        "Сооружение котлована под ТЭЦ начнётся в августе."
    )
    assert len(kinds_in(analyse, text)) == 1


def test_an_access_road_to_the_plant_stays_its_own_project(analyse: Analyse) -> None:
    text = (
        "Компания «Полимикс» построит завод упаковки в Пензе. "
        "Строительство подъездной дороги к заводу начнётся в апреле."
    )
    assert len(kinds_in(analyse, text)) == 2


def test_hypermarkets_among_the_shops_opened_are_inside_the_set(analyse: Analyse) -> None:
    text = "За квартал сеть «Колос» открыла 84 новых магазина, в том числе два гипермаркета."
    assert [kind.split()[0] for kind in kinds_in(analyse, text)] == ["магазин"]


def test_shops_and_hypermarkets_side_by_side_stay_two(analyse: Analyse) -> None:
    text = "За квартал сеть «Колос» открыла 84 новых магазина и два гипермаркета."
    assert len(kinds_in(analyse, text)) == 2
