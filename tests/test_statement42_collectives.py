"""Statement forms of statement42 (classes recorded on real news excerpts), each on
sentences written for it: a plant's management speaking for the plant the text
introduced ("Руководство завода заявило, что …" after "рабочие Тверского вагоностроительного
завода"), and a demand whose object is what is demanded ("потребовал отставки главы",
"потребовала компенсацию"); with near misses: a plant never named (its management is
nobody, not the outlet named before), an amount demanded, a protest's aim in the
imperfective."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2019-06-14")


@pytest.mark.parametrize(
    "text",
    [
        "Рабочие Тверского вагоностроительного завода третий месяц ждут зарплату. "
        "Руководство завода заявило, что долги погасят до конца месяца.",
        "Рабочие Тверского вагоностроительного завода третий месяц ждут зарплату. "
        "Как отмечает руководство завода, на предприятии уже работают новые линии.",
    ],
)
def test_plant_management_speaks_for_the_plant(speakers: Read, text: str) -> None:
    assert speakers(text) == ["Тверской вагоностроительный завод"]


def test_unnamed_plant_management_is_nobody(speakers: Read) -> None:
    # the management of a plant the text never named is not the outlet named before it
    text = (
        "Как сообщает портал «Новости Брянска», рабочие ждут денег с лета. "
        "На литейном заводе задержали зарплату. "
        "Руководство завода объяснило задержку отсутствием заказов."
    )
    assert speakers(text) == ["Новости Брянска"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Депутат областной думы Игорь Смирнов потребовал отставки главы администрации.",
            "Игорь Смирнов",
        ),
        (
            "Лидер профсоюза Анна Белова потребовала компенсацию за сверхурочную работу.",
            "Анна Белова",
        ),
        ("Сергей Ким потребовал от мэрии извинений.", "Сергей Ким"),
        ("Президент клуба Иван Зуев потребовал у лиги пересмотра решения.", "Иван Зуев"),
    ],
)
def test_demand_with_a_noun_object_said(speakers: Read, text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Прокурор Олег Орлов потребовал 5 млн рублей с подрядчика.",
        "Водители автобусного парка не вышли на линию, требуя выплаты зарплаты.",
    ],
)
def test_amount_or_protest_aim_is_no_statement(speakers: Read, text: str) -> None:
    assert speakers(text) == []
