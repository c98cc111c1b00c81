"""Occupations, round 40: a district's or a region's noun named past the look-back stands
for the one place of its kind the report named ("В администрации Кировского района …
(sentences on) Прежний глава администрации района X"); a rotation told by a verb of moving
to an office ("X перешёл на должность главного редактора", "переведён на пост прокурора
района", "X, который переходит на должность министра"). Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of

_DISTRICT_REPORT = (
    "В администрации Сосновского района сменился руководитель. "
    "Им стал Олег Дымов. "
    "Решение приняли депутаты районного собрания. "
    "Олег Дымов пришёл в администрацию весной. "
    "Прежний глава администрации района Тимур Веденеев перешёл в областное правительство."
)


def places_of(analyse: Analyse, text: str, person: str, post_stem: str) -> list[str]:
    """The places of the person's posts that hold `post_stem`."""
    return [place for post, place in posts_of(analyse, text, person) if post_stem in post.lower()]


def test_a_former_district_head_far_after_the_district_is_named(analyse: Analyse) -> None:
    places = places_of(analyse, _DISTRICT_REPORT, "Тимур Веденеев", "глав")
    assert any("Сосновск" in place for place in places)


def test_two_districts_named_before_leave_the_place_unsure(analyse: Analyse) -> None:
    text = (
        "В администрации Сосновского района и Кировского района сменились руководители. "
        "Им стал Олег Дымов. "
        "Решение приняли депутаты районного собрания. "
        "Олег Дымов пришёл в администрацию весной. "
        "Прежний глава администрации района Тимур Веденеев перешёл в областное правительство."
    )
    places = places_of(analyse, text, "Тимур Веденеев", "глав")
    assert not any("Сосновск" in place or "Кировск" in place for place in places)


def test_a_region_minister_far_after_the_region_is_named(analyse: Analyse) -> None:
    text = (
        "В Пензенской области открылись три новые поликлиники. "
        "Строительство вели два года. "
        "На открытии побывали врачи и пациенты. "
        "Как сообщил министр здравоохранения региона Павел Рудаков, в поликлиниках будут новые аппараты."
    )
    places = places_of(analyse, text, "Павел Рудаков", "министр")
    assert any("Пензенск" in place for place in places)


def test_moving_to_an_office_is_the_new_post(analyse: Analyse) -> None:
    text = "Летом Сергей Орлов перешёл на должность главного редактора журнала «Сигнал»."
    assert any("редактор" in post.lower() for post, _ in posts_of(analyse, text, "Сергей Орлов"))


def test_a_prosecutor_transferred_to_another_district(analyse: Analyse) -> None:
    text = "Прокурор Ленинского района Олег Смирнов переведён на должность прокурора Заводского района."
    places = places_of(analyse, text, "Олег Смирнов", "прокурор")
    assert any("Заводск" in place for place in places)


def test_a_relative_clause_moving_to_an_office(analyse: Analyse) -> None:
    text = (
        "Нового директора вместо Ивана Савина, который переходит на должность министра "
        "финансов Тверской области, утвердит совет."
    )
    places = places_of(analyse, text, "Иван Савин", "министр")
    assert any("Тверск" in place for place in places)


def test_moving_to_a_company_gives_no_post(analyse: Analyse) -> None:
    text = "Иван Савин перешёл в компанию «Вектор» весной."
    assert not any("компани" in post.lower() for post, _ in posts_of(analyse, text, "Иван Савин"))


def test_moving_money_to_an_account_gives_no_post(analyse: Analyse) -> None:
    text = "Олег Смирнов перевёл деньги на счёт фонда."
    assert not posts_of(analyse, text, "Олег Смирнов")


def test_moving_to_work_in_a_city_hall_gives_no_new_post(analyse: Analyse) -> None:
    text = "Анна Белова, которая переходит на работу в мэрию, покинет пост директора школы."
    assert not any("мэр" in post.lower() for post, _ in posts_of(analyse, text, "Анна Белова"))
