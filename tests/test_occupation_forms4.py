"""Occupations in issue 16's round-4 classes: a decree's issuer, the one appointed, board
membership, former posts and a plural post before names of several states. Sentences
written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def _holders(found: set[tuple[str, str, str]], post: str) -> set[str]:
    return {who for who, position, _ in found if position == post}


def test_a_decree_s_issuer_post_is_not_the_named_person_s(analyse: Analyse) -> None:
    found = posts(analyse, "Указом губернатора Олег Рябинин освобождён от занимаемой должности.")
    assert not _holders(found, "губернатор")
    found = posts(analyse, "Приказом министра здравоохранения Ольга Жукова уволена из клиники.")
    assert not any(who == "Ольга Жукова" for who, _, _ in found)


def test_the_issuer_named_in_the_post_s_case_holds_it(analyse: Analyse) -> None:
    text = "Указом президента Казахстана Касым-Жомарта Токаева посол Ержан Ашикбаев отозван."
    assert ("Касым-Жомарт Токаев", "президент", "Казахстан") in posts(analyse, text)


def test_a_post_inside_the_decree_s_frame_is_not_the_appointee_s(analyse: Analyse) -> None:
    text = "Распоряжением мэра Лидия Орехова утверждена в должности директора департамента."
    found = posts(analyse, text)
    assert not _holders(found, "мэр")
    assert any(who == "Лидия Орехова" and post.startswith("директор") for who, post, _ in found)


def test_the_appointed_object_takes_the_post_not_the_appointer(analyse: Analyse) -> None:
    text = "Глава района Виктор Смольников назначил Павла Архипова начальником полиции."
    found = posts(analyse, text)
    assert any(who == "Павел Архипов" and post.startswith("начальник") for who, post, _ in found)
    assert not any(
        who == "Виктор Смольников" and post.startswith("начальник") for who, post, _ in found
    )


def test_an_appointed_post_at_the_company_takes_the_appointing_board_s_company(
    analyse: Analyse,
) -> None:
    text = "Совет директоров «Уралкалия» назначил Лилию Тихонову коммерческим директором компании."
    assert ("Лилия Тихонова", "коммерческий директор", "Уралкалий") in posts(analyse, text)


def test_joining_a_board_is_the_post_of_its_member(analyse: Analyse) -> None:
    found = posts(analyse, "Олег Зимин избран в совет директоров «Норильского никеля».")
    assert any(
        who == "Олег Зимин" and post == "член совета директоров" and "Норильск" in where
        for who, post, where in found
    )
    assert not _holders(found, "директор")
    found = posts(analyse, "Светлана Миронова вошла в наблюдательный совет банка «Приток».")
    assert ("Светлана Миронова", "член наблюдательного совета", "Приток") in found
    found = posts(analyse, "Герман Лосев входит в состав правления банка «Опора».")
    assert ("Герман Лосев", "член правления", "Опора") in found


def test_a_former_post_is_the_post_held_the_prefix_kept_in_its_word(analyse: Analyse) -> None:
    analysed = analyse("Экс-губернатор Курганской области Вадим Шумков дал интервью.")
    claim = next(c for c in analysed.claims if c.type == "occupation")
    position = next(a for a in claim.arguments if a.role == "position")
    assert position.value == "губернатор"
    assert position.span is not None and position.span.text == "Экс-губернатор"
    analysed = analyse("Бывший мэр Самары Олег Фурсов дал интервью.")
    claim = next(c for c in analysed.claims if c.type == "occupation")
    position = next(a for a in claim.arguments if a.role == "position")
    assert position.value == "мэр"
    assert position.span is not None and position.span.text == "мэр"


def test_a_plural_post_the_ner_took_for_an_organisation_is_each_state_s(
    analyse: Analyse,
) -> None:
    text = "Министры обороны Польши Анджей Кравчик и Литвы Ромас Ланкас провели переговоры."
    found = posts(analyse, text)
    assert ("Анджей Кравчик", "министры обороны", "Польша") in found
    assert ("Ромас Ланкас", "министры обороны", "Литва") in found
