"""Ownership on unseen wordings (issue 16): lists of three or more pairs, stakes, sales,
structure and owner nouns. Each rule has a sentence written for it."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.test_ownership_forms import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted list item the name finder left out is an organisation like the one before
        (
            "Отели «Прибой», «Маяк» и «Бриз» принадлежат сети «Азимут».",
            {("Азимут", "Прибой"), ("Азимут", "Маяк"), ("Азимут", "Бриз")},
        ),
        # a list whose name starts with an adjective: its head word carries the conjunction
        (
            "Фонду «Ока» принадлежат «Мост», а также «Северные сети» и «Плес».",
            {("Ока", "Мост"), ("Ока", "Северные сети"), ("Ока", "Плес")},
        ),
        # shares between the names of a list
        (
            "Компании «Эра» принадлежат 40 % акций «Кольца», 20 % акций «Круга» и 5 % акций «Диска».",
            {("Эра", "Кольцо"), ("Эра", "Круг"), ("Эра", "Диск")},
        ),
        # a dash ends the property side: the names after it are the owners
        (
            "Акционеры банка «Рубеж» — Олег Панин (60 %) и Денис Гуров (40 %).",
            {("Олег Панин", "Рубеж"), ("Денис Гуров", "Рубеж")},
        ),
        # a second nominative object of a subjectless "принадлежат" is what is owned
        (
            "Петру Савину принадлежат ООО «Рельс», ЗАО «Шпала» и ОАО «Вагон».",
            {("Петр Савин", "Рельс"), ("Петр Савин", "Шпала"), ("Петр Савин", "Вагон")},
        ),
        # a group that unites its members
        (
            "Холдинг «Уголь-Сибирь» объединяет компании «Арсенал», «Гранат» и «Топаз».",
            {("Уголь-Сибирь", "Арсенал"), ("Уголь-Сибирь", "Гранат"),
             ("Уголь-Сибирь", "Топаз")},
        ),
        # a fund's portfolio is a group its members enter
        (
            "В портфель фонда «Аврора» входит компания «Лес».",
            {("Аврора", "Лес")},
        ),
    ],
)
def test_lists(analyse: Analyse, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= pairs(analyse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner of a stake named in apposition to its noun
        ("Доля банка «Приток» в компании «Исток» выросла до 30 %.", {("Приток", "Исток")}),
        # stakes in a list of companies
        (
            "Доли фонда «Заря» в компаниях «Луч», «Блик» и «Свет» оценены в 2 млрд рублей.",
            {("Заря", "Луч"), ("Заря", "Блик"), ("Заря", "Свет")},
        ),
        # the buyer after its own dative noun
        (
            "Анна Котова продала свою долю в компании «Пирс» банку «Причал».",
            {("Причал", "Пирс")},
        ),
        # control as the object of a verb of holding
        ("Банк «Опора» получил контроль над компанией «Свая».", {("Опора", "Свая")}),
        # a stake phrase before a subjectless "принадлежат", then a list of owners
        (
            "По 15 % акций «Жемчуга» принадлежат Олегу Ершову и Ивану Рыбину.",
            {("Олег Ершов", "Жемчуг"), ("Иван Рыбин", "Жемчуг")},
        ),
    ],
)
def test_stakes_and_sales(analyse: Analyse, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= pairs(analyse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's holding: the person in apposition
        ("Холдинг «Гелиос» Андрея Лукина закрыл сделку.", {("Андрей Лукин", "Гелиос")}),
        # a subsidiary whose owner's name the parser hung elsewhere
        ("Дочерняя компания «Сокол» банка «Ястреб» открыла офис.", {("Ястреб", "Сокол")}),
        # an owner noun of a company named like a place
        ("Павел Осипов стал владельцем порта «Ванино».", {("Павел Осипов", "Ванино")}),
        # an owner noun the name finder tagged as an organisation by itself
        (
            "Совладельцы «Севергрупп» Олег Лавров и Игорь Шубин продали бизнес.",
            {("Олег Лавров", "Севергрупп"), ("Игорь Шубин", "Севергрупп")},
        ),
    ],
)
def test_structure_and_owner_nouns(
    analyse: Analyse, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= pairs(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Контроль ФАС над компанией «Свая» усилен.",  # oversight, not a stake
        "Союз объединяет Россию, Белоруссию и Казахстан.",  # no group noun as the subject
        "Доля компании «Лента» на рынке выросла до 12 %.",  # a market share
        "Банк «Опора» выдал кредит компании «Свая».",
    ],
)
def test_no_ownership(analyse: Analyse, text: str) -> None:
    assert not pairs(analyse, text)
