"""Initiatives without a named organisation, run by people or places, and launches
that are only mentioned in passing — on sentences written for these tests."""

from __future__ import annotations

from tests.conftest import Analyse, initiatives_of


def test_a_project_needs_no_named_runner(analyse: Analyse) -> None:
    (path,) = initiatives_of(analyse("В Казани вчера открыли новую велодорожку вдоль набережной."))
    assert path.values("kind") == ["велодорожка"]
    assert path.values("organisations") == []
    assert path.values("location") == ["Казань"]


def test_a_person_or_a_place_as_subject_runs_the_project(analyse: Analyse) -> None:
    (plant,) = initiatives_of(analyse("Губернатор Олег Смирнов открыл в Самаре новый завод."))
    assert plant.values("organisations") == ["Олег Смирнов"]
    (patrol,) = initiatives_of(analyse("Норвегия начнёт совместное патрулирование Баренцева моря."))
    assert patrol.values("organisations") == ["Норвегия"]


def test_a_construction_noun_is_the_project_when_nothing_else_is(analyse: Analyse) -> None:
    (laying,) = initiatives_of(analyse("Рабочие приступили к прокладке нового газопровода."))
    assert laying.values("kind")[0].startswith("газопровод")
    (start,) = initiatives_of(analyse("Строительство моста начнётся весной."))
    assert start.values("kind")[0].startswith("мост")


def test_launches_mentioned_in_passing_are_not_reported(analyse: Analyse) -> None:
    assert not initiatives_of(
        analyse("До начала строительства завода нужно получить согласие мэрии.")
    )
    assert not initiatives_of(analyse("Жители потребовали создания новых парков."))
    assert not initiatives_of(analyse("Открытие стадиона омрачил сильный дождь."))
    assert not initiatives_of(analyse("Новый проект откроет студентам доступ к архивам."))


def test_a_common_launch_word_needs_a_named_runner(analyse: Analyse) -> None:
    assert not initiatives_of(analyse("Работа школы продолжается как обычно."))


def test_generic_talk_of_projects_launches_nothing(analyse: Analyse) -> None:
    assert not initiatives_of(analyse("Стороны обсудили запуск новых проектов в регионе."))
