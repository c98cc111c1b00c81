"""Launches listed in one sentence ("об открытии школы, запуске центра компании X и
открытии кампуса Y") are separate projects: the names in one member of the list run that
member's project only, and a launch's own complement stays with it. Sentences written for
the tests."""

from __future__ import annotations

from tests.conftest import Analyse, runners_of


def test_each_listed_launch_keeps_its_own_runner(analyse: Analyse) -> None:
    analysed = analyse(
        "Объявлено о строительстве завода компании «Ромашка» и открытии офиса банка «Восток»."
    )
    assert runners_of(analysed, "завод") == ["Ромашка"]
    assert runners_of(analysed, "офис") == ["Восток"]


def test_the_first_of_three_launches_takes_no_runner_of_the_others(analyse: Analyse) -> None:
    analysed = analyse(
        "Объявлено об открытии школы «Знание» в Омске, запуске центра робототехники компании "
        "«Ромашка» и открытии нового кампуса университета «Восток» в Томске."
    )
    assert runners_of(analysed, "школа") == []
    assert runners_of(analysed, "центр") == ["Ромашка"]
    assert runners_of(analysed, "кампус") == ["Восток"]


def test_the_subject_runs_every_listed_launch(analyse: Analyse) -> None:
    analysed = analyse(
        "Компания «Ромашка» объявила о строительстве завода и открытии офиса в Томске."
    )
    assert runners_of(analysed, "завод") == ["Ромашка"]
    assert runners_of(analysed, "офис") == ["Ромашка"]


def test_a_launch_with_a_work_joined_keeps_its_project(analyse: Analyse) -> None:
    analysed = analyse("Компания «Ромашка» профинансирует создание и развитие новой лаборатории.")
    assert runners_of(analysed, "лаборатори") == ["Ромашка"]
