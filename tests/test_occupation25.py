"""Occupations, round 25: Concord's own posts that were wrong on the tuning half — a
nationality read as a calling, and a name in the genitive given the post its own post
hangs on. Sentences written for the tests."""

from __future__ import annotations

from concord.extract.lexicons.ru import OCCUPATION
from concord.extract.occupation.filters import is_demonym
from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def test_a_nationality_before_a_name_is_no_post(analyse: Analyse) -> None:
    text = "На выставку приехал очередной гость — испанец Педро Гарсия."
    assert not posts_of(analyse, text, "Педро Гарсия")


def test_a_nationality_with_its_adjectives_is_no_post(analyse: Analyse) -> None:
    text = "Полиция задержала 30-летнего британца Марка Смита."
    assert not posts_of(analyse, text, "Марк Смит")


def test_a_nationality_in_apposition_is_no_post_but_the_calling_stays(analyse: Analyse) -> None:
    text = "Врач из Самары, россиянин Иван Котов, получил премию."
    found = {post for post, _ in posts_of(analyse, text, "Иван Котов")}
    assert "россиянин" not in found
    assert "врач" in found


def test_a_calling_with_a_nationality_adjective_stays(analyse: Analyse) -> None:
    text = "Об этом сообщил американский журналист Джон Смит."
    assert ("журналист", "") in posts_of(analyse, text, "Джон Смит")


def test_demonyms_are_told_by_their_places_adjective() -> None:
    for noun in ("американец", "британец", "россиянин", "немец", "китаец", "француз", "испанка"):
        assert is_demonym(noun, OCCUPATION), noun
    for noun in ("боец", "кузнец", "продавец", "директор", "губернатор", "журналист"):
        assert not is_demonym(noun, OCCUPATION), noun


def test_a_genitive_name_holds_the_genitive_post_not_the_one_it_hangs_on(
    analyse: Analyse,
) -> None:
    text = "Помощник губернатора области Ивана Котова рассказал о планах."
    found = posts_of(analyse, text, "Иван Котов")
    assert not any(post.startswith("помощник") for post, _ in found)
    assert any(post.startswith("губернатор") for post, _ in found)


def test_a_genitive_name_after_a_rank_is_not_given_the_deputys_post(analyse: Analyse) -> None:
    text = "Заместитель главы администрации генерал-майора Олега Санина сообщил о решении."
    found = posts_of(analyse, text, "Олег Санин")
    assert not any(post.startswith("заместитель") for post, _ in found)
    assert any(post == "глава" for post, _ in found)


def test_all_in_the_genitive_the_deputy_is_still_the_names(analyse: Analyse) -> None:
    text = "По словам помощника губернатора Ивана Котова, решение уже принято."
    assert any(post.startswith("помощник") for post, _ in posts_of(analyse, text, "Иван Котов"))


def test_a_deputy_in_the_nominative_is_still_the_deputy(analyse: Analyse) -> None:
    text = "Об этом заявил помощник губернатора Олег Санин."
    assert any(post.startswith("помощник") for post, _ in posts_of(analyse, text, "Олег Санин"))


def test_stacked_posts_in_one_case_are_still_each_held(analyse: Analyse) -> None:
    text = "Бывший глава банка «Заря» и совладелец компании «Рассвет» Иван Котов подал иск."
    found = {post for post, _ in posts_of(analyse, text, "Иван Котов")}
    assert {"глава", "совладелец"} <= found


def test_an_accusative_deputy_before_a_genitive_looking_name_stays_the_names(
    analyse: Analyse,
) -> None:
    text = "Кандидатом на этот пост называют заместителя министра финансов Ивана Котова."
    found = posts_of(analyse, text, "Иван Котов")
    assert any(post.startswith("заместитель") for post, _ in found)


def test_a_name_in_the_genitive_after_a_post_in_apposition_is_whom_it_serves(
    analyse: Analyse,
) -> None:
    analysed = analyse("Об этом сообщил Пётр Смирнов, советник Сергея Иванова.")
    holders = {
        (claim.values("who")[0], claim.values("position")[0])
        for claim in analysed.claims
        if claim.type == "occupation"
    }
    assert holders == {("Пётр Смирнов", "советник")}
