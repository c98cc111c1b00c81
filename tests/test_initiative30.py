"""Round 30: works told by verbs and shapes no rule read. Fitting words (installing,
replacing, arranging, planting, equipping, renewing, restoring) launch a built facility or
a fitted thing they take directly, also past a measure and over a list; reflexive passives
of building verbs; a building told by its readiness with a share. The sense is tested on the
object: an abstraction, a person or a thing run rather than built stays silent. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_in, kinds_in


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("В микрорайоне Северный установлена новая газовая котельная.", "котельная"),
        ("Прошлой осенью волонтёры высадили вдоль набережной берёзовую аллею.", "аллея"),
        ("Администрация поселения обустроила сквер возле библиотеки.", "сквер"),
        ("Во дворе дома на Садовой улице установили новый забор.", "забор"),
        ("Подрядчик заменил 400 метров труб на улице Мира.", "труб"),
        ("В Заречном районе обновят 12 км тепловых сетей.", "сет"),
    ],
)
def test_fitting_words_launch_facilities_and_fitted_things(
    analyse: Analyse, text: str, kind: str
) -> None:
    kinds = kinds_in(analyse, text)
    assert len(kinds) == 1 and kind in kinds[0], kinds


def test_fitting_noun_with_a_fitted_thing(analyse: Analyse) -> None:
    assert kinds_in(analyse, "Летом управляющая компания провела замену лифтов в доме.") != []


def test_fitting_work_planned_keeps_its_modality(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "В следующем году в селе установят новую котельную.")
    assert [c.modality for c in claims] == [Modality.PLANNED]


@pytest.mark.parametrize(
    "text",
    [
        "Следователи установили причину обрушения.",
        "Во втором тайме тренер заменил вратаря.",
        "Семье беженцев помогли обустроить быт на новом месте.",
        "Компания обновила свой сайт и мобильное приложение.",
        "Спортсменка установила новый рекорд России.",
        "Новая власть установила контроль над заводом.",
        "Инспекторы установили, что забор стоит на чужом участке.",
    ],
)
def test_fitting_words_in_other_senses_stay_silent(analyse: Analyse, text: str) -> None:
    assert initiatives_in(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("В центре города реконструируется городской стадион.", "стадион"),
        ("Вдоль проспекта прокладывается новый водовод.", "водовод"),
    ],
)
def test_reflexive_passives_of_building_verbs(analyse: Analyse, text: str, kind: str) -> None:
    kinds = kinds_in(analyse, text)
    assert len(kinds) == 1 and kind in kinds[0], kinds


def test_reflexive_passive_tagged_as_adjective_over_a_list(analyse: Analyse) -> None:
    """ "Ремонтировались" comes out an adjective; the works over the list are still told and
    the verb stays out of the kind."""
    kinds = kinds_in(analyse, "Ремонтировались больницы и детские сады района.")
    assert len(kinds) == 2 and not any("ремонтир" in k for k in kinds), kinds


@pytest.mark.parametrize(
    "text",
    [
        "Готовность новой поликлиники оценивается в 70 процентов.",
        "Готовность нового бассейна составляет 85 %.",
    ],
)
def test_readiness_with_a_share_tells_a_building_under_way(analyse: Analyse, text: str) -> None:
    claims = initiatives_in(analyse, text)
    assert len(claims) == 1 and claims[0].modality == Modality.FACT


@pytest.mark.parametrize(
    "text",
    [
        "Готовность школ к новому учебному году проверила комиссия.",
        "Готовность объекта составляет 80 процентов.",
    ],
)
def test_readiness_without_a_share_or_a_project_is_silent(analyse: Analyse, text: str) -> None:
    assert initiatives_in(analyse, text) == []


def test_park_zone_is_a_facility(analyse: Analyse) -> None:
    kinds = kinds_in(analyse, "В городе открыли парковую зону у реки.")
    assert kinds and "парковая зона" in kinds[0]


def test_started_fitting_work_is_one_claim(analyse: Analyse) -> None:
    """A guard (one claim on main too): the fitted pipes are told with the listed main."""
    kinds = kinds_in(analyse, "В мае в городе начнётся замена труб водопровода.")
    assert len(kinds) == 1, kinds
