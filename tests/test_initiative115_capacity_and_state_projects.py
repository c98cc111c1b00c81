"""initiative115: a facility that appears with the number it will hold ("детсад на 300 мест
появится") is a new one, as one measured out or counted is; a state project named as the
frame of a facility's works ("строится по национальному проекту") is where the money comes
from, as a programme is, and the facility is the project. Near misses stay out: a bare
facility that appears somewhere with nothing saying it is new, a capacity with no number,
and a state project launched in its own right still counts.
Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_in


def _kinds(analyse: Analyse, text: str) -> list[str]:
    return [v for c in initiatives_in(analyse, text) for v in c.values("kind")]


def test_a_kindergarten_with_its_places_appears_as_planned(analyse: Analyse) -> None:
    claims = initiatives_in(
        analyse, "Детсад на 240 мест появится на углу улиц Садовой и Лесной."
    )
    assert [v for c in claims for v in c.values("kind")] == ["детсад"]
    assert claims[0].modality == Modality.PLANNED


def test_a_clinic_sized_by_visits_per_shift_appears(analyse: Analyse) -> None:
    kinds = _kinds(
        analyse,
        "Поликлиника, рассчитанная на 450 посещений в смену, появится рядом с новой дорогой.",
    )
    assert kinds == ["поликлиника"]


def test_a_bare_clinic_appearing_on_a_territory_stays_out(analyse: Analyse) -> None:
    assert _kinds(analyse, "Поликлиника появится на территории старого парка.") == []


def test_a_capacity_without_a_number_says_nothing_new(analyse: Analyse) -> None:
    assert _kinds(analyse, "Поликлиника, рассчитанная на взрослых, появится у дороги.") == []


def test_the_school_not_the_national_project_is_built(analyse: Analyse) -> None:
    kinds = _kinds(analyse, "Детский сад строится по национальному проекту «Семья».")
    assert kinds == ["детский сад"]


def test_a_federal_project_as_the_means_is_no_project(analyse: Analyse) -> None:
    kinds = _kinds(analyse, "Новую котельную возводят по федеральному проекту «Чистый воздух».")
    assert kinds and not any("проект" in k for k in kinds)


def test_a_national_project_launched_itself_still_counts(analyse: Analyse) -> None:
    kinds = _kinds(analyse, "Правительство запустило национальный проект «Экология».")
    assert any("проект" in k for k in kinds)
