"""Occupations, round 36: a post whose words end in a noun for a body of any kind or a kin
one ("генеральный директор организации", "генеральный директор корпорации") finds the one
organisation the report named up to two sentences back, not one only: a report often names
the body, then says what happened, then names its head. Two organisations named there, or
none, leave the post without a place. An acting title before a region's or a city's post
("врио губернатора", "исполняющий обязанности губернатора", "и. о. мэра") leaves it the
region's or the city's post: it is held in the region or city named just before, as
"губернатор" alone is. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def places_of(analyse: Analyse, text: str, person: str) -> set[str]:
    """The places of the person's occupations ("" for a post with none)."""
    return {place for _, place in posts_of(analyse, text, person)}


def test_a_body_noun_finds_the_organisation_two_sentences_back(analyse: Analyse) -> None:
    text = (
        "Компания «Вектор-Строй» открыла новый цех в Твери. На открытии присутствовали рабочие "
        "и гости. Выступил генеральный директор организации Иван Соколов."
    )
    assert "Вектор-Строй" in places_of(analyse, text, "Иван Соколов")


def test_an_office_noun_finds_the_ministry_two_sentences_back(analyse: Analyse) -> None:
    text = (
        "Министерство культуры Омской области объявило конкурс. Заявки принимают до мая. "
        "Об этом сообщил глава ведомства Иван Пестов."
    )
    assert any("Министерство культуры" in place for place in places_of(analyse, text, "Иван Пестов"))


def test_two_organisations_named_leave_the_post_without_a_place(analyse: Analyse) -> None:
    text = (
        "Компания «Вектор-Строй» открыла новый цех в Твери. Кредит на него выдал Сбербанк. "
        "Выступил генеральный директор организации Иван Соколов."
    )
    assert places_of(analyse, text, "Иван Соколов") == {""}


def test_an_organisation_three_sentences_back_is_too_far(analyse: Analyse) -> None:
    text = (
        "Компания «Вектор-Строй» открыла новый цех в Твери. На открытии присутствовали рабочие "
        "и гости. Погода была солнечной. Выступил генеральный директор организации Иван Соколов."
    )
    assert places_of(analyse, text, "Иван Соколов") == {""}


def test_an_acting_governor_is_held_in_the_region_named_before(analyse: Analyse) -> None:
    text = "Мост открыли в Омской области. Врио губернатора Иван Пестов перерезал ленточку."
    assert "Омская область" in places_of(analyse, text, "Иван Пестов")


def test_an_acting_governor_written_in_full_is_held_in_the_region(analyse: Analyse) -> None:
    text = (
        "В Омской области открыли мост. Об этом сообщил исполняющий обязанности губернатора "
        "Иван Пестов."
    )
    assert "Омская область" in places_of(analyse, text, "Иван Пестов")


def test_an_acting_mayor_is_held_in_the_city_named_before(analyse: Analyse) -> None:
    text = "В Твери прошёл субботник. В нём участвовал и. о. мэра Олег Сидоров."
    assert "Тверь" in places_of(analyse, text, "Олег Сидоров")


def test_an_acting_governor_with_nothing_named_keeps_no_place(analyse: Analyse) -> None:
    text = "Совещание прошло в понедельник. Врио губернатора Иван Пестов перерезал ленточку."
    assert places_of(analyse, text, "Иван Пестов") == {""}


def test_an_acting_minister_does_not_take_the_region(analyse: Analyse) -> None:
    text = "В Омской области открыли мост. Врио министра Иван Пестов перерезал ленточку."
    assert "Омская область" not in places_of(analyse, text, "Иван Пестов")
