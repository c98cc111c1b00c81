"""initiative84: a listed facility told by a verb of being is a project when it is placed
in a settlement or "здесь" and something says it is new there: "В посёлке будет новый
стадион", "Тут будет детский сад на 150 мест", "в районе будет своя баня" (planned), "Теперь
у деревни есть собственный водопровод" (fact). An own or further modifier lets a facility
appear ("в округе появится своя амбулатория"). A programme named as the means
("благодаря программе") is no project. Negatives: a copula predicate about something else,
a facility that only stands there, a part inside a building, one that was, one denied, one
wished for, one closed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, kinds_and_modalities_in


@pytest.mark.parametrize(
    ("text", "words", "modality"),
    [
        ("В посёлке будет новый стадион.", "стадион", Modality.PLANNED),
        ("Тут будет детский сад на 150 мест.", "детский сад", Modality.PLANNED),
        ("Мэр заверил, что в районе будет новая баня.", "баня", Modality.PLANNED),
        ("В микрорайоне будет три поликлиники.", "поликлиника", Modality.PLANNED),
        ("Теперь у деревни есть собственный водопровод.",
         "собственный водопровод", Modality.FACT),
        ("В районе появится своя амбулатория.", "амбулатория", Modality.PLANNED),
    ],
)  # fmt: skip
def test_facility_told_by_being_is_a_project(
    analyse: Analyse, text: str, words: str, modality: Modality
) -> None:
    assert (words, modality) in kinds_and_modalities_in(analyse, text)


def test_programme_named_as_means_is_no_project(analyse: Analyse) -> None:
    found = kinds_and_modalities_in(analyse, "Благодаря программе в деревне строится новая баня.")
    assert ("баня", Modality.FACT) in found
    assert all("программа" not in kind for kind, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Это будет новый этап в развитии района.",
        "Здесь будет площадка для переговоров.",
        "В посёлке есть школа.",
        "Школа будет закрыта на карантин.",
        "В новом спортзале будет душевая.",
        "В поликлинике будут два новых кабинета.",
        "Раньше в селе была своя баня.",
        "В посёлке не будет новой школы.",
        "Пусть тут будет свой стадион.",
        "В городе будет парк.",
    ],
)
def test_being_without_a_new_facility_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_and_modalities_in(analyse, text) == []
