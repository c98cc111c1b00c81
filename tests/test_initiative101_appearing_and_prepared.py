"""initiative101: initiatives missed in sentences Concord read nothing from.

- A bare facility appearing in a place is new when told in the plural ("появятся
  бассейны"), as built ("появилась амбулатория, построенная за полгода") or across places
  in general ("в каждом районе появится МФЦ"); a bare singular may restate one told before,
  and "эти", "ещё" point back to one.
- A step of a work after "для" (its documentation, the search for its contractor) is part
  of the work to come, not a thing the work serves ("техника для строительства дорог").
- A body's or facility's own noun capitalised in the middle of a sentence ("новый Совет",
  "открытие Дома культуры") is the common noun, not a name.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, holds_kind, kinds_and_modalities_in, kinds_in


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("В Твери появятся бассейны.", "бассейн"),
        ("К осени в Кинешме появятся новые школы и стадион.", "школ"),
        ("В каждом районе области появится МФЦ.", "мфц"),
        ("Во многих сёлах должны появиться фельдшерские пункты.", "пункт"),
        ("В посёлке Лесном появилась амбулатория, построенная за полгода.", "амбулатория"),
    ],
)  # fmt: skip
def test_facility_new_by_number_is_read(analyse: Analyse, text: str, word: str) -> None:
    assert any(word in kind for kind in kinds_in(analyse, text)), kinds_in(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "В Кимрах появится поликлиника.",  # a bare singular may restate one told before
        "Эти бассейны появятся в Твери.",  # pointing back
        "В Твери появятся ещё бассейны.",  # more of those told before
        "В Твери появились пробки.",  # no facility
        "В каждом районе появились вопросы к бюджету.",
    ],
)  # fmt: skip
def test_restated_or_no_facility_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Документация для строительства поликлиники проходит госэкспертизу.", "поликлиника"),
        ("Объявлен поиск подрядчика для строительства нового детского сада.", "детский сад"),
        ("Начался отбор подрядчика для строительства бассейна в Ельце.", "бассейн"),
    ],
)  # fmt: skip
def test_step_of_a_work_to_come_is_planned(analyse: Analyse, text: str, word: str) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, word, Modality.PLANNED), found


@pytest.mark.parametrize(
    "text",
    [
        "Завод выпускает технику для строительства дорог.",  # a thing the work serves
        "Компания закупила краны для строительства школ.",
        "Школа провела олимпиаду по математике.",  # the same noun, nothing new
    ],
)  # fmt: skip
def test_thing_for_a_work_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("В Тамбовской области создаётся новый Совет.", "совет"),
        ("В селе Луговом состоялось торжественное открытие Дома культуры.", "дом культуры"),
    ],
)  # fmt: skip
def test_capitalised_common_noun_is_read(analyse: Analyse, text: str, word: str) -> None:
    assert word in kinds_in(analyse, text), kinds_in(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Заседание Совета прошло в мэрии.",  # a sitting, no founding
        "В Доме культуры прошёл концерт.",  # the house only places the concert
        "Совет Федерации одобрил закон.",  # a name
    ],
)  # fmt: skip
def test_capitalised_noun_without_a_launch_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


def test_works_named_by_a_work_are_that_work(analyse: Analyse) -> None:
    found = kinds_and_modalities_in(
        analyse, "Работы по прокладке водопровода планируются в третьем квартале."
    )
    assert holds_kind(found, "водопровод", Modality.PLANNED), found


@pytest.mark.parametrize(
    "text",
    [
        "Работа поликлиники проверена комиссией.",  # a body's functioning
        "В Твери закроют два бассейна.",  # a closure
    ],
)  # fmt: skip
def test_functioning_or_closure_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


def test_school_institution_by_its_kind(analyse: Analyse) -> None:
    found = kinds_and_modalities_in(
        analyse, "Открытие учебного заведения запланировано на осень 2027 года."
    )
    assert holds_kind(found, "учебное заведение", Modality.PLANNED), found
    assert kinds_in(analyse, "Учебное заведение провело олимпиаду по физике.") == []
