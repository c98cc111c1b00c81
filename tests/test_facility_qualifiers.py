"""Projects a reader names by more than one word: "дом" by what it serves ("дом культуры",
"дом детского творчества"), "учреждение" by its kind ("консульское"), a service by its
transport ("паромное сообщение"), a programme by its approved concept, a facility appearing
in a town described by a genitive ("театр юного зрителя"), a centre built under its own
name, and a joint venture by its short form "СП". Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, initiatives_of, kinds_of


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        ("Новый дом культуры построили в селе Каменка.", "дом культуры", "fact"),
        ("В Ишиме открылся дом детского творчества.", "дом детского творчества", "fact"),
        ("В Рязани построят дом ветеранов.", "дом ветеранов", "planned"),
        ("В Мурманске появится театр юного зрителя.", "театр юного зрителя", "planned"),
        ("В Самаре построят Региональный центр обработки данных.", "центр", "planned"),
        ("Россия и Индия планируют создать СП для выпуска вертолётов.", "сп", "planned"),
        ("В селе открыли новое медучреждение.", "медучреждение", "fact"),
        ("Россия откроет загранучреждение в Луанде.", "загранучреждение", "planned"),
        ("Аргентина откроет консульское учреждение в Казани.", "консульское учреждение",
         "planned"),
        ("Авиакомпания запустит авиасообщение между Казанью и Ташкентом.", "авиасообщение",
         "planned"),
        ("Между Сахалином и Хоккайдо откроют паромное сообщение.", "паромное сообщение",
         "planned"),
        ("Корпорация займется расширением судоходного канала.", "судоходный канал", "planned"),
        ("Правительство утвердило концепцию федеральной целевой программы развития туризма.",
         "федеральная целевая программа развития туризма", "planned"),
    ],
)  # fmt: skip
def test_facility_named_by_its_qualifier_is_a_project(
    analyse: Analyse, text: str, kind: str, modality: str
) -> None:
    claims = initiatives_of(analyse(text))
    assert [" ".join(c.values("kind")) for c in claims] == [kind]
    assert claims[0].modality.value == modality


def test_capital_of_the_sentence_makes_no_runner_of_the_facility(analyse: Analyse) -> None:
    claims = initiatives_of(analyse("Новый дом культуры построили в селе Каменка."))
    assert claims[0].values("organisations") == []
    assert claims[0].values("location") == ["Каменка"]


def test_joint_venture_keeps_its_founders(analyse: Analyse) -> None:
    claims = initiatives_of(analyse("Россия и Индия планируют создать СП для выпуска вертолётов."))
    assert claims[0].values("organisations") == ["Россия", "Индия"]


@pytest.mark.parametrize(
    "text",
    [
        "В доме культуры прошёл концерт.",  # the house is where an event is held
        "Крыша дома культуры протекает.",
        "Жители пожаловались на дом быта.",
        "В Мурманске появится театр.",  # a bare noun may tell a theatre named before
        "СП «Полимер» выпустило новую модель.",  # a venture that acts is founded by nobody
        "Министр осмотрел медицинское учреждение.",
        "Создание учреждения затянулось.",  # the act of founding, no institution named
        "Министр получил сообщение о пожаре.",  # a message
        "Паромное сообщение прервано из-за шторма.",  # a service stopped, none started
        "Эксперты раскритиковали концепцию программы.",
    ],
)
def test_near_misses_stay_no_project(analyse: Analyse, text: str) -> None:
    assert kinds_of(analyse(text)) == []
