"""Round 56: announcements of projects. A project opens by an idiom ("школа откроет свои
двери", "распахнет свои двери новый детский сад"); a plant is moved out of a town ("завод
перенесут в другое место", "перенести производство на новую площадку", "фабрика
перебазируется за городскую черту"); a report returns to its project by an abbreviation
with a case ending ("физкультурно-оздоровительный комплекс" … "ФОКа") or one letter per
word of a compound ("торгово-развлекательный центр" … "ТЦ"). Negatives: doors opened by
the hour, the speakers opening doors, two shopping centres of two companies, a meeting
moved to another day. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse


def _initiatives(analyse: Analyse, text: str) -> list[list[str]]:
    return [claim.values("kind") for claim in analyse(text).claims if claim.type == "initiative"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("В сентябре новая школа в Заречном откроет свои двери для учеников.", "школа"),
        ("Завтра распахнет свои двери новый детский сад на 200 мест.", "сад"),
        ("После ремонта поликлиника откроет двери для пациентов в марте.", "поликлиника"),
    ],
)
def test_project_opening_its_doors_is_opened(analyse: Analyse, text: str, word: str) -> None:
    assert any(word in " ".join(kinds) for kinds in _initiatives(analyse, text))


@pytest.mark.parametrize(
    "text",
    [
        "Библиотека открывает двери для читателей каждый день в девять утра.",
        "Магазин открывает свои двери в восемь часов.",
    ],
)
def test_doors_opened_by_the_hour_open_nothing(analyse: Analyse, text: str) -> None:
    assert _initiatives(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("По словам мэра, завод перенесут в другое место недалеко от города.", "завод"),
        ("Компания решила перенести производство на новую площадку в соседнем районе.", "производство"),
        ("Старая фабрика перебазируется за городскую черту к 2027 году.", "фабрика"),
        ("Комбинат передислоцируется в другой регион.", "комбинат"),
    ],
)
def test_plant_moved_is_a_project(analyse: Analyse, text: str, word: str) -> None:
    assert any(word in " ".join(kinds) for kinds in _initiatives(analyse, text))


@pytest.mark.parametrize(
    "text",
    [
        "Заседание совета перенесли на вторник.",
        "Директор завода переехал в другой город.",
    ],
)
def test_other_moves_are_no_plant_moved(analyse: Analyse, text: str) -> None:
    assert _initiatives(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # an abbreviation with a case ending after its spelt-out noun
        "В посёлке Лесном открыт физкультурно-оздоровительный комплекс. На строительство "
        "ФОКа было выделено 90 миллионов рублей.",
        # one letter for each word of a compound, headline then body
        "Губернатор посетил открытие нового ТЦ в Зареченске\nГубернатор области посетил "
        "открытие нового торгово-развлекательного центра в Зареченске.",
    ],
)
def test_abbreviation_restates_the_project(analyse: Analyse, text: str) -> None:
    assert len(_initiatives(analyse, text)) == 1


def test_two_centres_of_two_companies_stay_two(analyse: Analyse) -> None:
    text = (
        "Компания «Альфа» построит в Зареченске торговый центр. Компания «Бета» откроет в "
        "Ольховке новый ТЦ."
    )
    assert len(_initiatives(analyse, text)) == 2
