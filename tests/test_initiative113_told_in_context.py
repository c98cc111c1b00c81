"""initiative113: projects a sentence gives alone but its document lost. A body the report
introduced by the same noun is the one launched when it undergoes the launch (a passive, a
reflexive verb of opening), not a runner; a planned opening after works told as under way or
done is a later stage, not a restatement. Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_in, kinds_and_modalities_in


def _kinds(analyse: Analyse, text: str) -> list[tuple[str, Modality]]:
    return kinds_and_modalities_in(analyse, text)


# --- the subject undergoing the launch is launched, whoever the report introduced before ---


def test_a_plant_named_before_put_into_service_is_launched(analyse: Analyse) -> None:
    text = (
        "Компания «Уральский завод» выпускает трубы для нефтяников. "
        "Завод был запущен в эксплуатацию в январе."
    )
    assert _kinds(analyse, text) == [("завод", Modality.FACT)]


def test_a_centre_named_before_opened_in_a_passive_is_launched(analyse: Analyse) -> None:
    text = (
        "Ассоциация «Речной центр» объединяет судоходные компании региона. "
        "Центр был открыт в Самаре на прошлой неделе."
    )
    assert _kinds(analyse, text) == [("центр", Modality.FACT)]


def test_a_commission_named_before_created_is_launched(analyse: Analyse) -> None:
    text = (
        "Губернатор подписал указ о составе Комиссии по туризму. "
        "Комиссия была создана в марте."
    )
    assert _kinds(analyse, text) == [("комиссия", Modality.FACT)]


def test_a_museum_named_before_that_opened_is_launched(analyse: Analyse) -> None:
    text = "Фонд «Северный музей» получил грант министерства. В субботу в Вологде открылся музей."
    assert _kinds(analyse, text) == [("музей", Modality.FACT)]


def test_a_shipyard_named_before_still_runs_the_works_it_starts(analyse: Analyse) -> None:
    text = "Компания «Окская верфь» заключила контракт с областью. Верфь начнет работы осенью."
    assert "верфь" not in [kind for kind, _ in _kinds(analyse, text)]


# --- a planned opening after the works is a later stage ---


def test_an_opening_planned_after_works_under_way_is_its_own_claim(analyse: Analyse) -> None:
    text = (
        "В посёлке Лесной возводят спортивный комплекс\n"
        "Комплекс строят по областной программе, сообщили в администрации района. "
        "В марте для жителей откроют новый спортивный комплекс с бассейном."
    )
    assert _kinds(analyse, text) == [
        ("спортивный комплекс", Modality.FACT),
        ("спортивный комплекс", Modality.PLANNED),
    ]


def test_traffic_opened_after_a_finished_bridge_is_its_own_claim(analyse: Analyse) -> None:
    text = (
        "Строительство второго моста через Северку завершено\n"
        "Подрядчик закончил укладку асфальта на мосту. "
        "Ожидается, что движение по мосту откроют в мае."
    )
    assert [modality for _, modality in _kinds(analyse, text)] == [
        Modality.FACT,
        Modality.PLANNED,
    ]


def test_a_plan_to_build_after_works_started_is_the_same_project(analyse: Analyse) -> None:
    text = (
        "В Заречном начали строить бассейн\n"
        "В Заречном начались работы на площадке, где планируется возвести бассейн."
    )
    assert _kinds(analyse, text) == [("бассейн", Modality.FACT)]


def test_an_opening_told_twice_is_one_claim(analyse: Analyse) -> None:
    text = (
        "В Лесном открыли спортивный комплекс\n"
        "Спортивный комплекс в Лесном откроют для всех жителей после проверки."
    )
    assert len(initiatives_in(analyse, text)) == 1


def test_a_reopening_after_repair_is_the_repair_told_again(analyse: Analyse) -> None:
    text = (
        "В Лесном идёт капитальный ремонт дома культуры\n"
        "Подрядчик меняет кровлю и окна. Открыть дом культуры после ремонта планируют в мае."
    )
    assert [modality for _, modality in _kinds(analyse, text)] == [Modality.FACT]
