"""Projects counted (initiative119): routes that appear, called new or named by their kind
("В области появятся 12 новых автобусных маршрутов"), are launched. Near miss: a bare route
appearing. Sentences written for these tests."""

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
