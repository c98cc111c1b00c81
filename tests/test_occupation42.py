"""Occupations, round 42: acting posts in decree shapes and the next sentence
("временно исполняющим полномочия главы округа", "Глава X назначил временно исполняющего
обязанности министра" is no post of the appointer's, "представили исполняющего обязанности
ректора. Им стал кандидат наук X"), and one post shared out by gapping over name–place
pairs ("X назначен врио губернатора A, Y — B, Z — C"). Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def test_an_acting_post_said_with_powers_is_acting(analyse: Analyse) -> None:
    text = "Назначить временно исполняющим полномочия главы Ленского района Кузина Андрея Петровича."
    posts = posts_of(analyse, text, "Кузин Андрей Петрович")
    assert any("исполняющим полномочия главы" in post for post, _ in posts)
    assert any(place == "Ленский район" for _, place in posts)


def test_an_acting_post_said_with_powers_after_a_post_noun(analyse: Analyse) -> None:
    text = "Совет депутатов назначил Олега Рябова на должность временно исполняющего полномочия главы муниципалитета."
    assert any(
        "исполняющего полномочия главы" in post for post, _ in posts_of(analyse, text, "Олег Рябов")
    )


def test_the_appointer_of_an_unnamed_acting_holder_holds_no_acting_post(analyse: Analyse) -> None:
    text = "Глава Тувы Павел Лопатин назначил временно исполняющего обязанности министра здравоохранения республики."
    posts = posts_of(analyse, text, "Павел Лопатин")
    assert ("глава", "Тува") in posts
    assert not any("исполняющ" in post for post, _ in posts)


def test_the_appointer_keeps_out_of_an_acting_post_as_an_object(analyse: Analyse) -> None:
    text = "Мэр Тулы Ирина Белова назначила исполняющего обязанности главы управления образования."
    assert not any("исполняющ" in post for post, _ in posts_of(analyse, text, "Ирина Белова"))


def test_an_acting_holder_named_in_the_next_sentence(analyse: Analyse) -> None:
    text = "В Коломне был назначен временно исполняющий обязанности главы муниципалитета. Им стал Александр Гречин."
    assert any(
        "исполняющий обязанности главы" in post
        for post, _ in posts_of(analyse, text, "Александр Гречин")
    )


def test_an_acting_holder_presented_then_named_with_a_degree(analyse: Analyse) -> None:
    text = (
        "В Омском университете представили исполняющего обязанности ректора вуза. "
        "Им стал кандидат химических наук Семен Гусев."
    )
    assert any("ректора" in post for post, _ in posts_of(analyse, text, "Семен Гусев"))


def test_a_kin_noun_before_a_genitive_name_does_not_hand_the_post_on(analyse: Analyse) -> None:
    text = "Совет назначил нового директора школы. Им стал сын бывшего мэра Ивана Петрова."
    assert not any("директор" in post for post, _ in posts_of(analyse, text, "Иван Петров"))


def test_a_gapped_list_shares_the_post_over_places(analyse: Analyse) -> None:
    text = (
        "Олег Рябов назначен врио губернатора Тверской области, Иван Зуев — Курской области, "
        "Петр Лосев — Тульской области."
    )
    assert ("врио губернатора", "Курская область") in posts_of(analyse, text, "Иван Зуев")
    assert ("врио губернатора", "Тульская область") in posts_of(analyse, text, "Петр Лосев")


def test_a_gapped_pair_with_the_place_first(analyse: Analyse) -> None:
    text = "Указом президента назначен врио главы Омской области Игорь Рябов, а Томской области — Вадим Лосев."
    assert ("врио главы", "Томская область") in posts_of(analyse, text, "Вадим Лосев")


def test_a_list_of_people_with_their_own_posts_is_not_gapped(analyse: Analyse) -> None:
    text = "Губернатор Тверской области Олег Рябов, Иван Зуев — глава Курской области, провели встречу."
    assert not any(
        post == "губернатор" for post, _ in posts_of(analyse, text, "Иван Зуев")
    )
