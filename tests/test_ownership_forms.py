"""Ownership in its general forms: lists of owners, participles, subsidiaries, groups,
a person's company, stakes; and deals that name a currency's country."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse


def pairs(analyse: Analyse, text: str, type_: str = "ownership") -> set[tuple[str, ...]]:
    analysed = analyse(text)
    return {
        tuple(a.value for a in claim.arguments if a.role in {"owner", "property", "participants"})
        for claim in analysed.claims
        if claim.type == type_
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "«Северсталь» принадлежит Алексею Мордашову, Сергею Смирнову и банку ВТБ.",
            {("Алексей Мордашов", "Северсталь"), ("Сергей Смирнов", "Северсталь"),
             ("ВТБ", "Северсталь")},
        ),
        ("Банк «Открытие», принадлежащий Михаилу Прохорову, получил лицензию.",
         {("Михаил Прохоров", "Открытие")}),
        ("«Алтек», дочерняя компания «Лукойла», открыла офис.", {("Лукойл", "Алтек")}),
        ("Компания «Юнимилк» входит в холдинг «Данон».", {("Данон", "Юнимилк")}),
        ("Холдинг «Ренова» Виктора Вексельберга купил завод.",
         {("Виктор Вексельберг", "Ренова")}),
        ("Доля «Газпрома» в «Северстали» выросла.", {("Газпром", "Северсталь")}),
        (
            "Компания «Вектор» владеет компаниями «Аргон», «Неон» и «Криптон».",
            {("Вектор", "Аргон"), ("Вектор", "Неон"), ("Вектор", "Криптон")},
        ),
        (
            "Группе «Сумма» принадлежат порт «Новороссийск», компания «Дальтрансуголь» и "
            "завод «Омега».",
            {("Сумма", "Новороссийск"), ("Сумма", "Дальтрансуголь"), ("Сумма", "Омега")},
        ),
        (
            "Совладелец «Альфа-Групп» Михаил Фридман и владелец «Интерроса» Владимир Потанин "
            "встретились.",
            {("Михаил Фридман", "Альфа-Групп"), ("Владимир Потанин", "Интеррос")},
        ),
        ("Банк ВТБ увеличил долю в компании «Магнит» до 29 %.", {("Банк ВТБ", "Магнит")}),
    ],
)  # fmt: skip
def test_ownership_forms(analyse: Analyse, text: str, expected: set[tuple[str, ...]]) -> None:
    assert pairs(analyse, text) == expected


def test_a_post_at_a_company_is_not_ownership(analyse: Analyse) -> None:
    assert not pairs(analyse, "Президент компании «Лукойл» Вагит Алекперов приехал в Лондон.")


def test_a_currency_names_no_party(analyse: Analyse) -> None:
    deals = pairs(analyse, "Сбербанк выдал «Мечелу» кредит на 100 миллионов долларов США.", "deal")
    assert deals == {("Сбербанк", "Мечелу")}
