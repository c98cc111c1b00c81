"""initiative86: a facility that appears "здесь"/"тут" (a place told before, which the name
tagger gives no mention) or in a settlement named by a noun of its kind ("в наукограде",
"в райцентре") is placed as one in a named settlement, so a describing adjective lets it
be a project with no runner. Look-alikes stay silent: a possibility or information that
appears here, a denied appearance, a capitalised non-place ("в Сети"), a product on sale.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, holds_kind, kinds_and_modalities_in


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Через два года здесь появится крупный молочный завод.", "завод"),
        ("Тут появится большой спортивный комплекс.", "комплекс"),
        ("В наукограде появится технологический парк.", "парк"),
        ("В райцентре появится районная библиотека.", "библиотека"),
    ],
)  # fmt: skip
def test_facility_appearing_here_is_planned(analyse: Analyse, text: str, word: str) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, word, Modality.PLANNED), found


@pytest.mark.parametrize(
    "text",
    [
        "Здесь появится возможность заниматься плаванием.",
        "Высоких домов тут не появится.",
        "Здесь появится подробная информация о маршрутах.",
        "В Сети появится удобный сервис.",
        "В продаже появится крупный планшет.",
    ],
)  # fmt: skip
def test_look_alikes_stay_silent(analyse: Analyse, text: str) -> None:
    assert kinds_and_modalities_in(analyse, text) == []
