"""Occupations, round 35: a post whose words end in a common noun for its place ("ректор
вуза", "главный врач больницы", "министр финансов региона") is held at the place or
organisation the report named just before: one named with that noun or a kin one, else the
one organisation named there when its name says no other kind; a republic is a region
("В Республике Коми … министр региона"). The post keeps its words. Nothing named, or a
name of another kind ("Сбербанк" for "вуза"), leaves the post without a place. Sentences
written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def places_of(analyse: Analyse, text: str, person: str) -> set[str]:
    """The places of the person's occupations ("" for a post with none)."""
    return {place for _, place in posts_of(analyse, text, person)}


def test_a_university_noun_stands_for_the_university_named_before(analyse: Analyse) -> None:
    text = "Абитуриенты подают документы в ТГУ. Об этом рассказал ректор вуза Эдуард Галажинский."
    found = posts_of(analyse, text, "Эдуард Галажинский")
    assert ("ректор вуза", "ТГУ") in found


def test_a_hospital_noun_stands_for_the_hospital_named_before(analyse: Analyse) -> None:
    text = (
        "В Кировской областной больнице открыли новое отделение. Пациентов принял главный "
        "врач больницы Олег Семёнов."
    )
    assert any("областн" in place.lower() for place in places_of(analyse, text, "Олег Семёнов"))


def test_a_region_noun_stands_for_the_republic_named_before(analyse: Analyse) -> None:
    text = (
        "В Республике Карелия утвердили бюджет. Его представил министр финансов региона "
        "Оксана Зорина."
    )
    assert "Республика Карелия" in places_of(analyse, text, "Оксана Зорина")


def test_an_organisation_of_another_kind_is_not_the_university(analyse: Analyse) -> None:
    text = "Сбербанк открыл офис в Томске. На открытии выступил ректор вуза Эдуард Галажинский."
    assert "Сбербанк" not in places_of(analyse, text, "Эдуард Галажинский")


def test_a_university_noun_with_nothing_named_keeps_no_place(analyse: Analyse) -> None:
    text = "Приёмная кампания завершена. Об этом сообщил ректор вуза Эдуард Галажинский."
    assert places_of(analyse, text, "Эдуард Галажинский") == {""}
