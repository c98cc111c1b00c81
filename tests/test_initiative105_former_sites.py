"""A facility that appears on the site of another thing ("на месте старого рынка появится
спорткомплекс") is built there, so it is a new project though bare and with no runner or
town named; "на месте" with no former thing ("on the spot") and a bare facility appearing
only in a district stay out. Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse


def _initiatives(analyse: Analyse, text: str) -> list:
    return [c for c in analyse(text).claims if c.type == "initiative"]


def _kinds(analyse: Analyse, text: str) -> list[str]:
    return [v for c in _initiatives(analyse, text) for v in c.values("kind")]


def test_a_bare_facility_on_the_site_of_a_market_is_planned(analyse: Analyse) -> None:
    text = "На месте старого городского рынка появится бассейн."
    claims = _initiatives(analyse, text)
    assert [v for c in claims for v in c.values("kind")] == ["бассейн"]
    assert claims[0].modality == Modality.PLANNED


def test_a_facility_on_the_site_of_a_boiler_house_appeared(analyse: Analyse) -> None:
    text = "На месте заброшенной котельной появился торговый центр."
    claims = _initiatives(analyse, text)
    assert any("торговый центр" in v for c in claims for v in c.values("kind"))
    assert claims[0].modality == Modality.FACT


def test_on_the_spot_without_a_former_thing_is_no_site(analyse: Analyse) -> None:
    # "на месте" alone is "on the spot": no thing stood there, the bare facility may be
    # one told before
    assert not _kinds(analyse, "Спорткомплекс появится на месте уже весной.")


def test_a_bare_facility_only_in_a_district_stays_out(analyse: Analyse) -> None:
    assert not _kinds(analyse, "В районе появится спорткомплекс.")
