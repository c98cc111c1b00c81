"""initiative108: projects the pool read as nothing at all. A structure traffic is opened
or started on ("движение по мосту откроют") is opened itself; a facility prepared for its
opening ("школу готовят к открытию") is about to open; a named region takes "на" as a
place ("на Камчатке появится аэропорт"). Traffic restored or closed, a site prepared for
building and a season opened stay out. Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_in, kinds_in


def test_traffic_opened_on_a_bridge_opens_the_bridge(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "Движение по мосту через реку Волгу откроют в мае 2028 года.")
    assert [v for c in claims for v in c.values("kind")] == ["мост"]
    assert claims[0].modality == Modality.PLANNED


def test_traffic_started_on_a_new_overpass_in_a_city(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "В Казани в 2029 году запустят движение по новому мосту.")
    assert [v for c in claims for v in c.values("kind")] == ["мост"]
    assert "Казань" in claims[0].values("location")


def test_traffic_restored_or_closed_opens_nothing(analyse: Analyse) -> None:
    assert not kinds_in(analyse, "Движение по мосту восстановят после ремонта.")
    assert not kinds_in(analyse, "Движение по мосту закроют на два дня.")


def test_a_school_prepared_for_opening_is_planned(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "Новую школу в посёлке Лесном готовят к открытию.")
    assert [v for c in claims for v in c.values("kind")] == ["школа"]
    assert claims[0].modality == Modality.PLANNED


def test_a_kindergarten_preparing_for_its_opening_is_planned(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "К открытию готовится новый детский сад в селе Берёзовка.")
    assert any("детский сад" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_a_site_prepared_for_building_or_a_season_opened_stays_out(analyse: Analyse) -> None:
    assert not kinds_in(analyse, "Участок готовят к строительству.")
    assert not kinds_in(analyse, "Стадион готовят к открытию сезона.")


def test_a_facility_appearing_in_a_region_named_with_na(analyse: Analyse) -> None:
    # main read "в" + a place only, so a bare facility appearing "на Ямале" had no place
    # and was dropped as a possible restatement
    claims = initiatives_in(analyse, "На Ямале появится аэропорт федерального значения.")
    assert any("аэропорт" in v for c in claims for v in c.values("kind"))
    assert claims[0].modality == Modality.PLANNED


def test_a_bare_thing_appearing_on_a_site_stays_out(analyse: Analyse) -> None:
    assert not kinds_in(analyse, "На площадке появится вагончик строителей.")
