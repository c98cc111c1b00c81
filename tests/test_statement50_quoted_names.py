"""Pronoun speakers of statement50 (classes recorded on real news excerpts: J9 and J11): a
man named only inside someone's quoted words is not the "он" that attributes them, nor
the "по его словам" after them; where the report names nobody else, the pronoun stands
for no one named and no statement is credited. Near misses: a man named outside the
quote, before it or in the attribution, still goes on with "он", and a name in the
report that the quote repeats is still the report's."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2024-05-14")


def test_unnamed_commentator_is_not_the_man_named_in_his_quote(speakers: Read) -> None:
    text = (
        "Аналитик полагает, что такие заявления сделаны ради выборов.\n"
        "«Это обычная предвыборная риторика, в духе всей кампании Семенова. Ничего "
        "нового тут нет», — сказал он."
    )
    assert "Семенов" not in " ".join(speakers(text))


def test_his_words_after_a_quote_naming_another_man_are_nobody_named(
    speakers: Read,
) -> None:
    text = (
        "«Я знаю из разговоров с министром Олегом Карповым, как важна эта стройка», — "
        "передает агентство со ссылкой на слова инженера.\n"
        "По его словам, работы на объекте могут остановить уже в мае."
    )
    assert "Олег Карпов" not in speakers(text)


def test_speaker_named_before_the_quote_goes_on(speakers: Read) -> None:
    text = (
        "Губернатор Виктор Лаптев выступил на сессии областной думы.\n"
        "«Мы обсуждали это с Андреем Зуевым не раз, решение уже принято», — сказал он."
    )
    assert speakers(text) == ["Виктор Лаптев"]


def test_man_named_in_the_report_and_again_in_a_quote_goes_on(speakers: Read) -> None:
    text = (
        "Мэр Игорь Белов подписал постановление о ремонте набережной.\n"
        "«Решение Белова давно назрело», — заявил депутат.\n"
        "По его словам, деньги на ремонт уже выделены."
    )
    assert speakers(text)[-1] == "Игорь Белов"


def test_pronoun_after_a_plain_report_goes_on(speakers: Read) -> None:
    text = (
        "Директор завода Павел Орлов заявил журналистам, что цех откроют летом.\n"
        "Он добавил, что сроки согласованы с подрядчиком."
    )
    assert speakers(text) == ["Павел Орлов", "Павел Орлов"]
