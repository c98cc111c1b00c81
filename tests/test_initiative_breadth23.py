"""Round 23: initiatives beyond construction — a company entering a market or segment, a
body founded under a compound name ("спецподразделение"), money received for research;
launch-like wordings that start no project stay out. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, initiatives_in, kinds_in


def test_a_company_entering_a_market_plans_a_project(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "Ростелеком выйдет на рынок мобильной связи в следующем году.")
    assert [" ".join(c.values("kind")) for c in claims] == ["рынок мобильной связи"]
    assert claims[0].values("organisations") == ["Ростелеком"]
    assert claims[0].modality.value == "planned"


def test_a_company_developing_a_new_segment_plans_a_project(analyse: Analyse) -> None:
    text = "Компания «Сигма» решила осваивать новый сегмент — облачные сервисы."
    assert kinds_in(analyse, text) == ["сегмент"]


def test_a_company_that_entered_a_segment_launched_a_project(analyse: Analyse) -> None:
    text = "Компания «Орион» вошла в сегмент премиальных смартфонов."
    assert kinds_in(analyse, text) == ["сегмент премиальных смартфонов"]


@pytest.mark.parametrize(
    "text",
    [
        "Новая модель выйдет на рынок осенью.",  # a product released: no runner
        "Правительство открыло рынок для иностранных страховщиков.",  # a policy
        "Кандидат вышел на площадь перед мэрией.",
    ],
)
def test_a_market_opened_or_a_product_released_is_no_project(
    analyse: Analyse, text: str
) -> None:
    assert kinds_in(analyse, text) == []


def test_a_compound_body_noun_is_founded_like_the_body(analyse: Analyse) -> None:
    text = "Министерство создаст спецподразделение по борьбе с браконьерством."
    assert kinds_in(analyse, text) == ["спецподразделение"]


def test_a_compound_body_that_acts_founds_nothing_itself(analyse: Analyse) -> None:
    text = "Спецподразделение полиции провело рейд на рынке."
    assert kinds_in(analyse, text) == []


def test_money_received_for_research_funds_it(analyse: Analyse) -> None:
    text = "Сибирские университеты получат по 50 млн рублей на исследования в области химии."
    assert kinds_in(analyse, text) == ["исследования"]


@pytest.mark.parametrize(
    "text",
    [
        "Пенсионер получил 200 тысяч рублей на лечение.",
        "Депо получит 300 млн рублей на закупку новых трамваев.",  # buying builds nothing
        "Школа получила письмо на исследование.",  # no money
    ],
)
def test_money_received_for_no_work_is_no_project(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Следователи начали расследование по факту пожара.",
        "Стороны начали переговоры о поставках газа.",
        "Военные открыли огонь по колонне.",
        "Китай запустил ракету с новым спутником.",
        "Депутаты приступили к обсуждению бюджета.",
        "Реформа создала проблему для фермеров.",
    ],
)
def test_launch_words_over_no_activity_or_body_start_no_project(
    analyse: Analyse, text: str
) -> None:
    assert kinds_in(analyse, text) == []


def test_a_system_named_by_its_service_is_that_service(analyse: Analyse) -> None:
    text = "Минздрав Карелии внедрил систему электронной записи к стоматологу."
    assert kinds_in(analyse, text) == ["система электронной записи"]


def test_a_service_working_from_a_date_on_is_started(analyse: Analyse) -> None:
    text = "Система электронной записи к стоматологу будет действовать в Карелии с 2013 года."
    assert kinds_in(analyse, text) == ["система электронной записи"]


@pytest.mark.parametrize(
    "text",
    [
        "Система образования будет действовать по новым правилам с 2013 года.",
        "Изменилась система регистрации автомобилей.",
        "Запись к стоматологу работает с утра до вечера.",  # hours, no start
    ],
)
def test_a_system_of_no_service_or_a_service_at_work_is_no_launch(
    analyse: Analyse, text: str
) -> None:
    assert kinds_in(analyse, text) == []


def test_an_activity_told_by_its_verb_is_started_by_a_start_word(analyse: Analyse) -> None:
    text = "Таможенники и пограничники Карелии начали патрулировать озёрные границы."
    assert kinds_in(analyse, text) == ["патрулирование"]


def test_going_out_on_an_activity_starts_it(analyse: Analyse) -> None:
    text = "Два сторожевых катера вышли на патрулирование Ладожского озера."
    assert kinds_in(analyse, text) == ["патрулирование"]


@pytest.mark.parametrize(
    "text",
    [
        "Рабочие вышли на стадион.",  # going to a place
        "Следователи начали расследовать гибель рыбы.",  # an inquiry
        "Болельщики начали скандировать лозунги.",
    ],
)
def test_going_to_a_place_or_starting_another_verb_is_no_project(
    analyse: Analyse, text: str
) -> None:
    assert kinds_in(analyse, text) == []
