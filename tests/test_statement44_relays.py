"""Statement forms of statement44 (classes recorded on real news excerpts), each on
sentences written for it: an outlet that only relays a speaker credited beside it ("…,
которая заявила о …, сообщает «X»", "издание «X» сообщило, что Y раскритиковал …",
"Об этом сообщает ТАСС." after Y's words), a relative pronoun standing for the person its
clause modifies ("X, который назвал …"), and "приводит его слова X" for the person named
before; with near misses: an outlet that is its sentence's only source stays the speaker."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2021-03-11")


def test_relative_clause_speaker_relayed_by_an_outlet(speakers: Read) -> None:
    text = (
        "Вокруг речи вице-губернатора Анны Кречетовой, которая на совещании аграриев "
        "заявила о «лени и безответственности» фермеров, разгорелся спор, сообщает "
        "«Вечерний вестник»."
    )
    assert speakers(text) == ["Анна Кречетова"]


def test_relative_pronoun_stands_for_the_named_person(speakers: Read) -> None:
    text = (
        "Последнее выступление министра Олега Сухова, который назвал отчёт «сырым», вызвало споры."
    )
    assert speakers(text) == ["Олег Сухов"]


def test_outlet_reporting_what_a_named_person_said(speakers: Read) -> None:
    text = (
        "Местное издание «Городской курьер» сообщило, что мэр Олег Пантелеев раскритиковал "
        "подрядчиков за срыв сроков."
    )
    assert speakers(text) == ["Олег Пантелеев"]


def test_about_this_after_a_named_speaker_relays(speakers: Read) -> None:
    text = "Губернатор Пётр Лавров заявил, что мост откроют к лету. Об этом сообщает ТАСС."
    assert speakers(text) == ["Пётр Лавров"]


def test_about_this_after_no_speech_is_the_outlet(speakers: Read) -> None:
    text = "В области задержан бывший глава района Игорь Семёнов. Об этом сообщает ТАСС."
    assert speakers(text) == ["ТАСС"]


def test_outlet_as_only_source_stays(speakers: Read) -> None:
    text = "Дорогу на Заречье закроют на ремонт до осени, сообщает «Городской курьер»."
    assert speakers(text) == ["Городской курьер"]


def test_relayed_words_of_the_person_named_before(speakers: Read) -> None:
    text = (
        "Представитель Кремля Игорь Сомов опроверг слухи об отставке министра. "
        "«Не стоит верить каждому слуху», — приводит его слова РИА Новости."
    )
    assert speakers(text) == ["Игорь Сомов", "Игорь Сомов"]


def test_comment_naming_only_its_topic_is_no_statement(speakers: Read) -> None:
    # gold.md, statement44: "прокомментировал + noun object" with no words given
    assert speakers("Глава района Иван Ольшанский прокомментировал решение суда.") == []
    assert speakers("Мэр Степан Гуров пояснил ситуацию в городе.") == []


def test_comment_giving_its_words_is_a_statement(speakers: Read) -> None:
    text = "Глава района Иван Ольшанский прокомментировал решение суда: «Мы подадим апелляцию»."
    assert speakers(text) == ["Иван Ольшанский"]


def test_outlet_reporting_a_visit_before_the_visitor_speaks(speakers: Read) -> None:
    # the later quote's "он" stands for the minister, but was said in the next sentence
    text = (
        "Министр Иван Корнев посетил завод в Твери, сообщает ТАСС. «Завод готов к "
        "запуску», — сказал он."
    )
    assert sorted(speakers(text)) == ["Иван Корнев", "ТАСС"]
