"""initiative102: an online service a named company launches ("соцсеть «Круг» запустила
приложение", "холдинг «Волна» запустит видеосервис", "объявила о запуске видеочатов") is a
service launched (fact) or to come (planned), run by the launching verb's subject; the same
noun a user starts, one started with nobody named, or a product released launches nothing.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_of, kinds_and_modalities_in, kinds_in


@pytest.mark.parametrize(
    ("text", "noun", "modality"),
    [
        ("Соцсеть «Круг» запустила приложение для поиска попутчиков.", "приложение",
         Modality.FACT),
        ("Полиция Самары запустила онлайн-игру для школьников.", "онлайн-игра", Modality.FACT),
        ("Холдинг «Волна» запустил собственный поисковик.", "поисковик", Modality.FACT),
        ("В будущем году холдинг «Волна» намерен запустить свой видеосервис.", "видеосервис",
         Modality.PLANNED),
        ("Оператор «Норд» запустил бесплатный роуминг для абонентов.", "роуминг",
         Modality.FACT),
    ],
)  # fmt: skip
def test_online_service_launched(
    analyse: Analyse, text: str, noun: str, modality: Modality
) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert len(found) == 1
    kind, got = found[0]
    assert noun in kind.split()
    assert got == modality


def test_launch_noun_under_a_named_subject(analyse: Analyse) -> None:
    text = "Компания «Орбита» объявила о запуске групповых видеочатов."
    (claim,) = initiatives_of(analyse(text))
    assert any("Орбита" in value for value in claim.values("organisations"))


@pytest.mark.parametrize(
    "text",
    [
        "Чтобы запустить приложение, нажмите на значок в углу экрана.",  # a user starting it
        "Игроки запустили игру поздно вечером.",  # no one named launches it
        "Студия «Лис» выпустила новую игру для приставок.",  # a product released
        "Пользователь может запустить мессенджер на любом телефоне.",
    ],
)
def test_no_service_launched(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []
