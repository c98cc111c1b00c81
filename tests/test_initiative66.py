"""initiative66: a transport service started is a project though no launching noun carries
it: the vehicles travel a route called new ("автобусы будут ездить по новому маршруту",
"автобусы нового маршрута начнут курсировать", "начало движения по новому маршруту"),
directions of a kind of transport are started ("запустил шесть автобусных направлений"),
the vehicles' run is organised ("организовано движение пригородного автобуса").
Negatives: a route cancelled or only travelled, new vehicles on an old route, a bus running
late, a shop closed, a tender announced with no winner, a front's direction. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, initiative_kinds_in


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "С понедельника автобусы будут ездить по новому маршруту до микрорайона Южный.",
            "маршрут",
        ),
        ("До села Ключи троллейбусы станут ходить по новому маршруту.", "маршрут"),
        ("Автобусы нового маршрута № 45 начнут курсировать с 1 марта.", "маршрут"),
        ("Начало движения по новому маршруту намечено на понедельник.", "маршрут"),
        ("Перевозчик запустил шесть автобусных направлений в пригородные сёла.", "направлени"),
        ("С 1 июня организовано движение пригородного автобуса до дачного посёлка.", "движение"),
    ],
)
def test_transport_service_started_is_a_project(analyse: Analyse, text: str, word: str) -> None:
    assert any(word in " ".join(kinds) for kinds in initiative_kinds_in(analyse, text))


@pytest.mark.parametrize(
    "text",
    [
        "Маршрут № 12 отменили из-за ремонта дороги.",
        "Автобус опоздал на двадцать минут из-за пробки.",
        "Автобусы ходят по маршруту № 5 каждые полчаса.",
        "Два новых троллейбуса выйдут на маршрут № 2.",
        "Магазин на улице Мира закрылся.",
        "Администрация отменила тендер на ремонт моста.",  # initiative110: announced is planned
        "Бои идут на южном направлении.",
        "С сентября автобусы будут ходить по новому расписанию.",
    ],
)
def test_no_transport_service_started_gives_no_claim(analyse: Analyse, text: str) -> None:
    assert initiative_kinds_in(analyse, text) == []
