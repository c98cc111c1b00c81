"""Projects counted (initiative119): routes that appear, called new or named by their kind
("В области появятся 12 новых автобусных маршрутов"), are launched; a count of projects
summed up over a span of past years ("За пять лет в регионе построено 40 школ") is a record,
none of them told. Near misses: a bare route appearing, a count planned over years, a count
planned this year. Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_in


def _kinds(analyse: Analyse, text: str) -> list[str]:
    return [v for c in initiatives_in(analyse, text) for v in c.values("kind")]


def test_new_routes_counted_appearing_are_planned(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "В области появятся 12 новых автобусных маршрутов.")
    assert any("маршрут" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_routes_of_a_kind_appeared_are_a_fact(analyse: Analyse) -> None:
    text = "Восемь трамвайных маршрутов появились в Казани в прошлом году."
    claims = initiatives_in(analyse, text)
    assert any("маршрут" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.FACT for c in claims)


def test_a_cycle_route_told_by_its_length_is_planned(analyse: Analyse) -> None:
    assert any(
        "маршрут" in k
        for k in _kinds(analyse, "В Твери появится 9-километровый велосипедный маршрут.")
    )


def test_a_bare_route_appearing_stays_unread(analyse: Analyse) -> None:
    assert not _kinds(analyse, "На карте появился маршрут.")


def test_a_count_over_past_years_is_a_record(analyse: Analyse) -> None:
    assert not _kinds(analyse, "За последние пять лет в крае построено 35 поликлиник.")
    assert not _kinds(analyse, "За три года в области отремонтировали 28 домов культуры.")


def test_a_count_planned_over_years_is_still_told(analyse: Analyse) -> None:
    assert any(
        "поликлиник" in k for k in _kinds(analyse, "За пять лет в крае построят 35 поликлиник.")
    )


def test_a_count_planned_this_year_is_still_told(analyse: Analyse) -> None:
    assert any(
        "дом" in k
        for k in _kinds(analyse, "В этом году в области отремонтируют 28 домов культуры.")
    )
