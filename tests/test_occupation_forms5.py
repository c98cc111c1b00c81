"""Occupations stated across the sentences of a report: a generic noun or a pronoun for the
organisation named before, a lone surname for the person named in full, a post in a title,
an appointer's object. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def test_a_generic_noun_stands_for_the_company_named_with_it_before(analyse: Analyse) -> None:
    text = (
        "Акционеры холдинга «Полярный ветер» собрались в Мурманске. Рынок ждал перемен. "
        "Исполнительный директор холдинга Роман Ершов представил отчёт."
    )
    assert ("Роман Ершов", "исполнительный директор", "Полярный ветер") in posts(analyse, text)


def test_a_kin_noun_and_a_name_holding_the_noun(analyse: Analyse) -> None:
    text = (
        "Хоккейный клуб «Сокол» проиграл третий матч подряд. "
        "Капитан команды Илья Кротов извинился перед болельщиками."
    )
    assert ("Илья Кротов", "капитан", "Сокол") in posts(analyse, text)
    text = "Газпромбанк открыл офис в Омске. Вице-президент банка Олег Дымов назвал сроки."
    assert ("Олег Дымов", "вице-президент", "Газпромбанк") in posts(analyse, text)


def test_a_generic_noun_with_no_such_organisation_before_is_no_place(
    analyse: Analyse,
) -> None:
    """Round 28: the noun alone names no one company; the post is kept without a place."""
    text = "Погода испортилась. Директор компании Лев Ушаков отменил поездку."
    assert ("Лев Ушаков", "директор", "") in posts(analyse, text)


def test_a_pronoun_before_the_post_for_the_organisation_just_named(analyse: Analyse) -> None:
    text = (
        "Стройку моста оплатит Евразийский банк развития. "
        "Его вице-президент Анна Кольцова подписала договор."
    )
    assert ("Анна Кольцова", "вице-президент", "Евразийский банк развития") in posts(analyse, text)


def test_a_pronoun_for_a_person_gives_no_place(analyse: Analyse) -> None:
    text = "Журналистов встретил Павел Громов. Его заместитель Инна Лаптева раздала пресс-релизы."
    found = posts(analyse, text)
    assert any(who == "Инна Лаптева" and not where for who, _, where in found)


def test_a_lone_surname_is_the_woman_named_in_full_before(analyse: Analyse) -> None:
    text = (
        "На совещании выступила Марина Белова. Белова с 2019 года работает "
        "главным инженером компании «Сибирский лес»."
    )
    found = posts(analyse, text)
    assert any(who == "Марина Белова" for who, _, _ in found), found
    assert not any(who == "Белов" for who, _, _ in found)


def test_a_post_inside_a_title_is_no_one_s(analyse: Analyse) -> None:
    text = "Весной театр покажет спектакль «Последний министр» по повести Глеба Орлова."
    assert not any(who == "Глеб Орлов" for who, _, _ in posts(analyse, text))


def test_a_post_named_by_a_person_inside_a_quote_stays(analyse: Analyse) -> None:
    text = "«Как сказал министр финансов Сергей Лукин, бюджет сбалансирован», — заявил депутат."
    assert any(who == "Сергей Лукин" for who, _, _ in posts(analyse, text))


def test_the_appointer_does_not_hold_the_post_of_the_one_appointed(analyse: Analyse) -> None:
    text = "Губернатор Курской области Пётр Лаврушин назначил нового министра экономики."
    found = posts(analyse, text)
    assert ("Пётр Лаврушин", "губернатор", "Курская область") in found
    assert not any(post.startswith("министр") for _, post, _ in found)


def test_a_pronoun_subject_is_the_person_named_before(analyse: Analyse) -> None:
    text = (
        "Соглашение подписал Тимур Абенов. Три года назад он был назначен "
        "послом Казахстана в Турции."
    )
    assert any(who == "Тимур Абенов" and post == "посол" for who, post, _ in posts(analyse, text))


def test_a_pronoun_of_the_other_gender_is_someone_else(analyse: Analyse) -> None:
    text = "Письмо получил Тимур Абенов. Позже она была назначена послом Казахстана в Турции."
    assert not any(post == "посол" for _, post, _ in posts(analyse, text))


def test_a_pronoun_subject_of_a_copula_holds_its_post(analyse: Analyse) -> None:
    text = "Контракт подписала Вера Гончар. До прошлого года она была вице-губернатором."
    assert any(
        who == "Вера Гончар" and post == "вице-губернатор" for who, post, _ in posts(analyse, text)
    )
