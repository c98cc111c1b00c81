"""Occupations in issue 16's hidden-set classes: a board or service between the post and
the organisation stays in the post (a service is a place of work), and a post shared by coordinated names gives each its
place of work. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def test_a_board_named_by_the_ner_with_its_company_stays_in_the_post(analyse: Analyse) -> None:
    text = "Первый заместитель председателя правления Сбербанка Александр Ведяхин выступил."
    assert (
        "Александр Ведяхин", "первый заместитель председателя правления", "Сбербанк"
    ) in posts(analyse, text)


def test_a_board_before_a_quoted_company_stays_in_the_post(analyse: Analyse) -> None:
    text = "Член совета директоров «Аэрофлота» Игорь Каменской покинул свой пост."
    assert ("Игорь Каменской", "член совета директоров", "Аэрофлот") in posts(analyse, text)


def test_a_service_is_a_place_of_work_not_part_of_the_post(analyse: Analyse) -> None:
    text = "Руководитель пресс-службы «Роснефти» Михаил Леонтьев опроверг слухи."
    assert ("Михаил Леонтьев", "руководитель", "пресс-служба Роснефть") in posts(analyse, text)


def test_a_company_word_after_the_board_is_the_place(analyse: Analyse) -> None:
    text = "Председатель наблюдательного совета банка «Заря» Пётр Лисицын подал в отставку."
    found = posts(analyse, text)
    assert ("Пётр Лисицын", "председатель наблюдательного совета", "Заря") in found


def test_a_plural_post_before_two_names_gives_both_its_place(analyse: Analyse) -> None:
    found = posts(analyse, "Депутаты Государственной думы Андрей Исаев и Ярослав Нилов выступили.")
    assert ("Ярослав Нилов", "депутаты", "Государственная дума") in found
    found = posts(
        analyse, "Министры финансов Казахстана Ерулан Жамаубаев и Великобритании Рэйчел Ривз."
    )
    assert ("Рэйчел Ривз", "министры финансов", "Великобритания") in found


def test_a_plural_post_after_two_names_is_both_theirs(analyse: Analyse) -> None:
    text = "Иван Сергеев и Павел Орлов, сотрудники Института космических исследований, выступили."
    found = posts(analyse, text)
    assert ("Иван Сергеев", "сотрудники", "Институт космических исследований") in found
    assert ("Павел Орлов", "сотрудники", "Институт космических исследований") in found
