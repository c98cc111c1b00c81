"""Round 32: national and business news. Ministries, agencies, state corporations and
bodies of power founded are projects as the other bodies are; a body's programme of action is a
platform; a launch dated by a day or an anniversary, a procedure "opened", generic projects
named only by their topic, a field a doer is ranked in and a noun inside another
prepositional phrase launch nothing; an outlet relaying the news runs nothing; a launch
announced is planned. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.test_initiative30 import initiatives_in, kinds_in


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("В составе правительства будет создано министерство по делам Арктики.", "министерство"),
        ("Президент решил учредить Министерство цифрового развития.", "министерство"),
        ("На базе двух агентств создадут новую госкорпорацию.", "госкорпорация"),
        ("Правительство намерено учредить новое ведомство по делам мигрантов.", "ведомство"),
        ("Кабмин решил создать специальный орган по делам беженцев.", "орган"),
        # making goods launched
        ("Осенью концерн наладит в Калуге выпуск грузовиков.", "выпуск грузовиков"),
        ("На заводе планируют начать сборку тракторов.", "сборка тракторов"),
    ],
)
def test_state_bodies_founded(analyse: Analyse, text: str, kind: str) -> None:
    kinds = kinds_in(analyse, text)
    assert len(kinds) == 1 and kind in kinds[0], kinds


@pytest.mark.parametrize(
    "text",
    [
        # a body that is named, founded by nobody
        "Работа министерства финансов вызвала критику депутатов.",
        "Холдинг отчитался о прибыли за прошлый год.",
        # a body's platform of action
        "Парламент одобрил программу действий правительства.",
        "Кабинет министров утвердил программу деятельности на пять лет.",
        # a launch dated by a day or an anniversary
        "Губернатор поздравил коллектив завода с 50-летием со дня образования предприятия.",
        "Ветераны собрались в годовщину открытия моста.",
        # a legal procedure opened
        "Суд принял решение об открытии конкурсного производства на комбинате.",
        # generic projects named by their topic alone
        "Среди их задач — поддержка волонтёров, реализация проектов по благоустройству.",
        "Город продолжит реализацию проектов по благоустройству.",
        # a field a doer is ranked in
        "Подрядчик стал рекордсменом по строительству дорог в области.",
        # "начать с": what comes first, nothing launched
        "Начнём с темы памятников.",
        # issues that make no goods
        "Банк начал выпуск облигаций.",
        "Редакция возобновит выпуск журнала.",
        # a country's works in general
        "Правительство планирует восстановить инфраструктуру в стране.",
    ],
)
def test_no_project(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


def test_body_that_founds_is_not_founded(analyse: Analyse) -> None:
    kinds = kinds_in(analyse, "Министерство образования открыло новую школу в Казани.")
    assert kinds == ["школа"], kinds


def test_outlet_relaying_the_news_runs_nothing(analyse: Analyse) -> None:
    text = (
        "Об этом сообщает ТАСС со ссылкой на пресс-релиз компании. "
        "Компания откроет в Твери новый завод."
    )
    claims = initiatives_in(analyse, text)
    assert len(claims) == 1
    assert "ТАСС" not in claims[0].values("organisations"), claims[0].values("organisations")


def test_launch_announced_is_planned(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "Глава корпорации анонсировал строительство нового космодрома.")
    assert len(claims) == 1 and claims[0].modality.value == "planned"
