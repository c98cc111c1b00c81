"""Business and society news: money put into building in general (a region's or an
industry's construction, a work spread over lands) is no project, while money
into a named or new thing still is; a chain's outlet called the next or the first one
appears as a new project without a runner named. Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse


def _initiatives(analyse: Analyse, text: str) -> list:
    return [c for c in analyse(text).claims if c.type == "initiative"]


def _kinds(analyse: Analyse, text: str) -> list[str]:
    return [v for c in _initiatives(analyse, text) for v in c.values("kind")]


def test_money_into_a_regions_building_is_no_project(analyse: Analyse) -> None:
    text = "В строительство Крыма до 2030 года вложат до двух миллиардов рублей."
    assert not _initiatives(analyse, text)


def test_money_into_building_on_lands_is_no_project(analyse: Analyse) -> None:
    text = (
        "Глава департамента сообщил, что за три года в строительство на этих территориях "
        "было вложено около 40 млрд рублей."
    )
    assert not _initiatives(analyse, text)


def test_money_from_a_budget_into_a_regions_building_is_no_project(analyse: Analyse) -> None:
    text = "В строительство области из федерального бюджета вложат 2 млрд рублей."
    assert not _initiatives(analyse, text)


def test_a_bare_work_given_money_stands_for_the_thing_told_before(analyse: Analyse) -> None:
    # no place: the work is the school's told just before (initiative68), not a sector's
    text = (
        "В Сосновке после ремонта открылся клуб.\n"
        "В Луговом возобновила работу библиотека.\n"
        "На реконструкцию выделили 12 миллионов рублей."
    )
    assert any("реконструкция" in v for v in _kinds(analyse, text))


def test_money_into_building_a_plant_stays_a_project(analyse: Analyse) -> None:
    text = "Холдинг вложит 4 млрд рублей в строительство завода в Калуге."
    assert any("завод" in v for v in _kinds(analyse, text))


def test_money_into_building_a_new_block_stays_a_project(analyse: Analyse) -> None:
    text = "На строительство нового корпуса больницы выделят 300 млн рублей."
    assert any("корпус" in v for v in _kinds(analyse, text))


def test_the_next_supermarket_of_a_chain_appearing_is_opened(analyse: Analyse) -> None:
    text = "Очередной супермаркет сети площадью 900 кв. м появился в торговом центре на севере Казани."
    claims = _initiatives(analyse, text)
    assert any("супермаркет" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.FACT for c in claims)


def test_the_first_shop_of_a_chain_in_a_town_appearing_is_opened(analyse: Analyse) -> None:
    text = "Первый магазин сети в Коломне появился в торговом центре «Орбита»."
    assert any("магазин" in v for v in _kinds(analyse, text))


def test_a_shop_that_only_stands_in_a_mall_is_no_launch(analyse: Analyse) -> None:
    text = "Первый магазин сети в Коломне находится в торговом центре «Орбита»."
    assert not any("магазин" in v for v in _kinds(analyse, text))


def test_money_for_its_building_points_back_and_stays(analyse: Analyse) -> None:
    # the possessive points at the bridge told in the same sentence: not a sector's work
    text = (
        "Сначала подготовят проект нового моста, после чего министерство выделит деньги на "
        "его строительство."
    )
    assert any("строительство" in v for v in _kinds(analyse, text))
