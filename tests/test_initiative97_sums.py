"""initiative97: projects told with a sum or a count. A sum invested in making at a named
place sets up a site there; a sum needed for a work told with "на" is its cost, a work to
come; counted facilities put first before "планируют открыть" are what is opened. Near
misses stay silent. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import (
    Analyse,
    amounts_with_units,
    holds_kind,
    kinds_and_modalities_in,
    kinds_in,
)


@pytest.mark.parametrize(
    "text",
    [
        "«Агрохолдинг Юг» вложит 3,2 млрд рублей в производство в Ставропольском крае.",
        "Инвесторы вложат в производство в Тверской области до 800 млн рублей.",
    ],
)
def test_sum_invested_in_making_at_a_named_place(analyse: Analyse, text: str) -> None:
    assert ("производство", Modality.PLANNED) in kinds_and_modalities_in(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Компания вложит в производство 15 млрд рублей.",  # no place: a firm's making
        "Холдинг увеличит производство в Татарстане.",  # output grown, not invested
        "Предприятие инвестирует в производство, сообщили в Ставрополе.",  # no sum
    ],
)
def test_making_in_general_stays_no_project(analyse: Analyse, text: str) -> None:
    assert not any("производств" in kind for kind in kinds_in(analyse, text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("В Ижевске на строительство детсада в Заречном районе необходимо 210,5 млн рублей.",
         "детсад"),
        ("На ремонт моста через реку Вятку нужно 300 млн рублей.", "мост"),
    ],
)
def test_money_needed_for_a_work_is_a_planned_project(
    analyse: Analyse, text: str, kind: str
) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, kind, Modality.PLANNED), found


@pytest.mark.parametrize(
    "text",
    [
        "Необходимо построить детсад в Заречном районе.",  # the work itself needed
        "На строительство бассейна в Ишиме необходимо ещё 20 рабочих.",  # no money
    ],
)
def test_a_need_without_money_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


def test_money_needed_keeps_its_sum_as_a_figure(analyse: Analyse) -> None:
    analysed = analyse("На ремонт моста через реку Вятку нужно 300 млн рублей.")
    assert (300_000_000.0, "RUB") in amounts_with_units(analysed)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("40 научных лабораторий планируют открыть в Челябинске.", "лаборатор"),
        ("Двенадцать новых поликлиник планируют построить в Прикамье к 2027 году.", "поликлиник"),
    ],
)
def test_counted_facilities_put_first_are_launched(
    analyse: Analyse, text: str, kind: str
) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, kind, Modality.PLANNED), found


@pytest.mark.parametrize(
    "text",
    [
        "Пять школ планируют участвовать в конкурсе.",  # no launching infinitive
    ],
)
def test_counted_subjects_not_launched(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "На содержание детсада в Кировском районе необходимо 5 млн рублей в год.",  # running
        "На ремонт школ в регионах необходимо 20 млрд рублей.",  # a budget line
        "Выручка производства в Ленобласти составила 4,5 млрд рублей.",  # revenue
        "Компания вложила в рекламу в Татарстане 40 млн рублей.",  # no work invested in
        "На обслуживание 600 пациентов в новой поликлинике необходимо 30 млн рублей.",
        "Пять школ в Казани планируют закрыть на карантин.",  # no launch
        "Десять поликлиник планируют оснастить новыми томографами.",  # equipment bought
        "На строительство детсада необходимо получить разрешение.",  # papers, no money
    ],
)
def test_near_misses_of_sums_and_counts_stay_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ранее министр сообщал, что теплицы общей площадью 90 га планируют построить в Туле.",
         "теплиц"),
        ("Солнечные электростанции мощностью 120 МВт планируют построить в Бурятии.",
         "электростанц"),
    ],
)
def test_measured_plurals_put_first_are_launched(analyse: Analyse, text: str, kind: str) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, kind, Modality.PLANNED), found


def test_a_bare_plural_put_first_stays_unspecified(analyse: Analyse) -> None:
    assert kinds_in(analyse, "Теплицы планируют строить по всей стране.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Президент поучаствовал в церемонии запуска тепловой электростанции мощностью 2 ГВт "
         "в Навоийской области.", "электростанц"),
        ("Мэр участвовал в открытии новой школы в Заречном районе.", "школ"),
    ],
)
def test_attending_a_launch_event_launches(analyse: Analyse, text: str, kind: str) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, kind, Modality.FACT), found


@pytest.mark.parametrize(
    "text",
    [
        "Компания участвует в проекте создания особой экономической зоны.",
        "Подрядчик участвует в строительстве нового моста через Обь.",
    ],
)
def test_joining_a_project_under_way_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []
