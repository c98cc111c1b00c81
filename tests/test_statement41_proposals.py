"""Statement forms of statement41 (classes recorded on real news excerpts), each on
sentences written for it: a proposal voiced as an initiative ("выступил с инициативой
снизить налог"), support voiced for a proposal ("поддержала предложение о создании …"), a
reported question opened by a preposition and a question word or by "когда"
("рассказала, в каком случае …"), and an interview's outlet named by its kind ("заявил он
в интервью таблоиду X"); with near misses: "инициатива" as a name, support given as
money, a bill passed in a reading, "власти" with no place."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2015-03-11")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Депутат Игорь Петренко выступил с инициативой снизить налог для малых фирм.",
            "Игорь Петренко",
        ),
        (
            "Сенатор Лидия Рябова выступила с инициативой введения бесплатного проезда.",
            "Лидия Рябова",
        ),
        (
            "Сенатор Анна Воронцова поддержала предложение о создании реестра волонтёров.",
            "Анна Воронцова",
        ),
        ("Губернатор Павел Крылов поддержал инициативу создания технопарка.", "Павел Крылов"),
        ("Министр Олег Белов поддержал идею продлить льготы аграриям.", "Олег Белов"),
        (
            "Экономист Анна Воронцова рассказала, в каком случае бензин может подешеветь.",
            "Анна Воронцова",
        ),
        ("Аналитик Игорь Сомов рассказал, в какой момент рынок начнёт расти.", "Игорь Сомов"),
        ("Мэр Нина Гаврилова рассказала, когда откроется новый мост.", "Нина Гаврилова"),
    ],
)
def test_proposal_or_question_said(speakers: Read, text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_tabloid_relays_the_speaker(speakers: Read) -> None:
    text = (
        "Глава партии Марек Новак потребовал от соседей извинений. «Мы не забудем этих "
        "событий. Наши граждане ждут справедливости», — заявил он в интервью таблоиду Die Zeit."
    )
    # statement42: the demand of the first sentence ("потребовал извинений") is his too
    assert set(speakers(text)) == {"Марек Новак"}


@pytest.mark.parametrize(
    "text",
    [
        "«Инициатива молодых» открыла новый центр в Омске.",
        "Фонд «Заря» поддержал инициативу жителей грантом в 500 тысяч рублей.",
        "Меценат Пётр Зуев финансово поддержал идею фестиваля.",
        "Госдума поддержала законопроект в первом чтении.",
        "Депутат Игорь Петренко поддержал команду на стадионе.",
        "Власти заявили о закрытии моста.",
    ],
)
def test_no_statement(speakers: Read, text: str) -> None:
    assert speakers(text) == []
