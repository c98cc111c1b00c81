"""Occupations in long reports, round 12: a bare post of a named organisation standing for
the person named before, a post one keeps, a plural dative before a post. Sentences written
for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def test_a_bare_post_of_the_organisation_is_the_person_named_before(analyse: Analyse) -> None:
    text = (
        "Аркадий Мельников руководит банком «Северная казна» с 2005 года. «Сокращений не "
        "будет», — сказал Мельников. Глава «Северной казны» добавил, что банк откроет филиалы."
    )
    found = posts(analyse, text)
    assert any(
        who == "Аркадий Мельников" and post == "глава" and "Северная казна" in where
        for who, post, where in found
    )


def test_a_bare_post_of_another_gender_is_not_the_person_named_before(
    analyse: Analyse,
) -> None:
    text = (
        "Анна Мельникова руководит банком «Северная казна» с 2005 года. «Сокращений не "
        "будет», — сказала Мельникова. Глава «Северной казны» добавил, что банк откроет филиалы."
    )
    assert not [p for p in posts(analyse, text) if p[1] == "глава"]


def test_a_bare_post_needs_the_person_named_with_that_organisation(analyse: Analyse) -> None:
    text = (
        "«Ставки вырастут», — сказал аналитик Игорь Шпак. "
        "Глава «Северной казны» добавил, что банк откроет филиалы."
    )
    assert not [p for p in posts(analyse, text) if p[1] == "глава"]


def test_a_post_kept(analyse: Analyse) -> None:
    found = posts(analyse, "Пост председателя партии сохранил Николай Левин.")
    assert any(who == "Николай Левин" and post == "председатель" for who, post, _ in found)


def test_keeping_something_else_is_no_post(analyse: Analyse) -> None:
    found = posts(analyse, "Олег Баринов сохранил контроль над компанией «Вега».")
    assert not [p for p in found if p[1]]


def test_a_plural_before_the_post_is_whom_the_person_told(analyse: Analyse) -> None:
    text = "«Работа идёт по плану», — заявил журналистам пресс-секретарь мэра Олег Пырьев."
    found = posts(analyse, text)
    assert any(
        who == "Олег Пырьев" and post.startswith("пресс-секретарь") for who, post, _ in found
    )
    assert not [p for p in found if p[1] == "журналисты"]


def test_a_bare_post_needs_a_post_told_with_that_organisation(analyse: Analyse) -> None:
    text = (
        "Олег Бурцев рассказал, что в следственном изоляторе «Кресты» его избивали. "
        "Начальник «Крестов» отрицал это."
    )
    assert not [p for p in posts(analyse, text) if p[1] == "начальник"]
