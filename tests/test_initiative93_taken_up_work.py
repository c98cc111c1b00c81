"""initiative93: a body taking up a work with no facility noun ("работа по" + an action
noun started, or to be led by a named body), and a service started through its stage
("стартовал первый этап приёма заявок"). Negatives: a work going on or finished, a work
to be led by nobody named, a job, routine responses, a stage of nothing listed.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_in, kinds_and_modalities_in


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        ("Работа по созданию единого перечня лицензий началась в марте.",
         "работа по созданию единого перечня лицензий", Modality.FACT),
        ("Федерация хоккея приступила к работе по подготовке молодых судей.",
         "работа по подготовке молодых судей", Modality.FACT),
        ("Европейское агентство будет вести из Вены работу по противодействию подделке лекарств.",
         "работа по противодействию подделке лекарств", Modality.PLANNED),
        ("Осенью министерство начнёт работу по переводу архивов в цифровой вид.",
         "работа по переводу архивов в цифровой вид", Modality.PLANNED),
    ],
)  # fmt: skip
def test_work_taken_up_is_a_project(
    analyse: Analyse, text: str, kind: str, modality: Modality
) -> None:
    assert (kind, modality) in kinds_and_modalities_in(analyse, text)


def test_named_body_leading_a_work_runs_it(analyse: Analyse) -> None:
    claims = initiatives_in(
        analyse, "Всемирная организация здравоохранения будет вести работу по борьбе с малярией."
    )
    assert [c.values("organisations") for c in claims] == [
        ["Всемирная организация здравоохранения"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "В районе ведётся работа по профилактике пожаров.",  # going on, nobody named
        "Завершена работа по составлению перечня объектов.",  # finished
        "Полиция ведёт работу по розыску похитителей.",  # routine, and going on
        "Спасатели начали работу по устранению последствий паводка.",  # routine response
        "Следователи приступили к работе по установлению личности погибшего.",
        "После института он начал работу по специальности.",  # a job
        "Специалисты будут вести работу по графику.",  # no action noun
        "Суд начал работу по рассмотрению иска компании.",  # a court's ordinary hearing
    ],
)
def test_routine_or_ongoing_work_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_and_modalities_in(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Вчера стартовал первый этап приёма заявок на гранты.", "приём"),
        ("В понедельник начался второй этап регистрации участников.", "регистрац"),
    ],
)
def test_service_started_through_its_stage(analyse: Analyse, text: str, word: str) -> None:
    kinds = kinds_and_modalities_in(analyse, text)
    assert any(word in kind and modality == Modality.FACT for kind, modality in kinds)


def test_stage_of_nothing_listed_stays_silent(analyse: Analyse) -> None:
    assert kinds_and_modalities_in(analyse, "Вчера стартовал второй этап чемпионата.") == []
