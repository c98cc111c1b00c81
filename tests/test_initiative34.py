"""Round 34: undertakings other than buildings in national news, and round 33's troop
leftovers. An operation, patrol or mission held jointly is a project; "инициировать" starts
a campaign; a project due to open ("должна открыться") is planned. A launch told as a
habit, a launching participle that only describes the subject of another predicate, a set
of measures, a meeting on a project's progress and the budget of a running programme stay
silent. Troops that are ordered in the dative, that "начнут возвращаться", or whose
movement "происходит", move; a movement only commented on does not. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse
from tests.test_initiative30 import initiatives_in, kinds_in


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # undertakings held jointly
        ("Индия и Непал провели совместное патрулирование границы.",
         "совместное патрулирование границы",
         Modality.FACT),
        ("Авиация двух стран проводит совместную операцию против боевиков.",
         "совместная операция", Modality.FACT),
        ("Береговая охрана провела операцию совместно с таможней.", "операция", Modality.FACT),
        ("Флоты двух стран проведут совместную миссию в Красном море.", "совместная миссия",
         Modality.PLANNED),
        # a campaign initiated
        ("Минздрав инициировал всероссийскую кампанию по вакцинации.",
         "всероссийская кампания", Modality.FACT),
        # a project due to open
        ("Новая поликлиника должна открыться в сентябре.", "поликлиника", Modality.PLANNED),
        ("Госпрограмма должна стартовать в начале года.", "госпрограмма", Modality.PLANNED),
        # a complement shared by two joined nouns, the first of them launching it
        ("Институт получит 50 млн рублей на создание и развитие новой лаборатории.",
         "лаборатория", Modality.PLANNED),
        # a body described as being founded
        ("Ему предложили возглавить создаваемое министерство по делам молодёжи.",
         "министерство", Modality.PLANNED),
        # troops ordered in the dative, a phase verb over going, a movement taking place
        ("Генерал приказал батальонам вернуться в пункты постоянной дислокации.",
         "возвращение батальонов", Modality.PLANNED),
        ("Войскам приказано отойти от линии соприкосновения.", "отход войск",
         Modality.PLANNED),
        ("Войска начнут возвращаться в места дислокации в понедельник.", "возвращение войск",
         Modality.PLANNED),
        ("Переброска двух бригад в регион будет происходить поэтапно.", "переброска бригад",
         Modality.PLANNED),
        ("Вывод войск из города проходил ночью.", "вывод войск", Modality.FACT),
    ],
)
def test_undertaking_read(analyse: Analyse, text: str, kind: str, modality: Modality) -> None:
    claims = initiatives_in(analyse, text)
    assert [" ".join(c.values("kind")) for c in claims] == [kind]
    assert claims[0].modality == modality


@pytest.mark.parametrize(
    "text",
    [
        # held, but no joint undertaking
        "Полиция провела операцию в центре города.",
        "Хирурги провели сложную операцию на сердце.",
        "Пограничники провели рейд на реке.",
        # initiated, but no project
        "Прокуратура инициировала проверку компании.",
        # obliged to do something other than launch
        "Школа должна соблюдать санитарные правила.",
        # a habit
        "Традиционно кампания начинается в марте.",
        "Ежегодно сеть открывает десять магазинов.",
        # a launching participle describing the subject of another predicate
        "Программа, начатая в 2015 году, продлится до 2030 года.",
        "Созданный в прошлом году фонд сменил руководителя.",
        # a noun set against the launching one shares nothing with it
        "Спор шёл о реконструкции, а не о реставрации старой усадьбы.",
        # all programmes: a class
        "Реализация всех госпрограмм продолжится после выборов.",
        # measures, not a facility
        "Правительство запустило комплекс мер поддержки фермеров.",
        # a meeting on a project's progress
        "Министр провел совещание о ходе реализации федерального проекта «Чистый воздух».",
        # the budget of a running programme
        "Город решил сократить финансирование программы «Доступная среда».",
        # a movement commented on, or the subject of another predicate
        "Ведомство прокомментировало информацию о выводе войск из Мали.",
        "Вывод войск займёт три месяца.",
        # ordered, but no troops, or no way
        "Директор приказал сотрудникам вернуться в офис.",
        "Командир приказал бойцам вернуться.",
    ],
)
def test_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


def test_joint_patrol_runners(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "Россия и Турция провели совместное патрулирование в Сирии.")
    assert len(claims) == 1
    assert {"Россия", "Турция"} <= set(claims[0].values("organisations"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("В марте компания открыла в Твери магазин.", "магазин"),
        ("Компания запустила программу, рассчитанную на пять лет.", "программа"),
        ("Холдинг построил в Казани спортивный комплекс.", "спортивный комплекс"),
        ("Весь комплекс построят к 2028 году.", "комплекс"),
    ],
)
def test_controls_still_read(analyse: Analyse, text: str, kind: str) -> None:
    assert kinds_in(analyse, text) == [kind]
