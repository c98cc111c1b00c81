"""Round 28: everyday news, second round. Works raised as topics of talks, questions and
complaints are no projects, however long their list; a work scheduled on a noun of no list
("планируется строительство водохранилищ"), a project or programme approved, a present
participle of building on any noun ("строящийся причал"), a design of a building work, and
the end of a range ("от … до строительства …") report projects. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_in, kinds_in


@pytest.mark.parametrize(
    "text",
    [
        "Вопросы жителей касались состояния дорог, уличного освещения и благоустройства "
        "придомовой территории.",
        "Жители спросили главу района о сроках строительства новой поликлиники.",
        "На встрече обсуждались разные проблемы, такие как нехватка врачей и перспективы "
        "строительства бассейна.",
        "Больше всего пенсионеры интересовались капитальным ремонтом своих домов и "
        "благоустройством дворов.",
    ],
)
def test_works_raised_as_topics_are_no_projects(analyse: Analyse, text: str) -> None:
    assert initiatives_in(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Жалобы жителей касались освещения улиц, вывоза мусора и ремонта подъездов.",
        "Горожане жаловались на затянувшийся ремонт набережной.",
    ],
)
def test_complaints_stay_silent(analyse: Analyse, text: str) -> None:
    assert initiatives_in(analyse, text) == []


def test_works_told_stay_projects(analyse: Analyse) -> None:
    """Telling of a work is no topic raised: "рассказал о строительстве" still reports it."""
    claims = initiatives_in(analyse, "Губернатор рассказал о строительстве новой школы в Кирове.")
    assert [c.values("kind") for c in claims] == [["школа"]]


def test_work_scheduled_on_a_noun_of_no_list(analyse: Analyse) -> None:
    claims = initiatives_in(
        analyse, "До 2030 года в районе планируется строительство трёх водохранилищ."
    )
    assert len(claims) == 1
    assert "водохранилищ" in " ".join(claims[0].values("kind"))
    assert claims[0].modality == Modality.PLANNED


def test_work_provided_for_is_planned(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "В районе предусмотрено строительство двух мостов.")
    assert [c.modality for c in claims] == [Modality.PLANNED]
    assert "мост" in " ".join(claims[0].values("kind"))


def test_approved_projects_are_planned(analyse: Analyse) -> None:
    claims = initiatives_in(
        analyse, "Правительство края одобрило два проекта развития курортных территорий."
    )
    assert len(claims) == 1
    assert claims[0].values("kind")[0].startswith("проект развития")
    assert claims[0].modality == Modality.PLANNED


def test_approved_programme_is_planned(analyse: Analyse) -> None:
    claims = initiatives_in(
        analyse, "Областная дума утвердила программу переселения граждан из ветхого жилья."
    )
    assert [c.modality for c in claims] == [Modality.PLANNED]


def test_approved_draft_law_is_no_project(analyse: Analyse) -> None:
    assert initiatives_in(analyse, "Депутаты одобрили проект закона о местном бюджете.") == []


def test_building_participle_on_a_noun_of_no_list(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "Губернатор осмотрел строящийся причал на берегу залива.")
    assert [c.values("kind") for c in claims] == [["причал"]]
    assert claims[0].modality == Modality.FACT


def test_past_participle_only_describes_a_building(analyse: Analyse) -> None:
    assert initiatives_in(analyse, "Туристы сфотографировали построенный купцами особняк.") == []


def test_design_of_a_building_work_names_the_building(analyse: Analyse) -> None:
    claims = initiatives_in(
        analyse,
        "Администрация рассмотрела проект строительства нового спортивного зала в селе Лесном.",
    )
    assert len(claims) == 1
    assert "спортивного зала" in claims[0].values("kind")[0]
    assert claims[0].modality == Modality.PLANNED


def test_end_of_a_range_is_no_time(analyse: Analyse) -> None:
    kinds = kinds_in(
        analyse,
        "Поправки в бюджет покроют разные расходы – от поддержки ветеранов до строительства "
        "детской площадки в микрорайоне Северном.",
    )
    assert any("площадка" in kind for kind in kinds)


def test_launch_before_which_something_happens_stays_silent(analyse: Analyse) -> None:
    assert initiatives_in(analyse, "До начала строительства школы нужно провести экспертизу.") == []


def test_list_items_launch_nothing(analyse: Analyse) -> None:
    assert initiatives_in(
        analyse, "На субботник вышли школы, больницы, учреждения культуры и библиотеки."
    ) == []


def test_counted_object_of_equipping_is_no_size(analyse: Analyse) -> None:
    """Equipping counted schools opens none of them ("оборудуют 120 школ"), while the
    counted object of a scheduled work is still the project's ("трёх водохранилищ")."""
    assert initiatives_in(analyse, "До конца года пандусами оборудуют 120 школ.") == []
