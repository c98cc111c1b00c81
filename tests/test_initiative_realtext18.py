"""Classes found on real news excerpts (round 18): "проект" restated as the project only by
a verb of carrying out ("реализован", not "разработан"), commissioning nouns as subjects
("ввод объекта намечен", "сдача корпуса запланирована"), a project's phase ("вторая
очередь"), and what is no launch: a condition ("с его запуском"), an operation on a
project ("заполнение водохранилища"), an inspection of a build. Sentences written for
these tests (new names and wording)."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, kinds_and_modalities_in


def test_a_project_carried_out_restates_the_plant(analyse: Analyse) -> None:
    text = (
        "В Пензе заработал новый молочный завод компании «Сурские зори». "
        "Проект реализован при поддержке областного правительства."
    )  # the restatement is read, then folded into the plant's report (restatements.py)
    assert kinds_and_modalities_in(analyse, text) == [("молочный завод", Modality.FACT)]


def test_a_project_being_carried_out_restates_the_plant(analyse: Analyse) -> None:
    text = (
        "Холдинг «Агроплюс» строит в Липецке комбикормовый завод. "
        "Проект реализуется за счёт кредита Сбербанка."
    )
    assert kinds_and_modalities_in(analyse, text) == [("комбикормовый завод", Modality.FACT)]


def test_a_project_drawn_up_is_a_design(analyse: Analyse) -> None:
    text = "Холдинг «Агроплюс» строит в Липецке элеватор. Проект разработан в прошлом году."
    assert kinds_and_modalities_in(analyse, text) == [("элеватор", Modality.FACT)]


def test_the_commissioning_of_an_object_restates_the_project(analyse: Analyse) -> None:
    text = "Под Курском строят новый элеватор. Ввод объекта намечен на осень."
    assert ("элеватор", Modality.PLANNED) in kinds_and_modalities_in(analyse, text)


def test_handing_over_a_building_is_planned(analyse: Analyse) -> None:
    found = kinds_and_modalities_in(analyse, "Сдача нового корпуса школы запланирована на август.")
    assert [(kind, modality) for kind, modality in found if "корпус" in kind] == [
        ("корпус школы", Modality.PLANNED)
    ]


def test_a_phase_of_a_complex_is_the_project(analyse: Analyse) -> None:
    found = kinds_and_modalities_in(
        analyse, "Вторая очередь логистического центра будет построена позже."
    )
    assert found == [("вторая очередь логистического центра", Modality.PLANNED)]


def test_starting_up_a_phase_is_planned(analyse: Analyse) -> None:
    found = kinds_and_modalities_in(analyse, "Пуск второй очереди комплекса намечается на весну.")
    assert found == [("вторая очередь комплекса", Modality.PLANNED)]


def test_a_launch_as_a_condition_is_no_new_launch(analyse: Analyse) -> None:
    text = "В Омске заработал хлебозавод. С его запуском город сможет отказаться от привоза."
    assert kinds_and_modalities_in(analyse, text) == [("хлебозавод", Modality.FACT)]


def test_an_operation_on_a_facility_is_no_launch(analyse: Analyse) -> None:
    assert (
        kinds_and_modalities_in(analyse, "С 1 мая начнётся заполнение водохранилища водой.") == []
    )


def test_an_inspection_of_a_build_restates_nothing(analyse: Analyse) -> None:
    text = (
        "В Твери возводят ледовую арену. Об этом во время обследования строительства объекта "
        "рассказал мэр."
    )
    assert kinds_and_modalities_in(analyse, text) == [("ледовая арена", Modality.FACT)]


def test_a_build_visited_during_something_else_restates_nothing(analyse: Analyse) -> None:
    text = (
        "В Твери возводят ледовую арену. Во время строительства объекта рабочие нашли старый клад."
    )
    assert kinds_and_modalities_in(analyse, text) == [("ледовая арена", Modality.FACT)]


def test_new_joint_projects_restate_nothing(analyse: Analyse) -> None:
    text = (
        "Стороны расширят сотрудничество в энергетике. Министры хотят, чтобы компании "
        "осуществляли общие проекты в третьих странах."
    )
    assert len(kinds_and_modalities_in(analyse, text)) == 1
