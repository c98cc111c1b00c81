"""initiative73: a facility told only by what it will cost or hold. Regional news give a
project through a figure ("Ледовая арена обойдётся в 900 млн рублей", "Новая поликлиника
рассчитана на 200 посещений в смену"), and such a sentence was read as a figure alone.
A cost to come or paid once is a project's; a capacity only of a facility called new.
Negatives: upkeep in the present, prices of tickets, an old hall's size, generic talk and a
launch only as a time for something else stay silent. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, kinds_and_modalities_in


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("Стадион в Ирбите будет стоить 300 млн рублей.", "стадион", Modality.PLANNED),
        ("Ледовая арена в Ирбите обойдётся в 900 млн рублей.", "арена", Modality.PLANNED),
        ("Ледовая арена обошлась городу в 900 млн рублей.", "арена", Modality.FACT),
        ("Новый стадион стоит 300 млн рублей.", "стадион", Modality.FACT),
    ],
)  # fmt: skip
def test_facility_told_by_its_cost(
    analyse: Analyse, text: str, word: str, modality: Modality
) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert any(word in kind and found_modality == modality for kind, found_modality in found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Новая поликлиника рассчитана на 200 посещений в смену.", "поликлиник"),
        ("Новый бассейн в Ирбите будет рассчитан на 300 посетителей в день.", "бассейн"),
    ],
)
def test_new_facility_told_by_its_capacity(analyse: Analyse, text: str, word: str) -> None:
    assert any(word in kind for kind, _ in kinds_and_modalities_in(analyse, text))


@pytest.mark.parametrize(
    "text",
    [
        "Старый стадион обходится бюджету в 20 млн рублей ежегодно.",
        "Стадион стоит 300 млн рублей.",
        "Билет в бассейн будет стоить 300 рублей.",
        "Абонемент в новый бассейн будет стоить 3000 рублей.",
        "Актовый зал школы рассчитан на 70 мест.",
        "Новая школа рассчитана на перспективу.",
        "Открытие стадиона обошлось без происшествий.",
        "Запуск новых проектов всегда обходится дорого.",
        "До открытия бассейна цены на абонементы вырастут на 10 процентов.",
    ],
)
def test_no_project_told(analyse: Analyse, text: str) -> None:
    assert kinds_and_modalities_in(analyse, text) == []
