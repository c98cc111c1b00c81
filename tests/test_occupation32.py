"""Occupations, round 32: a post of an organisation's governing board that names no
organisation ("председатель правления X", "заместитель председателя правления компании X",
"председатель исполкома X") is held at the one organisation the sentence names before the
post, or, when it names none there, the sentence before. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation28 import places_of


def test_a_deputy_board_chair_of_the_company_is_at_the_company_named_before(
    analyse: Analyse,
) -> None:
    text = (
        "Добыча «Северной нефти» выросла на треть, заявил заместитель председателя "
        "правления компании Олег Трофимов."
    )
    assert any("Северн" in place for place in places_of(analyse, text, "Олег Трофимов"))


def test_a_bare_board_chair_is_at_the_organisation_of_the_sentence_before(
    analyse: Analyse,
) -> None:
    text = (
        "В банке «Заря» начались перемены. Об этом говорится в заявлении Ирины Соколовой, "
        "председателя правления."
    )
    assert any("Заря" in place for place in places_of(analyse, text, "Ирина Соколова"))


def test_an_executive_committee_chair_is_at_the_union_named_before(analyse: Analyse) -> None:
    text = (
        "Новые члены вошли в исполком Союза гребцов. В состав исполкома союза также входят "
        "председатель исполкома Иван Лапин и Анна Белова."
    )
    assert any("гребц" in place for place in places_of(analyse, text, "Иван Лапин"))


def test_a_board_chair_after_the_speaking_company(analyse: Analyse) -> None:
    text = "Компания «Восход» снизила цены, сообщил председатель совета директоров Петр Никитин."
    assert any("Восход" in place for place in places_of(analyse, text, "Петр Никитин"))


def test_two_organisations_before_leave_the_board_post_without_place(analyse: Analyse) -> None:
    text = "Сотрудники «Зари» и «Восхода» встретились с председателем правления Петром Никитиным."
    assert places_of(analyse, text, "Петр Никитин") == set()


def test_a_board_post_naming_its_organisation_keeps_it(analyse: Analyse) -> None:
    text = "Председатель правления «Восхода» Петр Никитин посетил «Зарю»."
    assert places_of(analyse, text, "Петр Никитин") == {"Восход"}


def test_a_post_of_no_board_gets_no_organisation_named_before(analyse: Analyse) -> None:
    """ "директор компании" is not a board's post: the company named before is not it."""
    text = "Сотрудники «Зари» встретились с директором компании Петром Никитиным."
    assert not any("Зар" in place for place in places_of(analyse, text, "Петр Никитин"))
