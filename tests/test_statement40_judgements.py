"""Statement forms of statement40 (classes recorded on real news excerpts), each on
sentences written for it: praise ("похвалил X за Y"), an assessment an adverb or a
likening marks as one ("положительно оценил итоги", "оценил ситуацию как стабильную"), a
view shared ("поделился впечатлениями"), and a point made with "указать на" ("указал на
необходимость …", "На это указал X" for the sentence before); with near misses: an amount
assessed ("оценил ущерб в 5 млн рублей" is a figure), praise in an award's name, a request
in a law's wording, experience or bread shared, a person pointed at."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader, statements

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2014-05-20")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Премьер Андрей Лосев похвалил строителей за быстрые сроки.", "Андрей Лосев"),
        ("Мэр Ольга Сизова похвалила коммунальщиков.", "Ольга Сизова"),
        ("Губернатор Иван Сомов положительно оценил работу подрядчиков.", "Иван Сомов"),
        ("Министр Олег Рыбин высоко оценил вклад волонтеров в тушение пожаров.", "Олег Рыбин"),
        ("Аналитик Павел Шилов скептически оценил перспективы сделки.", "Павел Шилов"),
        ("Глава банка Пётр Ильин оценил ситуацию на рынке как стабильную.", "Пётр Ильин"),
        ("Сенатор Игорь Гусев поделился впечатлениями от поездки в Казань.", "Игорь Гусев"),
        ("Ректор Нина Власова поделилась планами на новый учебный год.", "Нина Власова"),
    ],
)
def test_judgement_said(speakers: Read, text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Министр Олег Рыбин указал на необходимость ускорить ремонт школ.", "Олег Рыбин"),
        ("Судья Анна Котова указала на важность открытых слушаний.", "Анна Котова"),
        (
            "Цены на жилье продолжат расти. На это в интервью радио указал глава банка Пётр Ильин.",
            "Пётр Ильин",
        ),
    ],
)
def test_point_made(speakers: Read, text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_pointed_at_words_are_the_sentence_before(analyse: Analyse) -> None:
    text = "Цены на жилье продолжат расти. На это в интервью радио указал глава банка Пётр Ильин."
    said = statements(analyse(text, "2014-05-20"))
    assert said == [("Пётр Ильин", "Цены на жилье продолжат расти.")]


@pytest.mark.parametrize(
    "text",
    [
        "Ректор Нина Власова оценила ущерб от пожара в 5 млн рублей.",  # an amount
        "Эксперт Павел Шилов оценил стоимость дома.",  # no mark of a judgement
        "Учитель Анна Котова получила похвальную грамоту за работу.",  # an award
        "Новый закон просит владельцев собак убирать за питомцами.",  # a law's wording
        "Фермер Игорь Гусев поделился опытом с соседями.",  # experience, not a view
        "Пекарь Олег Рыбин поделился хлебом с соседями.",
        "Свидетель Пётр Ильин указал на подозреваемого.",  # a person pointed at
    ],
)
def test_near_misses_say_nothing(speakers: Read, text: str) -> None:
    assert speakers(text) == []


def test_amount_assessed_is_a_figure(analyse: Analyse) -> None:
    document = analyse("Ректор Нина Власова оценила ущерб от пожара в 5 млн рублей.", "2014-05-20")
    amounts = [v for c in document.claims if c.type == "figure" for v in c.values("quantity")]
    assert "5000000" in amounts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Компания «Ромашка» заявила о росте продаж. Из отчета следует, что выручка "
            "выросла вдвое.",
            "Из отчета следует",
        ),
        (
            "Банк «Вега» сообщил о новых тарифах. В документе отмечено, что тарифы вырастут.",
            "В документе отмечено",
        ),
        (
            "Банк «Вега» сообщил о новых тарифах. В сообщении говорится, что тарифы вырастут.",
            "В сообщении говорится",
        ),
    ],
)
def test_document_first_is_its_speaker_before(analyse: Analyse, text: str, words: str) -> None:
    said = statements(analyse(text, "2014-05-20"))
    assert [speaker for speaker, quote in said if words in quote] == [
        "Вега" if "Вега" in text else "Ромашка"
    ]


def test_document_with_nobody_before_says_nothing(analyse: Analyse) -> None:
    text = "Погода испортилась. В сообщении говорится, что ожидается дождь."
    assert statements(analyse(text, "2014-05-20")) == []
