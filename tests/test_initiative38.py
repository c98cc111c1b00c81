"""Round 38: initiative recall beyond vocabulary, launches told by structure. A body that
starts working or appears as new, a project approved through its passport, a voyage an expedition sets out on, a grant won or
received, troops that leave a place, troops told to return by an order they received, and
troops counted by a share or by tens. Negatives: earning money, a body that only appears
somewhere, a person's passport, a passport talked over, people leaving a room, a person ordered back to an office, a bus on its route.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, holds_kind, kinds_and_modalities_in, kinds_in


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # a body starts working, or appears as new
        (
            "Как сообщили в министерстве, фонд поддержки фермеров заработает уже в апреле.",
            "фонд",
            Modality.PLANNED,
        ),
        ("Новая инспекция появится в каждом районе области к осени.", "инспекция", Modality.PLANNED),
        # an expedition sets out on a voyage
        ("Экспедиция морского института вышла в рейс к берегам Камчатки.", "рейс", Modality.FACT),
        # a grant won or received
        ("Три университета Томска получат мегагранты на исследования.", "мегагрант", Modality.PLANNED),
        # a project approved through its passport
        (
            "Вчера в правительстве области утверждён паспорт регионального проекта «Тёплый дом».",
            "проект",
            Modality.PLANNED,
        ),
        # troops leave a place named as the object
        (
            "Большая часть иностранных военнослужащих покинула территорию базы.",
            "уход военнослужащих",
            Modality.FACT,
        ),
        # troops ordered back by an order they received
        (
            "Подразделения округа получили приказ вернуться в пункты постоянной дислокации.",
            "возвращение подразделений",
            Modality.PLANNED,
        ),
        # troops counted by a share or by tens
        ("Десятки солдат были перевезены на север.", "перевозка солдат", Modality.FACT),
        (
            "Сорок процентов военнослужащих будут выведены из района.",
            "вывод военнослужащих",
            Modality.PLANNED,
        ),
    ],
)
def test_launch_told_by_structure(analyse: Analyse, text: str, kind: str, modality: Modality) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, kind, modality), found


def test_counted_troops_name_the_kind(analyse: Analyse) -> None:
    """The kind names the troops a count is of, not the count."""
    kinds = kinds_in(analyse, "Десятки морпехов были перевезены из порта на остров.")
    assert kinds == ["перевозка морпехов"]


@pytest.mark.parametrize(
    "text",
    [
        # earning money is no start
        "Фонд заработал на продаже акций 3 млн рублей.",
        "Банк заработал рекордную прибыль за квартал.",
        # a body that only appears somewhere, not called new
        "На совещании появился представитель фонда.",
        "Оператор появится на встрече позже.",
        # people leaving a room or a meeting are no troops
        "Делегация покинула зал заседаний до голосования.",
        "Министр покинул территорию завода после осмотра.",
        # a person ordered back to an office
        "Директор получил приказ вернуться в офис.",
        # a passport of a person, or one only talked over
        "Жительнице района выдали паспорт гражданина в торжественной обстановке.",
        "Депутаты обсудили паспорт регионального проекта «Тёплый дом».",
        # a bus on its route is no voyage launched
        "Автобус отправился в рейс по расписанию.",
    ],
)
def test_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []
