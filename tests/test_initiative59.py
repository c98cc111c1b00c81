"""Round 59: planned and done works in shapes shared by many batches. A renovation told as
performed ("будет выполнено благоустройство сквера", "был произведён ремонт спортзала",
"ремонт проводился в поликлинике"); a counted object of a building or repair word
("отремонтируют 181 улицу", "отремонтировали 23 подъезда"); a count approximated by
"около" ("откроют около 100 магазинов"). Negatives: a trade done day by day ("мастерская
производит ремонт обуви"), a count of a unit of measure, a landmark "около" with no count.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse


def _initiatives(analyse: Analyse, text: str) -> list[tuple[str, str]]:
    return [
        (" ".join(claim.values("kind")), claim.modality.value)
        for claim in analyse(text).claims
        if claim.type == "initiative"
    ]


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("По словам главы района, на улице Садовой будет выполнено благоустройство сквера.",
         "сквер", "planned"),
        ("Летом в гимназии был произведён капитальный ремонт спортзала.", "спортзал", "fact"),
        ("В районной поликлинике проводился ремонт.", "ремонт", "fact"),
        ("В этом году в селе будет осуществлена реконструкция водопровода.", "водопровод",
         "planned"),
    ],
)  # fmt: skip
def test_performed_renovation_is_a_work(
    analyse: Analyse, text: str, word: str, modality: str
) -> None:
    found = _initiatives(analyse, text)
    assert any(word in kind and value == modality for kind, value in found), found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("В следующем году в городе отремонтируют 181 улицу.", "улица"),
        ("Сетевой ритейлер планирует открыть около 100 магазинов в Сибири.", "магазин"),
        ("За лето в области обустроили 21 сквер.", "сквер"),
    ],
)
def test_counted_object_is_a_project(analyse: Analyse, text: str, word: str) -> None:
    found = _initiatives(analyse, text)
    assert any(word in kind for kind, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Мастерская на вокзале производит ремонт обуви и часов.",
        "Сервисный центр выполняет ремонт бытовой техники.",
        "Около 100 жителей собрались на встречу у школы.",
        "Парк возле ледовой арены будет закрыт на выходные.",
        "Работы на объекте выполнены на 85 процентов.",
    ],
)
def test_trades_measures_and_landmarks_stay_silent(analyse: Analyse, text: str) -> None:
    assert _initiatives(analyse, text) == []


def test_unit_of_measure_is_no_counted_object(analyse: Analyse) -> None:
    found = _initiatives(analyse, "На трассе уложат 12 километров нового покрытия.")
    assert not any(kind.startswith("километр") for kind, _ in found), found
