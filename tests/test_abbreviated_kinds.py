"""A facility named by its kind's abbreviation ("ФАП", "МФЦ", "ТЦ") is a project even
where the recogniser reads the capitals as a name: "открыли новый ФАП" is the common noun
"фельдшерско-акушерский пункт". The abbreviation still needs a launch: an office that
only acts or is visited starts nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, holds_kind, initiatives_in, kinds_and_modalities_in


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("В селе Ключи открыли новый ФАП.", "фап", Modality.FACT),
        ("В посёлке Сосновка открылся модульный ФАП.", "фап", Modality.FACT),
        ("В будущем году в деревне Липовка появится новый ФАП.", "фап", Modality.PLANNED),
        ("В микрорайоне Южный открылся ТЦ «Колос».", "тц", Modality.FACT),
    ],
)  # fmt: skip
def test_abbreviated_facility_is_a_project(
    analyse: Analyse, text: str, word: str, modality: Modality
) -> None:
    assert holds_kind(kinds_and_modalities_in(analyse, text), word, modality)


@pytest.mark.parametrize(
    "text",
    [
        "Сотрудники ФАП провели приём жителей села Ключи.",
        "МФЦ Заречного района продлил часы работы до восьми вечера.",
        "Губернатор посетил ФАП в посёлке Сосновка.",
    ],
)  # fmt: skip
def test_an_abbreviated_office_that_only_acts_starts_nothing(analyse: Analyse, text: str) -> None:
    assert kinds_and_modalities_in(analyse, text) == []


def test_the_name_an_abbreviated_kind_opens_runs_nothing(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "В микрорайоне Южный открылся ТЦ «Колос».")
    assert claims and all("Колос" not in " ".join(c.values("organisations")) for c in claims)
