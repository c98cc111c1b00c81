"""initiative81: projects told inside reported speech or beside a sum of money.

A project noun phrase that opens a quote or a sentence is capitalised only for that, and
the tagger may read it as a name ("«Новая школа откроется …», — сказал мэр"); it stays a
project. A planning word on the launching noun ("о планируемом запуске завода") and a
sum to come the launch hangs on ("Объём инвестиций в строительство … составит") make the
launch planned. A facility promised ("пообещал селу новую школу") is planned. Negatives:
a quoted name, a capitalised name that runs a project, a promise of no facility, a
promise denied, a sum paid. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, kinds_and_modalities_in


@pytest.mark.parametrize(
    ("text", "words", "modality"),
    [
        # a project noun phrase opening a quote (after a headline) or a headline
        ("Вести\n«Филиал в Твери заработает в марте», — сказал глава банка Пётр Лосев.",
         "филиал", Modality.PLANNED),
        ("Вести\n«Новая школа в Твери откроется в сентябре», — сказал губернатор.",
         "школа", Modality.PLANNED),
        ("Кирпичный завод построят в Брянской области\nПогода в области была хорошей.",
         "завод", Modality.PLANNED),
        # a planning word on the launching noun
        ("Губернатор сообщил о планируемом запуске завода по выпуску плит.",
         "завод", Modality.PLANNED),
        ("Мэр рассказал о запланированном строительстве моста через реку.",
         "мост", Modality.PLANNED),
        # a sum to come
        ("Объём инвестиций в строительство терминала составит 8 млрд рублей.",
         "терминал", Modality.PLANNED),
        ("Сумма вложений в создание логистического центра превысит 2 млрд рублей.",
         "логистический центр", Modality.PLANNED),
        ("Объём инвестиций в строительство терминала составил 8 млрд рублей.",
         "терминал", Modality.FACT),
        # a facility promised
        ("Губернатор пообещал жителям села новую школу.", "школа", Modality.PLANNED),
        ("Глава района обещает сельчанам водопровод.", "водопровод", Modality.PLANNED),
    ],
)  # fmt: skip
def test_project_in_speech_or_beside_a_sum(
    analyse: Analyse, text: str, words: str, modality: Modality
) -> None:
    assert (words, modality) in kinds_and_modalities_in(analyse, text)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a quoted name or a name that runs the project is no project of its own
        ("«Северный завод» открыл новый цех.", ["цех"]),
        ("Кирпичный завод «Прогресс» открыл новый цех.", ["цех"]),
        # a promise of no facility, or a promise denied
        ("Губернатор пообещал жителям поддержку.", []),
        ("Губернатор не обещал селу новую школу.", []),
    ],
)  # fmt: skip
def test_names_and_other_promises_add_no_project(
    analyse: Analyse, text: str, kinds: list[str]
) -> None:
    assert [kind for kind, _ in kinds_and_modalities_in(analyse, text)] == kinds
