"""Statement forms of round 19 (classes recorded on real news excerpts, batches 1 and 4),
each on a sentence written for it."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2011-03-10")


def test_forecast_of_a_named_organisation(speakers: Read) -> None:
    text = (
        "Так, по прогнозу Минэкономразвития, инфляция в будущем году замедлится до шести "
        "процентов."
    )
    assert speakers(text) == ["Минэкономразвития"]


def test_forecast_of_an_unnamed_group_is_none(speakers: Read) -> None:
    assert speakers("По прогнозам синоптиков, в выходные в Казани похолодает.") == []


def test_unnamed_source_in_an_organisation_is_none(speakers: Read) -> None:
    text = (
        "Цена никеля к осени вырастет до 20 тысяч долларов за тонну, считает осведомленный "
        "источник в «Норникеле»."
    )
    assert speakers(text) == []


def test_unnamed_source_after_by_the_data_of(speakers: Read) -> None:
    assert speakers("По данным источника в «Росатоме», пуск второго блока перенесен на весну.") == []


def test_unnamed_spokesman_speaks_for_the_organisation(speakers: Read) -> None:
    text = (
        "Губернатор Сергей Ремизов осмотрел новый мост. Как сообщил журналистам представитель "
        "ГИБДД, движение по мосту откроют в пятницу."
    )
    assert speakers(text) == ["ГИБДД"]


def test_name_after_the_aside_comma_is_not_the_speaker(speakers: Read) -> None:
    text = (
        "Накануне в Находке был задержан директор морского порта Игорь Котов. Как ранее "
        "сообщил ТАСС представитель УФСБ по Приморскому краю, Котов, задержанный во вторник "
        "в аэропорту, обвиняется в контрабанде леса."
    )
    assert speakers(text) == ["УФСБ по Приморскому краю"]


def test_named_spokesman_stays_the_speaker(speakers: Read) -> None:
    text = (
        "Сотрудники «Транснефти» выехали на место аварии. Как сообщил журналистам "
        "представитель компании Павел Юрьев, утечку удалось остановить."
    )
    assert speakers(text) == ["Павел Юрьев"]


def test_spokesman_named_before_without_another_post(speakers: Read) -> None:
    text = (
        "Ирина Волкова провела пресс-конференцию в Минске. «Визовый режим пока сохранится», "
        "— сказала официальный представитель МВД."
    )
    assert speakers(text) == ["Ирина Волкова"]


def test_post_of_the_organisation_named_before(speakers: Read) -> None:
    text = (
        "Генеральный секретарь Международного союза электросвязи Марко Рейнольдс выступил в "
        "Женеве. Вместе с тем, тарифы на роуминг снизятся уже весной, считает генсек "
        "организации."
    )
    assert speakers(text) == ["Марко Рейнольдс"]


def test_quote_with_inner_names_closed_by_curly_marks(speakers: Read) -> None:
    text = (
        "Спасатели работали на месте всю ночь.\n"
        '"В 6 часов 10 минут на 40 километре трассы Р-22 в кювет съехал рейсовый автобус '
        '"Неоплан”. Автобус следовал по маршруту "Тамбов – Липецк”. Всех пострадавших '
        'доставили в районную больницу”, - сообщил начальник пресс-службы ГУ МЧС по '
        "Тамбовской области Виктор Зуев."
    )
    assert speakers(text) == ["Виктор Зуев"]
