"""Names round 11: first names in -ия/-ья, women's surnames in -иной/-овой, a company's
branch named with its state, initials glued to a surname (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse


def _names(analyse: Analyse, text: str, kind: str) -> list[str]:
    document = analyse(text)
    return [
        document.entities[mention.entity].name
        for mention in document.mentions
        if mention.type == kind and mention.entity is not None
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("По мнению Алии Рахимовой, выставку продлят.", "Алия Рахимова"),
        # surnames the dictionary knows only as first names ("Карина"): failed before
        ("По мнению Алии Кариной, выставку продлят.", "Алия Карина"),
        ("Книгу Дарьи Полиной издали весной.", "Дарья Полина"),
        ("Речь Заремы Мадиной длилась час.", "Зарема Мадина"),
        ("Отчет Лии Карповой приняли без замечаний.", "Лия Карпова"),
        ("Жалобу передали Ии Зориной.", "Ия Зорина"),
        ("Речь Заремы Бекоевой длилась час.", "Зарема Бекоева"),
        ("Книгу Дарьи Стрельниковой издали весной.", "Дарья Стрельникова"),
        ("Диплом вручили Наталье Крюковой.", "Наталья Крюкова"),
        ("С Аглаей Мухиной поговорил ректор.", "Аглая Мухина"),
        ("Проект Виктории Ляпиной поддержал фонд.", "Виктория Ляпина"),
        ("Премию вручили Марии Зуевой.", "Мария Зуева"),
        ("Подарок от Василия Пронькина пришел утром.", "Василий Пронькин"),
        ("Письмо Юрия Гладышева прочли вслух.", "Юрий Гладышев"),
    ],
)
def test_a_first_name_in_ia_and_a_surname_in_inoi_read_back(
    analyse: Analyse, text: str, name: str
) -> None:
    assert name in _names(analyse, text, "PER")


def test_a_latin_company_with_its_state_is_one_organisation(analyse: Analyse) -> None:
    text = "Beeline Казахстан продал вышки компании «Связьстрой»."
    assert "Beeline Казахстан" in _names(analyse, text, "ORG")
    document = analyse(text)
    deal = [claim for claim in document.claims if claim.type == "deal"]
    sides = {arg.value for claim in deal for arg in claim.arguments if arg.role == "participants"}
    assert "Казахстан" not in sides


def test_a_company_and_a_state_apart_stay_two(analyse: Analyse) -> None:
    text = "Соглашение подписали Siemens и Казахстан."
    assert "Siemens" in _names(analyse, text, "ORG")
    assert "Siemens Казахстан" not in _names(analyse, text, "ORG")


def test_glued_initials_and_a_bare_surname_are_one_person(analyse: Analyse) -> None:
    document = analyse(
        "Губернатор Л.Шаповалов прибыл в Тверь. Шаповалов осмотрел новый мост. "
        "Директор завода В.К. Сапожников встретил гостей. Сапожников показал цех."
    )
    people = {
        mention.text: mention.entity for mention in document.mentions if mention.type == "PER"
    }
    assert people["Л.Шаповалов"] == people["Шаповалов"]
    assert people["В.К. Сапожников"] == people["Сапожников"]
