"""initiative109: a later stage of a project told on its own. A report that claimed a
project goes on to tell its completion, its putting into service, its readiness or its
first users by a bare restating word ("Строительство планируется завершить", "здание
должно быть сдано в эксплуатацию", "новый сад примет первых воспитанников"): each is a
claim of its own, not folded into the first report. A bare word with no project before it,
a plan given up and a building let out stay out. Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_in, last_sentence_initiatives


def test_completion_of_the_named_project_takes_its_runner(analyse: Analyse) -> None:
    text = (
        "В Твери компания «Нива» начала строительство завода по выпуску кормов. "
        "Завершить строительство завода планируется до конца 2029 года."
    )
    assert last_sentence_initiatives(analyse, text) == [("завод", Modality.PLANNED)]
    last = initiatives_in(analyse, text)[-1]
    assert "Нива" in last.values("organisations")


def test_a_bare_work_finished_is_left_to_the_first_report(analyse: Analyse) -> None:
    text = (
        "В Твери компания «Нива» начала строительство завода по выпуску кормов. "
        "Строительство планируется завершить до конца 2029 года."
    )
    assert last_sentence_initiatives(analyse, text) == []


def test_capacity_is_no_first_users(analyse: Analyse) -> None:
    text = (
        "В Шуе возвели новый корпус детского сада. "
        "После открытия здание сможет принять до 60 детей."
    )
    assert last_sentence_initiatives(analyse, text) == []


def test_a_first_phase_finished_is_planned_stage(analyse: Analyse) -> None:
    text = (
        "В Курганской области началось строительство мясокомбината. "
        "В 2028 году будет закончена первая очередь."
    )
    assert last_sentence_initiatives(analyse, text) == [("мясокомбинат", Modality.PLANNED)]


def test_a_building_to_be_commissioned_is_its_own_claim(analyse: Analyse) -> None:
    text = (
        "В Вологде реконструируют детский сад на улице Садовой. "
        "В июне здание должно быть сдано в эксплуатацию."
    )
    assert last_sentence_initiatives(analyse, text) == [("детский сад", Modality.PLANNED)]


def test_first_pupils_taken_in_are_a_stage_not_a_restatement(analyse: Analyse) -> None:
    text = (
        "В Коломне откроют новый детский сад на 150 мест. "
        "Ожидается, что новый сад примет первых воспитанников весной."
    )
    assert last_sentence_initiatives(analyse, text) == [("сад", Modality.PLANNED)]


def test_a_building_ready_for_service_is_planned(analyse: Analyse) -> None:
    text = (
        "В Ачинске строят поликлинику на 200 посещений. "
        "Здание готово к эксплуатации, осталось завезти в него мебель."
    )
    assert last_sentence_initiatives(analyse, text) == [("поликлиника", Modality.PLANNED)]


def test_works_finished_on_the_object_are_a_fact(analyse: Analyse) -> None:
    text = (
        "В Орле строится школа на 600 мест. "
        "Все строительные работы на объекте уже закончены, парты расставлены."
    )
    assert last_sentence_initiatives(analyse, text) == [("школа", Modality.FACT)]


def test_a_facility_put_into_service_needs_no_earlier_report(analyse: Analyse) -> None:
    text = "Поликлиника в селе Заречном, введенная в строй месяц назад, не принимает больных."
    claims = initiatives_in(analyse, text)
    assert [(v, c.modality) for c in claims for v in c.values("kind")] == [
        ("поликлиника", Modality.FACT)
    ]


def test_a_bare_object_with_nothing_before_stays_out(analyse: Analyse) -> None:
    assert not initiatives_in(analyse, "Объект должны сдать в эксплуатацию в августе.")
    assert not initiatives_in(analyse, "Строительство планируется завершить к осени.")


def test_a_plan_given_up_and_a_let_building_stay_out(analyse: Analyse) -> None:
    given_up = (
        "В Ельце строят ледовую арену. "
        "Изначально объект планировали сдать в эксплуатацию в 2025 году."
    )
    assert last_sentence_initiatives(analyse, given_up) == []
    let = "В Ельце построили торговый центр. Здание сдадут в аренду местным предпринимателям."
    assert last_sentence_initiatives(analyse, let) == []
