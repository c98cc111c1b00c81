"""initiative96: the rooms, grounds and parts of a facility a report has claimed are details
of that one project, not projects of their own; a second facility, another runner, a
facility listed beside the first and a part that is the only project told stay claims.
Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import Analyse, kinds_in


def test_rooms_listed_in_the_building_told_before(analyse: Analyse) -> None:
    text = (
        "В Сосновке построят детский сад на 180 мест. "
        "В здании откроют восемь групп, пищеблок и бассейн."
    )
    assert kinds_in(analyse, text) == ["детский сад"], kinds_in(analyse, text)


def test_parking_on_the_grounds(analyse: Analyse) -> None:
    text = (
        "В Заречном районе начали строить поликлинику. "
        "На прилегающей территории обустроят парковку."
    )
    assert kinds_in(analyse, text) == ["поликлиника"], kinds_in(analyse, text)


def test_parking_told_with_no_place(analyse: Analyse) -> None:
    text = "В Кедровом построят новую школу. Также будет обустроена парковка."
    assert kinds_in(analyse, text) == ["школа"], kinds_in(analyse, text)


def test_pool_inside_the_complex_pointed_by_a_pronoun(analyse: Analyse) -> None:
    text = "В Дубках построят спортивный комплекс. В нём обустроят бассейн и тренажёрный зал."
    assert kinds_in(analyse, text) == ["спортивный комплекс"], kinds_in(analyse, text)


def test_another_pool_stays(analyse: Analyse) -> None:
    text = "В Озёрске построят ледовую арену. Кроме того, в городе появится ещё один бассейн."
    assert len(kinds_in(analyse, text)) == 2, kinds_in(analyse, text)


def test_pool_of_another_runner_stays(analyse: Analyse) -> None:
    text = "В Луговом построят школу. Компания «Аквастрой» построит бассейн рядом со школой."
    assert len(kinds_in(analyse, text)) == 2, kinds_in(analyse, text)


def test_pool_listed_beside_another_facility_stays(analyse: Analyse) -> None:
    text = "В Берёзовке построят школу. Здесь также хотят построить ФОК и бассейн."
    assert "бассейн" in kinds_in(analyse, text), kinds_in(analyse, text)


def test_part_that_is_the_only_project_stays(analyse: Analyse) -> None:
    text = "В школе посёлка Первомайский отремонтируют спортзал."
    assert kinds_in(analyse, text) == ["спортзал"], kinds_in(analyse, text)


def test_body_told_again_is_no_room(analyse: Analyse) -> None:
    text = (
        "Агентство создаст комиссию по проверке отчётов. "
        "Агентство сформирует собственную группу по проверке отчётов."
    )
    assert len(kinds_in(analyse, text)) == 2, kinds_in(analyse, text)
