"""Occupations in reports, round 11: a calling that opens the sentence, a second post in
apposition after a name with a post before it, a post one stays in. Sentences written for
the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def test_a_calling_that_opens_the_sentence(analyse: Analyse) -> None:
    found = posts(analyse, "Социолог Марина Ветлугина считает, что опрос занизил явку.")
    assert any(who == "Марина Ветлугина" and post == "социолог" for who, post, _ in found)


def test_a_capitalised_word_inside_the_sentence_is_no_calling(analyse: Analyse) -> None:
    found = posts(analyse, "Мальчик Петя Смирнов нашёл на остановке чужой кошелёк.")
    assert not [p for p in found if p[0] == "Петя Смирнов"]


def test_a_pensioner_is_no_post(analyse: Analyse) -> None:
    found = posts(analyse, "Пенсионерка Зоя Кудрина пожаловалась на тариф за отопление.")
    assert not [p for p in found if p[0] == "Зоя Кудрина"]


def test_a_second_post_in_apposition_after_the_name(analyse: Analyse) -> None:
    text = "Экономист Денис Пархоменко, партнёр аудиторской компании «Сигма», ждёт роста ставок."
    found = posts(analyse, text)
    assert any(who == "Денис Пархоменко" and post == "экономист" for who, post, _ in found)
    assert any(
        who == "Денис Пархоменко" and post == "партнёр" and "Сигма" in where
        for who, post, where in posts(analyse, text)
    )


def test_a_post_after_the_next_name_in_a_list_is_not_the_first_ones(analyse: Analyse) -> None:
    text = (
        "На встрече были министр транспорта Глеб Савин, его заместитель Олег Рудаков "
        "и мэр Ирина Корнеева."
    )
    found = posts(analyse, text)
    assert [post for who, post, _ in found if who == "Глеб Савин"] == ["министр транспорта"]
    assert [post for who, post, _ in found if who == "Олег Рудаков"] == ["заместитель"]


def test_a_post_one_stays_in(analyse: Analyse) -> None:
    found = posts(analyse, "Генеральным директором завода остаётся Тамара Лыкова.")
    assert any(who == "Тамара Лыкова" and post == "генеральный директор" for who, post, _ in found)
    assert not posts(analyse, "Тамара Лыкова осталась дома из-за болезни.")


def test_a_board_with_no_owner_named_is_the_reported_companys(analyse: Analyse) -> None:
    text = (
        "Акционеры компании «Тихий порт» собрались на годовое собрание. "
        "Председателем совета директоров избрана Вера Лапшина."
    )
    assert any(
        who == "Вера Лапшина" and post.startswith("председатель") and where == "Тихий порт"
        for who, post, where in posts(analyse, text)
    )


def test_a_board_of_no_one_company_stays_the_board(analyse: Analyse) -> None:
    text = (
        "Банк «Заря» и компания «Луч» провели собрания акционеров. "
        "Председателем совета директоров избрана Вера Лапшина."
    )
    assert not [p for p in posts(analyse, text) if p[2] in {"Заря", "Луч"}]
    text = (
        "Компания «Луч» открыла новый цех. "
        "Председатель совета ветеранов Фёдор Клюев выступил на митинге."
    )
    assert not [p for p in posts(analyse, text) if p[2] == "Луч"]


def test_a_plural_post_after_the_name_is_another_group(analyse: Analyse) -> None:
    text = (
        "На форуме выступили министр экономики Артём Гусев, представители банков "
        "и руководители соседних областей."
    )
    assert [post for who, post, _ in posts(analyse, text) if who == "Артём Гусев"] == [
        "министр экономики"
    ]


def test_a_board_beside_a_directors_employer_is_unsure(analyse: Analyse) -> None:
    text = (
        "Акционеры компании «Тихий порт» обновили совет директоров. В него вошёл партнёр "
        "инвестиционной группы «Базальт» Олег Фомин. Председателем совета директоров избрана "
        "Вера Лапшина."
    )
    assert not [p for p in posts(analyse, text) if p[0] == "Вера Лапшина" and "Базальт" in p[2]]
