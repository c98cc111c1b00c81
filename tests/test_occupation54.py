"""Occupations, round 54: a kind noun for a firm ("президента компании", "главного инженера
завода", "председателя правления банка") stands for the report's only organisation even when
the report never introduced it by that noun ("В Y вновь введена должность …"). Near misses:
two organisations in the report, a noun of another kind ("банка" when only a plant "завод
«Y»" is named), a noun for a public body, a news agency quoted beside the firm. Sentences
written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def _places(analyse: Analyse, text: str, name: str) -> set[str]:
    return {place.lower() for _, place in posts_of(analyse, text, name)}


def test_the_one_firm_of_the_report_holds_a_president_of_the_company(analyse: Analyse) -> None:
    text = (
        "В Nordex вновь появилась должность президента. "
        "Следующим президентом компании стал Петер Хольм."
    )
    assert any("nordex" in place for place in _places(analyse, text, "Петер Хольм"))


def test_the_one_firm_holds_a_chief_engineer_of_the_plant(analyse: Analyse) -> None:
    text = (
        "На «Уралтехмаше» сменилось руководство. "
        "Главным инженером завода назначен Олег Титов."
    )
    assert any("уралтехмаш" in place for place in _places(analyse, text, "Олег Титов"))


def test_two_firms_in_the_report_leave_the_company_unsure(analyse: Analyse) -> None:
    text = (
        "В Nordex вновь появилась должность президента. Конкурент Vestamar отказался от неё. "
        "Следующим президентом компании стал Петер Хольм."
    )
    places = _places(analyse, text, "Петер Хольм")
    assert places  # the post is read, with no place
    assert not any("nordex" in p or "vestamar" in p for p in places)


def test_a_second_firm_named_after_the_post_leaves_it_unsure(analyse: Analyse) -> None:
    text = (
        "В Nordex вновь появилась должность президента. "
        "Следующим президентом компании стал Петер Хольм, ранее работавший в Vestamar."
    )
    assert not any("nordex" in p for p in _places(analyse, text, "Петер Хольм"))


def test_a_bank_is_not_the_plant_the_report_named(analyse: Analyse) -> None:
    text = (
        "Завод «Ростехлит» закрыл второй цех. "
        "Директором банка назначена Инна Фролова."
    )
    assert not any("ростехлит" in p for p in _places(analyse, text, "Инна Фролова"))


def test_a_public_body_noun_is_not_the_one_firm(analyse: Analyse) -> None:
    text = (
        "В Nordex вновь появилась должность президента. "
        "Директором школы назначена Инна Фролова."
    )
    assert not any("nordex" in p for p in _places(analyse, text, "Инна Фролова"))


# deputies of a territory's head named before (chief_place.deputy_at_chief_place)


def test_a_deputy_with_a_duty_takes_the_place_of_another_deputy_of_the_head(analyse: Analyse) -> None:
    text = (
        "Вчера в отставку отправлен первый заместитель главы Каменска Игоря Лосева Павел "
        "Сидоров. В ближайшее время может уйти и заместитель главы по социальной политике "
        "Анна Белова."
    )
    assert any("каменск" in p for p in _places(analyse, text, "Анна Белова"))


def test_a_deputy_of_the_head_after_a_mayor_who_left_his_post(analyse: Analyse) -> None:
    text = (
        "Олег Жуков оставил пост мэра Верхнекамска. В администрации округа сообщили о новых "
        "назначениях. В мэрии сообщили, что исполняющим обязанности назначен первый "
        "заместитель главы Илья Котов."
    )
    assert any("верхнекамск" in p for p in _places(analyse, text, "Илья Котов"))


def test_deputies_of_heads_of_two_towns_leave_the_deputy_unsure(analyse: Analyse) -> None:
    text = (
        "Вчера в отставку отправлен первый заместитель главы Каменска Игоря Лосева Павел "
        "Сидоров, а первый заместитель главы Озёрска Олега Рыбина Степан Орлов остался. "
        "В ближайшее время может уйти и заместитель главы по социальной политике Анна Белова."
    )
    places = _places(analyse, text, "Анна Белова")
    assert places
    assert not any("каменск" in p or "озерск" in p or "озёрск" in p for p in places)


def test_a_deputy_of_a_governor_is_not_placed_by_a_mayor(analyse: Analyse) -> None:
    text = (
        "Олег Жуков оставил пост мэра Верхнекамска. В администрации округа сообщили о новых "
        "назначениях. Первым заместителем губернатора назначен Илья Котов."
    )
    assert not any("верхнекамск" in p for p in _places(analyse, text, "Илья Котов"))
