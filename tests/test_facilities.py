"""Facilities written out by category (round "facilities"): everyday places that get built
or opened ("гостиница", "кинотеатр", "автовокзал", "причал", "каток", "часовня") are project
nouns by list; nouns that mostly mean something else name a facility only with a modifier of
their kind ("учебный корпус", "фельдшерско-акушерский пункт", "транспортная развязка"). The
precision filters the longer list needed are general: a facility is no project where it only
places the launch ("на водохранилище начнётся заполнение"), is whence something is launched
("с космодрома"), stands beside the project ("сквер у цирка"), pays for it ("вложит сам
вуз"), is where the doers come from ("художники мастерской"), or is built in the background
("в ходе строительства"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from concord.extract.lexicons.en import INITIATIVE as ENGLISH
from concord.extract.lexicons.ru import INITIATIVE as RUSSIAN
from tests.conftest import Analyse, initiatives_in, kinds_in


@pytest.mark.parametrize(
    ("text", "noun", "modality"),
    [
        ("В райцентре заработала новая гостиница.", "гостиница", Modality.FACT),
        ("На кинотеатр район выделит пять миллионов рублей.", "кинотеатр", Modality.PLANNED),
        ("В городе началось благоустройство набережной.", "набережн", Modality.FACT),
        ("В посёлке начал работу пассажирский причал.", "причал", Modality.FACT),
        (
            "На автовокзал из областного бюджета выделят двадцать миллионов рублей.",
            "автовокзал",
            Modality.PLANNED,
        ),
        ("Каток во дворе заработает в декабре.", "каток", Modality.PLANNED),
        ("В селе заработала новая амбулатория.", "амбулатория", Modality.FACT),
        ("Фермер открыл в деревне пекарню.", "пекарня", Modality.FACT),
        ("Осенью в городе открылся лицей для одарённых детей.", "лицей", Modality.FACT),
        ("Студентам построят новое общежитие.", "общежитие", Modality.PLANNED),
        ("На гимназию власти выделили десять миллионов рублей.", "гимназия", Modality.FACT),
        ("Весной начнётся благоустройство тротуаров.", "тротуар", Modality.PLANNED),
    ],
)
def test_listed_facilities_are_projects(
    analyse: Analyse, text: str, noun: str, modality: Modality
) -> None:
    claims = initiatives_in(analyse, text)
    assert [noun in " ".join(c.values("kind")) for c in claims] == [True]
    assert claims[0].modality == modality


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("В гимназии открыли новый учебный корпус.", "учебный корпус"),
        ("В селе открыли фельдшерско-акушерский пункт.", "пункт"),
        ("Город построит новую транспортную развязку.", "транспортная развязка"),
        ("В школе построили спортивный зал.", "спортивный зал"),
    ],
)
def test_qualified_facilities_need_their_modifier(analyse: Analyse, text: str, noun: str) -> None:
    kinds = kinds_in(analyse, text)
    assert len(kinds) == 1 and noun in kinds[0]


@pytest.mark.parametrize(
    "text",
    [
        # the same nouns in other senses
        "Развязка этой истории оказалась неожиданной для всех.",
        "Болельщики клуба открыли новый сезон.",
        "В зале заседаний открыли выставку рисунков.",
        "Председатель открыл первый пункт повестки.",
        # a facility that only places, sends off or pays
        "Ракету запустили с северного космодрома.",
        "На соседнем водохранилище начнётся заполнение чаши водой.",
        "На футбольном поле начался матч.",
        "В кинотеатре стартовал показ фильмов о войне.",
        "В городском музее открылась выставка картин.",
        "В гимназии начался учебный год.",
        "Ещё шестьдесят миллионов рублей вложит сам вуз.",
        "Бронзовую фигуру восстановили художники местной мастерской.",
        # a build told as the time of something else, a proposal by people
        "В ходе строительства детского дома пропали три миллиона рублей.",
        "Депутаты областной думы предложили построить в городе новый хоспис.",
    ],
)
def test_other_senses_and_settings_stay_silent(analyse: Analyse, text: str) -> None:
    assert initiatives_in(analyse, text) == []


def test_a_landmark_after_u_only_places_the_project(analyse: Analyse) -> None:
    kinds = kinds_in(analyse, "У театра начали ремонт тротуара.")
    assert len(kinds) == 1 and "тротуар" in kinds[0] and "театр" not in kinds[0]


def test_the_facility_opened_in_another_is_the_project(analyse: Analyse) -> None:
    kinds = kinds_in(analyse, "Компания открыла на вокзале кофейню.")
    assert len(kinds) == 1 and "кофейня" in kinds[0]


def test_an_instruction_in_the_passive_still_plans_the_work(analyse: Analyse) -> None:
    claims = initiatives_in(
        analyse, "Главам районов предложено до 20 апреля осуществить ремонт дорог."
    )
    assert [c.modality for c in claims] == [Modality.PLANNED]


def test_english_facilities(analyse: Analyse) -> None:
    kinds = kinds_in(analyse, "The council will build a new library in the town.")
    assert len(kinds) == 1 and "library" in kinds[0]


def test_the_lexicon_keeps_its_categories() -> None:
    for noun in ("гостиница", "вокзал", "теплица", "собор", "хоспис", "каток", "тротуар"):
        assert noun in RUSSIAN.project_nouns
    for noun in ("клуб", "корпус", "объект", "точка", "дом", "улица", "площадь"):
        assert noun not in RUSSIAN.project_nouns
    assert "корпус" in RUSSIAN.qualified_project_nouns
    assert {"library", "cinema", "hotel"} <= ENGLISH.project_nouns
    assert "market" not in ENGLISH.project_nouns


@pytest.mark.parametrize(
    "text",
    [
        # an operation on a facility that stands starts, not the facility
        "С понедельника начнётся обследование стадиона.",
        # equipment sent for a work is no funding of it
        "Глава района направил на ремонт гимназии новую технику.",
    ],
)
def test_operations_and_equipment_sent_launch_nothing(analyse: Analyse, text: str) -> None:
    assert initiatives_in(analyse, text) == []


def test_a_design_of_a_building_work_is_one_claim(analyse: Analyse) -> None:
    claims = initiatives_in(
        analyse, "Администрация рассмотрела проект строительства новой гимназии в посёлке."
    )
    assert len(claims) == 1
    assert "гимназии" in claims[0].values("kind")[0]
    assert claims[0].modality == Modality.PLANNED


def test_an_opening_as_the_occasion_of_something_else_is_no_launch(analyse: Analyse) -> None:
    """Ported with its rule from branch initiative29 (ee376c3)."""
    assert initiatives_in(analyse, "На открытии бассейна выступили юные пловцы.") == []
    assert initiatives_in(analyse, "На ремонте здания почты рабочие нашли старый клад.") == []


def test_a_work_in_a_facility_is_a_work_on_it(analyse: Analyse) -> None:
    kinds = kinds_in(analyse, "Был проведен капитальный ремонт в четырех школах.")
    assert len(kinds) == 1 and "школах" in kinds[0]
