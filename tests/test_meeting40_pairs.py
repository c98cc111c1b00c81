"""Round 40 of meetings, from real Russian reports (not kept in the repository): a side
given as one post of two countries ("встреча президентов Чили и Перу") stands for the two
people a near sentence gives that post of the same two countries in a list of two names
("президентов Чили и Перу Мануэля Рохаса и Хорхе Кастро"), whichever way round the report
lists them. Another pair of countries, another post, or three names give nobody, and the
side stays the unnamed post. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse, meeting_sides_at


def test_a_pair_of_posts_is_the_pair_named_after(analyse: Analyse) -> None:
    text = (
        "В Минске прошла встреча президентов Чили и Перу.\n\n"
        "Встреча президентов Чили и Перу Мануэля Рохаса и Хорхе Кастро прошла в Минске в "
        "пятницу. Переговоры президентов Чили и Перу продлились три часа."
    )
    assert meeting_sides_at(analyse, text, "В Минске") == [{"Мануэль Рохас", "Хорхе Кастро"}]
    assert meeting_sides_at(analyse, text, "Переговоры") == [{"Мануэль Рохас", "Хорхе Кастро"}]


def test_a_pair_of_prime_ministers_in_another_wording(analyse: Analyse) -> None:
    text = (
        "В Риге прошла встреча премьеров Латвии и Эстонии.\n\n"
        "Встреча премьер-министров Латвии и Эстонии Яниса Круминьша и Андреса Тамма прошла "
        "в Риге в четверг."
    )
    assert meeting_sides_at(analyse, text, "В Риге") == [{"Янис Круминьш", "Андрес Тамм"}]


def test_the_names_listed_the_other_way_round(analyse: Analyse) -> None:
    text = (
        "Переговоры министров иностранных дел Чили и Перу завершились в Лиме.\n\n"
        "Министры иностранных дел Чили и Перу Хуан Вега и Луис Ортис подписали протокол."
    )
    assert meeting_sides_at(analyse, text, "Переговоры") == [{"Хуан Вега", "Луис Ортис"}]


def test_another_pair_of_countries_names_nobody(analyse: Analyse) -> None:
    text = (
        "В Минске прошла встреча президентов Чили и Перу.\n\n"
        "Президенты Чили и Боливии Мануэль Рохас и Эво Кинтана выступили на форуме."
    )
    (sides,) = meeting_sides_at(analyse, text, "В Минске")
    assert "Эво Кинтана" not in sides and "Мануэль Рохас" not in sides


def test_another_post_names_nobody(analyse: Analyse) -> None:
    text = (
        "В Минске прошла встреча президентов Чили и Перу.\n\n"
        "Министры финансов Чили и Перу Хуан Вега и Луис Ортис выступили на форуме."
    )
    (sides,) = meeting_sides_at(analyse, text, "В Минске")
    assert not sides & {"Хуан Вега", "Луис Ортис"}
