"""statement35: an outlet set between "приводит/передаёт" and "слова X" relays the words;
X (or the person a post there stands for) speaks."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, statement_speakers

Speakers = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Speakers:
    """The speaker of each statement claim of an undated text."""
    return lambda text: statement_speakers(analyse(text, None))


def test_outlet_before_words_of_named_person(speakers: Speakers) -> None:
    text = (
        "«Тарифы в следующем году не вырастут», — приводит агентство «Прайм» слова Ивана Дроздова."
    )
    assert speakers(text) == ["Иван Дроздов"]


def test_outlet_before_words_of_post_named_before(speakers: Speakers) -> None:
    text = (
        "Министр транспорта Олег Ракитин ответил на вопрос о новой трассе.\n"
        "«Стройку закончим к осени», — передаёт РБК слова главы ведомства."
    )
    assert speakers(text) == ["Олег Ракитин"]
