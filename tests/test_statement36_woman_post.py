"""statement36: a masculine post noun with a feminine speech verb ("председатель X
заявила") names a woman at the post: the woman named before or next, else the post
itself; never the body in the post's genitive, the man named last, or the outlet."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, statement_speakers

Speakers = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Speakers:
    """The speaker of each statement claim of an undated text."""
    return lambda text: statement_speakers(analyse(text, None))


def test_post_then_woman_named_next(speakers: Speakers) -> None:
    text = (
        "На брифинге председатель Росстата заявила, что безработица снизилась до 3%. "
        "«Это рекорд за десять лет», — сказала Марина Ковалёва."
    )
    found = speakers(text)
    assert "Росстат" not in found and "Росстата" not in found
    assert found.count("Марина Ковалёва") == 2


def test_quote_post_then_surname_next(speakers: Speakers) -> None:
    text = (
        "Она рассказала о планах ведомства. "
        '"Мы готовы к диалогу с бизнесом", - добавила глава Росстата. '
        "Ковалёва пояснила, что опрос продолжится."
    )
    found = speakers(text)
    assert found and all(s.endswith("Ковалёва") for s in found)


def test_woman_named_before_not_the_man_named_last(speakers: Speakers) -> None:
    text = (
        "Глава Росстата Марина Ковалёва выступила на заседании вместе с Игорем Волковым. "
        "Министр Игорь Волков говорил о дорогах. "
        "Затем председатель Росстата заявила, что безработица снизилась до 3%."
    )
    found = speakers(text)
    assert "Марина Ковалёва" in found
    assert found.count("Игорь Волков") <= 1


def test_nobody_named_the_post_speaks(speakers: Speakers) -> None:
    text = "На брифинге председатель Росстата заявила, что безработица снизилась до 3%."
    assert speakers(text) == ["председатель Росстата"]


def test_masculine_verb_keeps_the_old_reading(speakers: Speakers) -> None:
    text = "На брифинге председатель Росстата заявил, что безработица снизилась до 3%."
    assert speakers(text) != ["председатель Росстата"]


def test_feminine_body_nouns_are_no_woman(speakers: Speakers) -> None:
    text = (
        "Компания «Северный поток» заявила, что выручка выросла на 5%. "
        "Пресс-служба компании сообщила, что отчёт опубликуют в мае."
    )
    assert all("председатель" not in s and "пресс-служба" not in s for s in speakers(text))
