"""Organisation names the finder never gave (names41): a bare quoted name that the sentence
uses as a body, the next item of a list after a note in brackets, and a company in Latin
letters told by its last word. Titles, products and brands stay silent. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse


def _organisation_texts(analyse: Analyse, text: str) -> set[str]:
    return {mention.text for mention in analyse(text).mentions if mention.type == "ORG"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an owner's genitive after a quote set beside a noun
        ("На завод нашелся покупатель — «Нивалон» Игоря Захарченко.", "Нивалон"),
        # a member of a plural kind after "включая"
        (
            "Главными покупателями на торгах выступают крупные розничные сети, включая «Дорожку».",
            "Дорожку",
        ),
        # adjectives and a company's noun in quotes
        (
            "После того, как «Первая мебельная компания» (ПМК) не смогла вернуть кредит, "
            "у нее начались проблемы.",
            "Первая мебельная компания",
        ),
        # Latin letters ending in a company's word
        ("Долю в 30% получила BLACKMOOR TRADING CORP с Кипра.", "BLACKMOOR TRADING CORP"),
        (
            "Половина долей принадлежит Петру Орлову, другая половина — MORNING STAR CORP.",
            "MORNING STAR CORP",
        ),
        (
            "Акции принадлежат Ивану Белову и Петру Орлову (Hollis Ridge Holdings).",
            "Hollis Ridge Holdings",
        ),
    ],
)
def test_a_name_standing_where_a_body_stands_is_an_organisation(
    analyse: Analyse, text: str, expected: str
) -> None:
    assert expected in _organisation_texts(analyse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the doer of a passive of buying (the model finds these already; kept)
        ("Весной «Пирамида» была выкуплена «Ростверком» за долги.", "Ростверком"),
        # a list's next item after the previous item's note in brackets (kept)
        (
            "В группу вошли компании «Северлес» (заготовка леса) и «Бумпак» (упаковка).",
            "Бумпак",
        ),
    ],
)
def test_names_the_model_finds_stay_found(analyse: Analyse, text: str, expected: str) -> None:
    assert expected in _organisation_texts(analyse, text)


@pytest.mark.parametrize(
    ("text", "silent"),
    [
        # a work's author after its title, as a subject or in a list
        ("«Левиафан» Андрея Звягинцева получил приз за сценарий.", "Левиафан"),
        ("Вечером показали «Сталкер» Андрея Тарковского и «Брат» Алексея Балабанова.", "Брат"),
        # a product after its noun, and a product sold by nobody named
        ("Вчера он купил торт «Наполеон» в кондитерской.", "Наполеон"),
        ("В каждой кондитерской теперь продают «Наполеон».", "Наполеон"),
        # a song in a list of titles, after a note in brackets
        ("В альбом вошли песни «Ветер», «Дождь» (2019) и «Снег».", "Снег"),
        # an apple variety, a film's prize
        ("Лучшим сортом признали «Антоновку».", "Антоновку"),
        ("«Брат» получил главный приз фестиваля.", "Брат"),
        # a quote headed by a noun that ends titles as often ("клуб", "сад")
        ("Зрители снова смотрят «Вишневый сад» в театре.", "Вишневый сад"),
    ],
)
def test_titles_and_products_are_not_organisations(
    analyse: Analyse, text: str, silent: str
) -> None:
    assert silent not in _organisation_texts(analyse, text)
