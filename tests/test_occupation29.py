"""Occupations, round 29: the body of a territory said by common nouns ("председатель
правительства края", "глава администрации района") is held in the territory the report
named before; acting posts told by the duties laid on the person ("обязанности главы
возложены на X") or taken up ("X приступает к исполнению обязанностей главы"). Sentences
written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation28 import places_of
from tests.test_occupation_forms2 import posts_of


def test_a_regional_government_chairman_is_held_in_the_region_named_before(
    analyse: Analyse,
) -> None:
    text = (
        "В Пермском крае сменился министр транспорта. "
        "Председатель правительства края Олег Лаврентьев прокомментировал решение."
    )
    assert any("Пермский" in place for place in places_of(analyse, text, "Олег Лаврентьев"))


def test_a_deputy_chairman_of_a_regional_government_is_held_in_the_region(
    analyse: Analyse,
) -> None:
    text = (
        "В Курганской области обсудили бюджет. "
        "Заместитель председателя правительства области Нина Ершова представила проект."
    )
    assert any("Курганск" in place for place in places_of(analyse, text, "Нина Ершова"))


def test_a_district_administration_head_is_held_in_the_district_named_before(
    analyse: Analyse,
) -> None:
    text = (
        "В Заволжском районе открыли мост. "
        "Глава администрации района Пётр Зорин перерезал ленту."
    )
    assert any("Заволжский" in place for place in places_of(analyse, text, "Пётр Зорин"))


def test_duties_laid_on_a_person_give_the_acting_post(analyse: Analyse) -> None:
    text = "Обязанности главы округа возложены на Андрея Ветрова."
    posts = {post for post, _ in posts_of(analyse, text, "Андрей Ветров")}
    assert any(post.startswith("исполняющий обязанности глав") for post in posts)


def test_performing_duties_laid_on_a_person_give_the_acting_post(analyse: Analyse) -> None:
    text = "Исполнение обязанностей министра культуры возложено на Ольгу Белкину."
    posts = {post for post, _ in posts_of(analyse, text, "Ольга Белкина")}
    assert any("министр" in post and post.startswith("исполняющий обязанности") for post in posts)


def test_taking_up_duties_gives_the_acting_post_with_its_place(analyse: Analyse) -> None:
    text = "Со вторника к исполнению обязанностей главы Кировского района приступает Фёдор Рябов."
    found = posts_of(analyse, text, "Фёдор Рябов")
    assert any(post.startswith("исполняющий обязанности") for post, _ in found)
    assert any("Кировский" in place for place in places_of(analyse, text, "Фёдор Рябов"))


def test_a_body_with_no_territory_named_still_has_no_place(analyse: Analyse) -> None:
    text = "Председатель правительства края Олег Лаврентьев прокомментировал решение."
    assert places_of(analyse, text, "Олег Лаврентьев") == set()


def test_duties_that_are_no_post_give_nothing(analyse: Analyse) -> None:
    text = "Обязанности по уборке двора возложены на Андрея Ветрова."
    assert posts_of(analyse, text, "Андрей Ветров") == set()


def test_taking_up_work_is_no_acting_post(analyse: Analyse) -> None:
    text = "Фёдор Рябов приступил к работе над новым проектом."
    assert posts_of(analyse, text, "Фёдор Рябов") == set()


def test_a_company_director_beside_another_bank_still_has_no_place(analyse: Analyse) -> None:
    text = "Сотрудники Сбербанка встретились с директором компании Олегом Ракитиным."
    assert places_of(analyse, text, "Олег Ракитин") == set()


def test_a_company_noun_is_the_organisation_of_the_holders_other_post(analyse: Analyse) -> None:
    text = "Председатель правления «Камаза» Иван Петров назначен новым генеральным директором компании."
    found = posts_of(analyse, text, "Иван Петров")
    assert any(post == "генеральный директор" and "Камаз" in place for post, place in found)


def test_a_company_noun_is_the_organisation_whose_board_speaks(analyse: Analyse) -> None:
    text = (
        "Совет директоров «Северстали» объявил, что новым генеральным директором компании "
        "назначен Иван Петров."
    )
    assert any("Северсталь" in place for place in places_of(analyse, text, "Иван Петров"))


def test_an_organisation_whose_spokesmen_speak_does_not_resolve_the_noun(analyse: Analyse) -> None:
    text = "Представители «Камаза» сообщили, что директором компании стал Иван Петров."
    assert places_of(analyse, text, "Иван Петров") == set()


def test_a_place_named_in_an_earlier_sentence_beside_a_kind_noun(analyse: Analyse) -> None:
    """The holder's other post is placed in a region an earlier sentence names ("глава
    региона"): no organisation of this sentence to lend "компании", and no crash."""
    text = (
        "В Тверской области построят новый завод. Документ скрепили подписями глава региона "
        "и учредители компании Иван Соколов и Пётр Орлов."
    )
    claims = [c for c in analyse(text).claims if c.type == "occupation"]
    assert any(c.values("position") == ["учредители"] for c in claims)
