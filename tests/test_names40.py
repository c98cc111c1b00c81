"""Organisation names the finder cut short (names40): a body's territorial office,
"по" + a region ("управление … по Курганской области"), and a region in the genitive
after an agency ("Росреестр Омской области"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse


def _organisation_texts(analyse: Analyse, text: str) -> set[str]:
    return {mention.text for mention in analyse(text).mentions if mention.type == "ORG"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a territorial office: "по" and a region with its capitalised adjective
        (
            "Управление Росреестра по Омской области отказало фермеру.",
            "Управление Росреестра по Омской области",
        ),
        (
            "Заместитель начальника управления ФНС по Тамбовской области уволился.",
            "управления ФНС по Тамбовской области",
        ),
        # a unit noun before an agency keeps the office it names
        (
            "Сотрудники главного управления МЧС России по Пензенской области потушили склад.",
            "управления МЧС России по Пензенской области",
        ),
        # the region in the genitive after an agency: its head word is genitive
        ("Росреестр Омской области отказал фермеру.", "Росреестр Омской области"),
        ("Акциями владеет Минимущество Кировской области.", "Минимущество Кировской области"),
    ],
)
def test_an_office_of_a_region_is_one_name(analyse: Analyse, text: str, expected: str) -> None:
    assert expected in _organisation_texts(analyse, text)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # "по" hung on the verb: the region is where it acted, not its office
        ("Компания «Сибирский лес» работает по всей Омской области.", "Омской области"),
        # a plain adjective phrase is no name, and a film's title is no body
        ("Новые областные правила вступили в силу.", "областные правила"),
        ("Фильм «Тихий омут» показали в Омской области.", "Тихий омут"),
    ],
)
def test_no_office_is_made_up(analyse: Analyse, text: str, cut: str) -> None:
    assert not any(cut in name for name in _organisation_texts(analyse, text))


def test_a_unit_whose_purpose_takes_in_a_body_is_kept(analyse: Analyse) -> None:
    """The unit is checked against other bodies before its purpose widens it: "при
    правительстве РФ" must not make "президиума …" overlap the government and vanish."""
    names = _organisation_texts(
        analyse,
        "Вопрос обсудили на заседании президиума Экспертного совета при правительстве РФ по защите лесов.",
    )
    assert any(name.startswith("президиума Экспертного совета") for name in names)
