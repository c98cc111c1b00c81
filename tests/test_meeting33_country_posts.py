"""Round 33 of meetings, from real Russian reports (not kept in the repository): a headline
or lead sentence gives the sides as the posts of countries ("переговоры глав A и B",
"между президентами A и B") and names the holders only in a sentence before or after. Each
country's post stands for the one person introduced near it with that post and country;
with nobody so introduced, the side is the post unnamed, never the country. Sentences
written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse, meeting_sides_at
from tests.test_meeting_real_text import people_meeting


def test_heads_of_two_countries_are_the_people_named_after(analyse: Analyse) -> None:
    text = (
        "Проведены переговоры глав Киргизии и Японии\n\n"
        "Сегодня Президент Киргизии Алмаз Джумабеков провел разговор по телефону с "
        "премьер-министром Японии Кэндзи Ямадой."
    )
    assert {"Алмаз Джумабеков", "Кэндзи Ямада"} in meeting_sides_at(analyse, text, "Проведены")


def test_one_head_of_a_country_beside_a_named_post(analyse: Analyse) -> None:
    text = (
        "Встреча главы Казахстана и премьер-министра Индии проходит в Дели. Президент "
        "Казахстана Нурлан Ахметов встретился с премьер-министром Индии Раджем Кумаром."
    )
    assert {"Нурлан Ахметов", "Радж Кумар"} in meeting_sides_at(analyse, text, "Встреча")


def test_presidents_of_two_countries_one_named_later(analyse: Analyse) -> None:
    text = (
        "Между президентами Армении и Франции состоялся телефонный разговор. Президент "
        "Франции Жан Дюбуа позвонил Петру Саркисяну."
    )
    sides = meeting_sides_at(analyse, text, "Между")
    assert sides == [{"президент Армении", "Жан Дюбуа"}]


def test_no_holder_named_keeps_the_posts_not_the_countries(analyse: Analyse) -> None:
    text = "Министры финансов Польши и Чехии провели переговоры в Праге."
    assert meeting_sides_at(analyse, text, "Министры") == [
        {"министр финансов Польши", "министр финансов Чехии"}
    ]


def test_two_people_of_one_country_name_nobody(analyse: Analyse) -> None:
    text = (
        "Проведены переговоры глав Литвы и Норвегии. Президент Литвы Йонас Каспарас и "
        "бывший президент Литвы Антанас Римкус приехали в Осло. Премьер-министр Норвегии "
        "Эрик Ульсен встретил гостей."
    )
    sides = meeting_sides_at(analyse, text, "Проведены")
    assert sides and all("Литва" not in s and "Норвегия" not in s for s in sides)
    assert all("Йонас Каспарас" not in s and "Антанас Римкус" not in s for s in sides)


def test_post_of_an_envoy_is_no_side(analyse: Analyse) -> None:
    text = (
        "Президент Чили Хуан Перес провел переговоры с заместителем спецпосланника "
        "президента Бразилии Луисом Силвой. Встреча продолжалась три часа."
    )
    assert {"Хуан Перес", "Луис Силва"} in people_meeting(analyse, text)
    assert all(not any(v.startswith("президент") for v in s) for s in
               meeting_sides_at(analyse, text, "Встреча"))


def test_head_of_a_regional_body_of_a_country_is_not_its_head(analyse: Analyse) -> None:
    text = (
        "Губернатор Тверской области Игорь Руденко обсудил с главой Минского облисполкома "
        "Беларуси Петром Ковалем развитие связей."
    )
    assert {"Игорь Руденко", "Петр Коваль"} in people_meeting(analyse, text)
