"""Statement forms of round 23 (classes recorded on real news excerpts, batch 11), each on
sentences written for it: results made public, data published on someone's site, and a
company word that stands for the company that acted, not for a name in passing."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2011-03-15")


def test_company_announcing_its_results_states_them(speakers: Read) -> None:
    text = "Компания «Северный ветер» объявила финансовые результаты за 2010 год."
    assert speakers(text) == ["Северный ветер"]


def test_results_made_public_by_another_verb(speakers: Read) -> None:
    text = "Избирательная комиссия Тверской области обнародовала итоги голосования."
    assert len(speakers(text)) == 1


def test_announcing_a_tender_states_nothing(speakers: Read) -> None:
    text = "Компания «Северный ветер» объявила конкурс на строительство нового склада."
    assert speakers(text) == []


def test_publishing_a_photo_states_nothing(speakers: Read) -> None:
    text = "Нападающий Олег Саввин опубликовал фотографию с тренировки."
    assert speakers(text) == []


def test_data_published_on_a_site_are_its_owners(speakers: Read) -> None:
    text = (
        "Защитник Павел Игнатов покидает команду. По информации, опубликованной на "
        "официальном сайте «Торпедо», игрок подписал контракт с клубом «Луч»."
    )
    assert speakers(text) == ["Торпедо"]


def test_data_published_by_a_body_named_after_the_participle(speakers: Read) -> None:
    text = "По данным, опубликованным Росстатом, цены на хлеб выросли за месяц на 4%."
    found = speakers(text)
    assert len(found) == 1 and found[0].startswith("Росстат")  # the recogniser's own form


def test_data_published_by_nobody_named_make_no_statement(speakers: Read) -> None:
    text = "По данным, опубликованным вчера, цены на хлеб выросли за месяц на 4%."
    assert speakers(text) == []


def test_company_word_stands_for_the_company_that_acted(speakers: Read) -> None:
    text = (
        "«Нордтелеком» впервые подготовил отчетность по МСФО. Выручка компании выросла "
        "на 12%, говорится в сообщении компании."
    )
    assert speakers(text)[-1] == "Нордтелеком"


def test_bare_expert_is_not_the_official_named_last(speakers: Read) -> None:
    text = (
        "Губернатор края Игорь Сомов отправил в отставку трех министров. Эксперт считает, "
        "что отставки связаны с выборами."
    )
    assert speakers(text) == []


def test_expert_is_the_one_the_report_called_a_commentator(speakers: Read) -> None:
    text = (
        "Политолог Олег Ракитин связывает отставки трех министров с выборами. Губернатор "
        "края Игорь Сомов отверг эту версию. Эксперт считает, что отставки связаны с выборами."
    )
    assert speakers(text)[-1] == "Олег Ракитин"


def test_opinion_of_an_expert_named_before_as_analyst(speakers: Read) -> None:
    text = (
        "Отставки прокомментировал аналитик компании «Финам» Олег Ракитин. По мнению "
        "эксперта, они связаны с выборами."
    )
    assert speakers(text)[-1] == "Олег Ракитин"


def test_expert_is_the_person_whose_view_was_given_last(speakers: Read) -> None:
    text = (
        "По мнению директора Института региональной политики Олега Ракитина, губернатор "
        "может уйти весной. Кроме того, как считает эксперт, отставке поможет скандал."
    )
    assert speakers(text) == ["Олег Ракитин", "Олег Ракитин"]


def test_refusing_to_comment_states_nothing(speakers: Read) -> None:
    text = "Главный тренер «Сокола» Виктор Лапин отказался прокомментировать поражение."
    assert speakers(text) == []


def test_telling_how_something_happens_states(speakers: Read) -> None:
    text = "Глава профсоюза Андрей Соболев рассказал, как клубы задерживают зарплаты игрокам."
    assert speakers(text) == ["Андрей Соболев"]


def test_not_knowing_how_states_nothing(speakers: Read) -> None:
    text = "Андрей Соболев не знает, как клубы платят игрокам."
    assert speakers(text) == []


def test_commenting_so_points_to_the_sentence_before(analyse: Analyse) -> None:
    text = (
        "Цены на гречку вырастут до осени. Так глава агентства Павел Зорин прокомментировал "
        "данные о новом урожае."
    )
    claims = [c for c in analyse(text, "2011-03-15").claims if c.type == "statement"]
    quotes = [a.value for c in claims for a in c.arguments if a.role == "quote"]
    assert quotes == ["Цены на гречку вырастут до осени."]


def test_expert_is_the_author_of_a_report_named_before(speakers: Read) -> None:
    text = (
        "Обзор рынка подготовил директор центра «Регион-Аналитика» Семен Лукин. Эксперт "
        "считает, что цены на жилье упадут."
    )
    assert speakers(text) == ["Семен Лукин"]
