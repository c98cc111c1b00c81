"""Round 37 of meetings, from real Russian reports (not kept in the repository): a side
written as a bare post ("на встрече с губернатором") or in another wording of a post
("с гендиректором", "глава МИД") is the one person the same report names with that post
(`extract.post_references`); a post of another country, a post two people hold, and a
holder named only inside a quotation name nobody. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse, meeting_sides_at


def test_a_bare_post_is_its_holder_named_after(analyse: Analyse) -> None:
    text = (
        "В администрацию области приехал консул Сербии Драган Илич. "
        "На рабочей встрече с губернатором обсуждались вопросы туризма. "
        "«Мы рады гостям», — сказал губернатор Павел Соколов."
    )
    found = meeting_sides_at(analyse, text, "На рабочей")
    assert found and all("Павел Соколов" in sides for sides in found)
    assert all("губернатор" not in sides for sides in found)


def test_a_headline_post_in_another_wording_is_its_holder(analyse: Analyse) -> None:
    text = (
        "Мэр Твери встретился с гендиректором «Тверьлеса»\n"
        "Мэр Твери Олег Кротов встретился с генеральным директором ООО «Тверьлес» "
        "Семеном Гараниным."
    )
    found = meeting_sides_at(analyse, text, "Мэр Твери встретился")
    assert found and all("Семен Гаранин" in sides for sides in found)
    assert all("Тверьлес" not in sides for sides in found)


def test_the_head_of_a_ministry_is_the_minister_named_before(analyse: Analyse) -> None:
    text = (
        "Министр иностранных дел Эстонии Урмас Кутс прибыл в Ригу. "
        "Вечером глава МИД Эстонии провел переговоры с послом Франции Жаном Мореном."
    )
    found = meeting_sides_at(analyse, text, "Вечером")
    assert found and all({"Урмас Кутс", "Жан Морен"} <= sides for sides in found)


def test_the_head_of_another_countrys_ministry_takes_no_holder(analyse: Analyse) -> None:
    text = (
        "Министр иностранных дел Эстонии Урмас Кутс прибыл в Ригу. "
        "Вечером глава МИД Латвии провел переговоры с послом Франции Жаном Мореном."
    )
    found = meeting_sides_at(analyse, text, "Вечером")
    assert all("Урмас Кутс" not in sides for sides in found)


def test_a_post_of_two_ministers_names_neither(analyse: Analyse) -> None:
    text = (
        "Министр обороны Польши Ян Ковальский и министр обороны Чехии Петр Новак прибыли "
        "в Вильнюс. Позже с министром обороны встретился посол Литвы Томас Янкаускас."
    )
    found = meeting_sides_at(analyse, text, "Позже")
    assert all(not {"Ян Ковальский", "Петр Новак"} & sides for sides in found)


def test_a_holder_named_only_in_a_quote_holds_nothing(analyse: Analyse) -> None:
    text = (
        "«Губернатор Павел Соколов обещал нам дорогу», — сказал житель села Иван Орлов. "
        "Вчера с губернатором встретился консул Сербии Драган Илич."
    )
    found = meeting_sides_at(analyse, text, "Вчера")
    assert all("Павел Соколов" not in sides for sides in found)
