"""Round 33: troop movements are undertakings, as docs/notes/gold.md counts a withdrawal of
troops. A movement word (a noun or a verb of withdrawing, bringing in, pulling back,
transferring, redeploying, deploying, placing, sending or returning) with a troops noun as
its object or genitive is an initiative: its kind is the movement phrase, its runner the
state, ministry or army that moves them, its place where from or to. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse
from tests.test_initiative30 import initiatives_in, kinds_in


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        ("Германия начала вывод войск из Мали.", "вывод войск", Modality.FACT),
        ("Канада выведет войска из Латвии к концу года.", "вывод войск", Modality.PLANNED),
        ("Индия отвела войска от линии контроля.", "отвод войск", Modality.FACT),
        ("Минобороны перебросит в регион две бригады.", "переброска бригад", Modality.PLANNED),
        ("Весной передислоцируют три воинские части.", "передислокация", Modality.PLANNED),
        ("Вчера началась отправка войск в места постоянной дислокации.", "отправка войск",
         Modality.FACT),
        ("Командование завершило вывод соединений с левого берега реки.", "вывод соединений",
         Modality.FACT),
        ("Президент отдал приказ отвести войска от границы.", "отвод войск",
         Modality.PLANNED),
        ("Франция разместит в Эстонии батальон.", "размещение батальона", Modality.PLANNED),
        ("Совбез ООН одобрил ввод миротворцев в зону конфликта.", "ввод миротворцев",
         Modality.PLANNED),
        ("Альянс развернул в Польше зенитные ракетные комплексы.", "развёртывание",
         Modality.FACT),
        ("Войска вернулись в пункты постоянной дислокации.", "возвращение войск",
         Modality.FACT),
        ("Будут выведены две дивизии из Приднестровья.", "вывод дивизий", Modality.PLANNED),
        ("США выведут войска из Афганистана к концу года.", "вывод войск", Modality.PLANNED),
        ("Турция отвела войска от границы.", "отвод войск", Modality.FACT),
    ],
)  # fmt: skip
def test_troop_movements(analyse: Analyse, text: str, kind: str, modality: Modality) -> None:
    claims = initiatives_in(analyse, text)
    assert len(claims) == 1, [c.values("kind") for c in claims]
    claim = claims[0]
    assert _told(kind, claim.values("kind")), claim.values("kind")
    assert claim.modality == modality


def _told(kind: str, values: list[str]) -> bool:
    """Every word of `kind` begins (by its first four letters) some word of the values."""
    found = " ".join(values).lower().replace("ё", "е").split()
    return all(
        any(word.startswith(wanted[:4]) for word in found)
        for wanted in kind.replace("ё", "е").split()
    )


@pytest.mark.parametrize(
    ("text", "runner", "place"),
    [
        ("Германия начала вывод войск из Мали.", "Германия", "Мали"),
        ("Начался вывод российских войск из Сирии.", "Россия", "Сирия"),
        ("Министерство обороны Польши перебросит бригаду к границе с Белоруссией.",
         "Министерство обороны Польши", "Белоруссия"),
    ],
)  # fmt: skip
def test_who_moves_and_where(analyse: Analyse, text: str, runner: str, place: str) -> None:
    claims = initiatives_in(analyse, text)
    assert len(claims) == 1, [c.values("kind") for c in claims]
    assert any(runner in value for value in claims[0].values("organisations")), claims[0]
    assert any(place[:5] in value for value in claims[0].values("location")), claims[0]


@pytest.mark.parametrize(
    "text",
    [
        # money, goods and a conclusion are no troops
        "Клиенты начали вывод средств из банка.",
        "Компания готовит вывод нового продукта на рынок.",
        "Эксперты пришли к выводу, что войска не готовы.",
        "Он отвёл глаза и промолчал.",
        "Заёмщик вернул долг банку.",
        "Фирма перебросила сотрудников в новый офис.",
        "Полиция вывела людей из здания.",
        "Компания разместила облигации на бирже.",
        # troops that merely are somewhere
        "Войска находятся в районе учений.",
        "В регионе размещены две дивизии.",
        # a war started is no project
        "В феврале началась специальная военная операция.",
        # talked over, demanded or denied
        "Депутаты обсудили вывод войск из Косово.",
        "Оппозиция потребовала вывода войск из столицы.",
        "Россия не отвела войска от границы.",
        # a time for something else, or the subject of another predicate
        "После вывода войск в стране начались беспорядки.",
        "Вывод войск займёт три месяца.",
    ],
)
def test_no_troop_movement(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


def test_putting_into_operation_keeps_its_launch(analyse: Analyse) -> None:
    """ "ввод в эксплуатацию" stays the launch of the plant, no troop movement."""
    kinds = kinds_in(analyse, "Ввод в эксплуатацию нового завода намечен на осень.")
    assert all("ввод" not in kind or "завод" in kind for kind in kinds), kinds


@pytest.mark.parametrize(
    "text",
    [
        "Министерство культуры готовится к переезду в новое здание.",
        "Верховный суд готовится к переезду в Петербург.",
        "Компания «Вектор» начала подготовку к переезду в Тверь.",
    ],
)
def test_relocation_prepared_is_planned(analyse: Analyse, text: str) -> None:
    claims = initiatives_in(analyse, text)
    assert len(claims) == 1, [c.values("kind") for c in claims]
    assert "переезд" in " ".join(claims[0].values("kind"))
    assert claims[0].modality == Modality.PLANNED


def test_family_preparing_to_move_is_no_relocation(analyse: Analyse) -> None:
    assert kinds_in(analyse, "Семья готовится к переезду в Москву.") == []
