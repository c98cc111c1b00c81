"""Classes found on real news excerpts (round 16): a built thing whose name ends like an
abstraction ("здание", "сооружение"), finishing a build, an opening held as an event, money
for works on a thing no list names, money provided for as a passive subject. Sentences
written for these tests (new names and wording)."""

from __future__ import annotations

from tests.conftest import Analyse, kinds_of


def test_a_building_named_by_a_word_ending_in_nie(analyse: Analyse) -> None:
    assert any("здание" in k for k in kinds_of(analyse("Новое здание вокзала возводят в Луге.")))
    assert any(
        "сооружение" in k
        for k in kinds_of(analyse("Под Вологдой построят очистное сооружение для молокозавода."))
    )
    assert not kinds_of(analyse("Партнёры построят доверие и взаимопонимание."))


def test_finishing_a_build_reports_the_project(analyse: Analyse) -> None:
    text = "В Кинешме заканчивается возведение физкультурно-оздоровительного комплекса."
    assert any("комплекс" in kind for kind in kinds_of(analyse(text)))


def test_an_opening_held_as_an_event_names_a_facility(analyse: Analyse) -> None:
    text = "В субботу в Нарьян-Маре прошло торжественное открытие крытого катка."
    assert any("каток" in kind for kind in kinds_of(analyse(text)))
    assert not kinds_of(analyse("Вчера в Пскове состоялось открытие фестиваля народных ремёсел."))
    assert not kinds_of(analyse("На открытии катка выступили юные фигуристы."))


def test_money_for_works_on_an_unlisted_thing(analyse: Analyse) -> None:
    text = "Облправительство направит 90 млн рублей на реконструкцию набережной Оки."
    assert any("набережн" in kind for kind in kinds_of(analyse(text)))


def test_money_provided_for_as_a_passive_subject(analyse: Analyse) -> None:
    text = "На капитальное обновление рулёжной дорожки предусмотрено 300 млн рублей."
    assert any("обновление" in kind for kind in kinds_of(analyse(text)))
    assert not kinds_of(analyse("На обед предусмотрено сорок минут."))
    line = "На ремонт сельских клубов в областном бюджете предусмотрено 40 млн рублей."
    assert not kinds_of(analyse(line))  # a budget line, no project
