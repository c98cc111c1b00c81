"""Projects stated in passing (round 15): speech in quotes that reports a launch, a new
facility that appears, a planned relative clause, joint exercises held, a line extended,
animal and water parks. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import Analyse, kinds_of


def test_a_launch_inside_quoted_speech_reports(analyse: Analyse) -> None:
    text = "«Новая дрейфующая станция будет открыта в ноябре», — сказал директор Пётр Сомов."
    assert any("станция" in kind for kind in kinds_of(analyse(text)))


def test_a_quoted_title_is_still_a_so_called_one(analyse: Analyse) -> None:
    text = "Художники откроют в сквере «альтернативный памятник кошке»."
    assert not any("памятник" in kind for kind in kinds_of(analyse(text)))


def test_a_new_facility_that_appears_needs_no_runner(analyse: Analyse) -> None:
    assert any("школа" in k for k in kinds_of(analyse("В Рязани появятся три новые школы.")))
    assert not kinds_of(analyse("В городе появились новые проблемы."))


def test_a_relative_clause_that_looks_ahead(analyse: Analyse) -> None:
    text = "Новый аквапарк, который планируется открыть в 2013 году, разместят у реки."
    assert any("аквапарк" in kind for kind in kinds_of(analyse(text)))


def test_joint_exercises_held(analyse: Analyse) -> None:
    text = "Летом стороны проведут совместные учения в Балтийском море."
    assert any("учения" in kind for kind in kinds_of(analyse(text)))


def test_a_line_extended_and_a_contract_not(analyse: Analyse) -> None:
    text = "На продление трамвайной линии до вокзала мэрия Самары направит 400 млн рублей."
    assert any("линия" in kind for kind in kinds_of(analyse(text)))
    assert not kinds_of(analyse("Контракт с подрядчиком продлили на год."))


def test_a_drill_by_one_service_is_no_joint_operation(analyse: Analyse) -> None:
    text = "Во вторник пожарные провели учения по тушению склада."
    assert not any("учения" in kind for kind in kinds_of(analyse(text)))
