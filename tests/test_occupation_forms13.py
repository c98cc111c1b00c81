"""Occupations in long reports, round 13: a post that is a copula's predicate (also in a
career told by joined clauses), a post whose owner is a relative pronoun's antecedent, a
relative's name beside another person's post. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def test_a_surname_subject_of_a_copula_post(analyse: Analyse) -> None:
    text = (
        "Кресло мэра занял Степан Воронин. Воронин шесть лет был председателем "
        "областного суда."
    )
    found = posts(analyse, text)
    assert any(who == "Степан Воронин" and post == "председатель" for who, post, _ in found)


def test_a_copula_post_joined_to_a_verb_of_a_career(analyse: Analyse) -> None:
    text = (
        "Деканом избран Аркадий Лапин. Прежде он преподавал в колледже, потом был "
        "заместителем директора по учебной работе."
    )
    found = posts(analyse, text)
    assert any(
        who == "Аркадий Лапин" and post.startswith("заместитель директора")
        for who, post, _ in found
    )


def test_a_copula_with_no_post_gives_none(analyse: Analyse) -> None:
    text = "Лекцию прочёл Аркадий Лапин. Лапин был гостем фестиваля."
    assert not [p for p in posts(analyse, text) if p[1] == "гость"]


def test_a_relative_pronoun_names_whose_post_it_is(analyse: Analyse) -> None:
    text = (
        "Тендер выиграла фирма «Каскад», исполнительный директор которой Павел Жиров "
        "раньше работал в мэрии."
    )
    found = posts(analyse, text)
    assert any(
        who == "Павел Жиров" and post == "исполнительный директор" and "Каскад" in where
        for who, post, where in found
    )


def test_a_relatives_name_does_not_hold_the_post(analyse: Analyse) -> None:
    found = posts(analyse, "Младшая дочь губернатора Алина поступила в консерваторию.")
    assert not [p for p in found if p[0] == "Алина"]


def test_a_deputys_name_holds_the_post(analyse: Analyse) -> None:
    found = posts(analyse, "Заместитель губернатора Алина Громова поступила в аспирантуру.")
    assert any(who == "Алина Громова" and post.startswith("заместитель") for who, post, _ in found)


def test_a_calling_with_its_genitive_before_a_name(analyse: Analyse) -> None:
    found = posts(analyse, "Историк Казанского университета Рустам Галеев напомнил о реформе.")
    assert any(
        who == "Рустам Галеев" and post == "историк" and "университет" in where.lower()
        for who, post, where in found
    )


def test_a_noun_with_a_genitive_in_another_case_is_no_calling(analyse: Analyse) -> None:
    found = posts(analyse, "Собаку соседа Рустам Галеев нашёл во дворе.")
    assert not [p for p in found if p[0] == "Рустам Галеев"]


def test_a_pronoun_reaches_over_a_sentence_naming_no_one(analyse: Analyse) -> None:
    text = (
        "Главным инженером назначен Геннадий Сурков. Ему 47 лет. "
        "До этого он был директором насосной станции."
    )
    found = posts(analyse, text)
    assert any(who == "Геннадий Сурков" and post.startswith("директор") for who, post, _ in found)


def test_a_visitor_or_a_state_title_with_a_genitive_is_no_calling(analyse: Analyse) -> None:
    assert not posts(analyse, "Посетитель выставки Игорь Мамонтов оставил отзыв.")
    found = posts(analyse, "Стихи прочёл народный артист России Игорь Мамонтов.")
    assert not [p for p in found if p[0] == "Игорь Мамонтов"]


def test_a_body_removing_its_officer_names_the_place(analyse: Analyse) -> None:
    text = "Наблюдательный совет банка «Волга-Кредит» уволил финансового директора Инну Белых."
    found = posts(analyse, text)
    assert any(
        who == "Инна Белых" and post == "финансовый директор" and "Волга-Кредит" in where
        for who, post, where in found
    )


def test_a_person_removing_an_officer_names_no_place(analyse: Analyse) -> None:
    found = posts(analyse, "Мэр Степан Кукушкин уволил финансового директора Инну Белых.")
    assert any(who == "Инна Белых" and not where for who, _, where in found)


def test_the_party_one_is_elected_from_is_not_the_place(analyse: Analyse) -> None:
    found = posts(analyse, "Вопрос задал депутат областной думы от ЛДПР Пётр Клюев.")
    assert any(
        who == "Пётр Клюев" and "дум" in where.lower() and "ЛДПР" not in where
        for who, _, where in found
    )
