"""Round 35 of meetings, from real Russian reports (not kept in the repository): the
country, region or ministry whose post a side holds ("с министром финансов Республики
Казахстан", "с главой МИД РФ") is no side once the report names no holder, while the
place of a post held by several ("с руководителями районов Тульской области") stands for
them; a meeting told in a clause under "Напомним, что" in the
past took place. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse, meetings_at

_PLACES = {
    "Республика Казахстан",
    "Казахстан",
    "МИД РФ",
    "РФ",
    "Россия",
    "МИД России",
    "Тульская область",
    "Самарская область",
}



def test_a_ministers_country_is_no_side(analyse: Analyse) -> None:
    text = (
        "Вчера руководитель федерального ведомства провел рабочую встречу с министром "
        "финансов Республики Казахстан."
    )
    found = meetings_at(analyse, text, "Вчера")
    assert all(not people & _PLACES for people, _ in found)


def test_the_ministry_of_a_representative_is_no_side(analyse: Analyse) -> None:
    text = "Тульский губернатор встретился с представителем МИД России в Самаре."
    found = meetings_at(analyse, text, "Тульский")
    assert all(not people & _PLACES for people, _ in found)


def test_the_ministry_of_the_other_post_goes_beside_a_holder_told_before(
    analyse: Analyse,
) -> None:
    text = (
        "Губернатор Тульской области Олег Котов прибыл в Москву. "
        "Губернатор Тульской области встретился с главой МИД РФ."
    )
    found = meetings_at(analyse, text, "Губернатор Тульской области встретился")
    assert found == [({"Олег Котов"}, "fact")]


def test_a_named_side_stays_beside_the_office_of_the_other(analyse: Analyse) -> None:
    text = (
        "Об этом министр Иван Петров заявил на встрече 3 марта с руководителями районов "
        "Тульской области."
    )
    found = meetings_at(analyse, text, "Об этом")
    assert found == [({"Иван Петров"}, "fact")]


def test_the_place_of_ministers_of_a_region_stays_their_side(analyse: Analyse) -> None:
    text = (
        "В Берлине прошла встреча министров иностранных дел Балтии с депутатами "
        "Бундестага."
    )
    found = meetings_at(analyse, text, "В Берлине")
    assert found and all("Балтия" in people for people, _ in found)


def test_a_post_named_by_its_country_still_gets_its_holder(analyse: Analyse) -> None:
    text = (
        "Министр финансов Казахстана Асхат Нуров прибыл в Самару. "
        "Министр финансов Казахстана встретился с губернатором Олегом Котовым."
    )
    found = meetings_at(analyse, text, "Министр финансов Казахстана встретился")
    assert found and all({"Асхат Нуров", "Олег Котов"} <= people for people, _ in found)


def test_delegates_of_two_bodies_keep_their_bodies_as_sides(analyse: Analyse) -> None:
    text = "Представители оборонных ведомств Польши и Чехии провели встречу в Праге."
    found = meetings_at(analyse, text, "Представители")
    assert found and all(people for people, _ in found)


def test_a_call_recalled_under_napomnim_took_place(analyse: Analyse) -> None:
    text = (
        "Напомним, что последний телефонный разговор Ивана Петрова и Олега Сидорова "
        "состоялся в марте."
    )
    assert meetings_at(analyse, text, "Напомним") == [({"Иван Петров", "Олег Сидоров"}, "fact")]


def test_meetings_recalled_in_the_past_plural_took_place(analyse: Analyse) -> None:
    text = (
        "Напомним, что встречи министра Ивана Петрова и губернатора Олега Сидорова "
        "проводились неоднократно."
    )
    assert meetings_at(analyse, text, "Напомним") == [({"Иван Петров", "Олег Сидоров"}, "fact")]


def test_a_wished_meeting_stays_ahead(analyse: Analyse) -> None:
    text = "Иван Петров хочет, чтобы встреча с Олегом Сидоровым состоялась в мае."
    found = meetings_at(analyse, text, "Иван Петров")
    assert found and all(modality == "planned" for _, modality in found)


def test_a_meeting_told_in_the_future_stays_ahead(analyse: Analyse) -> None:
    text = "Иван Петров заявил, что встреча с Олегом Сидоровым состоится в мае."
    found = meetings_at(analyse, text, "Иван Петров")
    assert found and all(modality == "planned" for _, modality in found)
