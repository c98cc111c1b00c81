"""Launches listed in one sentence ("об открытии школы, запуске центра компании X и
открытии кампуса Y") are separate projects: the names in one member of the list run that
member's project only, and a launch's own complement stays with it. Sentences written for
the tests."""

from __future__ import annotations

from tests.conftest import Analyse, kinds_in, runners_of


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


def test_a_launch_the_verb_takes_directly_keeps_its_own_runner(analyse: Analyse) -> None:
    # "запуск" hangs on the verb, not in the list: the list after it is still not its own
    analysed = analyse(
        "Фонд выделил грант на открытие школы, запуск центра компании «Ромашка» и открытие "
        "кампуса университета «Восток»."
    )
    assert runners_of(analysed, "центр") == ["Ромашка"]
    assert runners_of(analysed, "кампус") == ["Восток"]


def test_the_owner_of_a_launched_project_is_no_second_project(analyse: Analyse) -> None:
    text = (
        "Фонд выделил грант на открытие школы, запуск центра компании «Ромашка» и открытие "
        "кампуса университета «Восток»."
    )
    assert sorted(kinds_in(analyse, text)) == ["кампус", "центр", "школа"]
    listed = "Фонд выделил грант на открытие кампуса и общежития университета «Восток»."
    assert sorted(kinds_in(analyse, listed)) == ["кампус", "общежитие"]
