"""Statement forms of round 31, on sentences written for it: verbs of saying the lists
lacked (a report to a meeting, "доложил, что …"; an address after a quote, "«…», —
обратился X к рабочим") and a place's body named by an adjective made from the place the
text named ("подмосковного министерства" after "Подмосковье", "калужской мэрии" after
"Калуга"); an appeal to a court, an adjective of another place and a body with no place
stay silent."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2024-03-10")


# --- verbs of saying ------------------------------------------------------------------------


def test_a_report_to_a_meeting(speakers: Read) -> None:
    text = (
        "Глава минздрава Калужской области Ольга Петрова на совещании во вторник доложила, "
        "что в районы доставили новые аппараты."
    )
    assert speakers(text) == ["Ольга Петрова"]


def test_an_address_after_a_quote(speakers: Read) -> None:
    text = (
        "Фабрика открыла новый цех.\n"
        "«Этот цех даст городу двести рабочих мест», — обратился Павел Орлов к рабочим."
    )
    assert speakers(text) == ["Павел Орлов"]


def test_an_appeal_to_a_court_says_nothing(speakers: Read) -> None:
    assert speakers("Петров обратился в прокуратуру с жалобой на соседей.") == []


# --- a body named by an adjective of a named place ---------------------------------------------


def test_a_ministry_of_a_named_region_by_its_adjective(speakers: Read) -> None:
    text = (
        "В больницах Подмосковья появились новые томографы. Об этом сообщает пресс-служба "
        "подмосковного министерства здравоохранения."
    )
    assert speakers(text) == ["пресс-служба подмосковного министерства здравоохранения"]


def test_a_city_hall_by_the_city_adjective(speakers: Read) -> None:
    text = "В Калуге отремонтировали мост. Как сообщили в калужской мэрии, работы заняли два месяца."
    # the parser hangs "калужской" from the verb; the value still agrees with its noun
    assert speakers(text) == ["калужская мэрия"]


def test_an_adjective_of_a_place_not_named_stays_silent(speakers: Read) -> None:
    text = "В Калуге отремонтировали мост. Как сообщили в тверской мэрии, работы заняли два месяца."
    assert speakers(text) == []


def test_a_ministry_of_no_place_stays_silent(speakers: Read) -> None:
    text = (
        "В Твери открыли школу. Новое здание построили за год, сообщает пресс-служба "
        "министерства образования."
    )
    assert speakers(text) == []
