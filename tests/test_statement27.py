"""Statement forms of round 27 (classes that recur over the seen batches of neutral Russian
news), each on sentences written for it: a quote opened in one paragraph and closed in a
later one; an outlet relaying someone's words ("приводит слова тренера сайт клуба"); a
chain of subjects that only refer back ("Глава ведомства заявил … . …, уточнил министр.
Он отметил …"); a short abbreviation in an attribution ("и. о. главы"); and a few words
("проинформировал, что", "рассказал, какие …", "— отметила спортсменка")."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader, speakers_with_starts

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2024-03-10")


# --- a quote closed paragraphs after it opened --------------------------------------------


@pytest.fixture(scope="module")
def starts(analyse: Analyse) -> Callable[[str], list[tuple[str, str]]]:
    """Each statement's speaker and the opening of its evidence."""
    return lambda text: speakers_with_starts(analyse(text, "2024-03-10"))


def test_quote_running_over_two_paragraphs(starts: Callable[[str], list[tuple[str, str]]]) -> None:
    text = (
        "Главный тренер «Ротора» Павел Орлов на пресс-конференции заявил, что команда "
        "проиграла из-за собственных ошибок.\n\n"
        "«Мы начали матч плохо и быстро пропустили. Ребята долго не могли собраться.\n\n"
        "Во втором тайме игра выровнялась, но на ничью сил уже не хватило…» — сказал Орлов."
    )
    assert ("Павел Орлов", "«Мы начали матч плохо и быстро") in starts(text)


def test_quote_running_over_three_paragraphs(
    starts: Callable[[str], list[tuple[str, str]]],
) -> None:
    text = (
        "Директор завода Анна Королёва заявила, что выпуск вырастет.\n"
        "«Весной мы запустим новый цех.\n"
        "Летом наберём ещё двести рабочих.\n"
        "К осени выпуск вырастет вдвое» — отметила Королёва."
    )
    assert ("Анна Королёва", "«Весной мы запустим новый цех.") in starts(text)


def test_quote_closed_without_attribution_stays_silent(speakers: Read) -> None:
    # the quote is closed, but nothing after it says who spoke
    text = (
        "Директор завода Анна Королёва побывала в новом цехе.\n"
        "«Весной мы запустим новый цех.\n"
        "Летом наберём ещё двести рабочих». Работы начнутся в марте."
    )
    assert speakers(text) == []


def test_new_quote_before_the_first_closes_stays_silent(speakers: Read) -> None:
    # a second quote opens before the first one is closed: no claim across them
    text = (
        "Директор завода Анна Королёва побывала в новом цехе.\n"
        "«Весной мы запустим новый цех.\n"
        "«Летом наберём ещё двести рабочих.\n"
        "Работы начнутся в марте."
    )
    assert speakers(text) == []


# --- an outlet relays someone's words ------------------------------------------------------


def test_outlet_cites_the_words_of_a_coach_named_in_the_headline(speakers: Read) -> None:
    text = (
        'Виктор Гончаренко: "Хочу извиниться перед болельщиками"\n'
        'Наставник "армейцев" посетовал на реализацию моментов.\n'
        '"Мы создали много моментов, но не забили. Хочу извиниться перед болельщиками", - '
        'цитирует слова наставника "армейцев" официальный сайт клуба.'
    )
    assert speakers(text) == ["Виктор Гончаренко", "Виктор Гончаренко"]


def test_outlet_relays_the_coach_words(speakers: Read) -> None:
    # (a guard: the post after "приводит слова" stands for the coach named before)
    text = (
        "Наставник «Спартака» Олег Петров прокомментировал поражение.\n"
        "«Мы сыграли плохо и заслуженно проиграли», — приводит слова тренера официальный "
        "сайт «Спартака»."
    )
    assert speakers(text) == ["Олег Петров"]


def test_outlet_quoting_without_a_person_keeps_the_outlet(speakers: Read) -> None:
    # no person follows the relay verb: the outlet is the only source
    text = "«Цены на жильё в этом году не вырастут», — цитирует «Интерфакс»."
    assert speakers(text) == ["Интерфакс"]


# --- a chain of subjects that only refer back ------------------------------------------------


def test_chain_of_referring_subjects(speakers: Read) -> None:
    text = (
        "Переговоры пройдут в Вене. Об этом заявил глава МИД Андрей Кузнецов. "
        "Тема встречи — торговля. Делегации прибудут во вторник. "
        "Глава ведомства также заявил, что стороны готовы к уступкам. "
        "Никаких новых условий выдвинуто не было, уточнил министр. "
        "Он также отметил, что итоговый документ подпишут летом."
    )
    assert speakers(text) == ["Андрей Кузнецов"] * 4


def test_no_chain_without_a_referring_subject(speakers: Read) -> None:
    # the sentences between name no one who speaks: the pronoun has nobody in reach
    text = (
        "Об этом заявил глава МИД Андрей Кузнецов. Тема встречи — торговля. "
        "Делегации прибудут во вторник. Зал уже подготовлен. Флаги вывешены. "
        "Он также отметил, что итоговый документ подпишут летом."
    )
    assert speakers(text) == ["Андрей Кузнецов"]


# --- words ---------------------------------------------------------------------------------


def test_abbreviation_inside_attribution(speakers: Read) -> None:
    text = (
        "«В этом году мы заменим трубы на трёх улицах», – сообщил в телеграм-канале "
        "и. о. главы округа Пётр Васильев."
    )
    assert speakers(text) == ["Пётр Васильев"]


def test_informed_them_that(speakers: Read) -> None:
    text = (
        "Склад посетил губернатор. Директор компании Иван Соболев проинформировал его, "
        "что второй корпус откроют в мае."
    )
    assert speakers(text) == ["Иван Соболев"]


def test_told_which_roads(speakers: Read) -> None:
    text = "Мэр Самары Ольга Быстрова рассказала, какие улицы отремонтируют этим летом."
    assert speakers(text) == ["Ольга Быстрова"]


def test_athlete_noun_refers_back(speakers: Read) -> None:
    text = (
        "Чемпионка России Дарья Белова выиграла финал.\n"
        "«Я очень долго к этому шла», – отметила спортсменка."
    )
    assert speakers(text) == ["Дарья Белова"]


def test_informs_without_clause_stays_silent(speakers: Read) -> None:
    text = "Сайт компании информирует покупателей о новых ценах."
    assert speakers(text) == []


def test_by_her_estimates(speakers: Read) -> None:
    text = (
        "Гимнастка Ольга Зайцева выиграла многоборье. По её оценкам, ошибки в финале "
        "связаны с усталостью."
    )
    assert speakers(text) == ["Ольга Зайцева"]


def test_voiced_an_opinion_before_a_quote(speakers: Read) -> None:
    text = (
        "Губернатор Иван Лебедев встретился с журналистами.\n"
        "Областной руководитель высказал мнение: «Если дорогу не построят — пострадает весь "
        "район»."
    )
    assert speakers(text) == ["Иван Лебедев"]
