"""Occupations on real news wording, round 15: a post that governs another post's
genitive, a name served rather than holding the post, and a club's management that removes
its coach through an infinitive. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def test_an_assistant_of_a_post_holds_the_assistants_post(analyse: Analyse) -> None:
    text = "Вместе с ним клуб покинул помощник главного тренера Олег Пименов."
    found = posts(analyse, text)
    assert ("Олег Пименов", "помощник главного тренера") in [(w, p) for w, p, _ in found]
    assert not [p for p in found if p[1] == "главный тренер"]


def test_a_name_in_the_genitive_after_a_post_is_the_person_served(analyse: Analyse) -> None:
    text = "Раньше Фомин несколько лет работал советником Петра Лаврова."
    assert not [p for p in posts(analyse, text) if p[0] == "Петр Лавров"]


def test_a_post_in_apposition_still_agrees_with_its_name(analyse: Analyse) -> None:
    text = "Суд смягчил приговор бывшему мэру Кимр Олегу Лапину."
    assert any(who == "Олег Лапин" and post == "мэр" for who, post, _ in posts(analyse, text))


def test_management_deciding_to_dismiss_a_coach_places_the_post(analyse: Analyse) -> None:
    for text in (
        "Руководство «Енисея» решило уволить главного тренера Сергея Тарасова.",
        "Руководство «Шинника» приняло решение уволить главного тренера Антона Бурова.",
    ):
        found = posts(analyse, text)
        assert any(post == "главный тренер" and place for _, post, place in found), text
