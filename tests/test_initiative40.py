"""Round 40: initiatives told in other words in ordinary news. The course or pace of a
work on one facility ("осмотрел ход реконструкции стадиона") is a work under way; a body
named with the adjective of its kind and appearing ("появится городской совет") comes
into being; a facility described as planned for a work ("мост, запланированный к
ремонту") has that work planned. Negatives: the pace of many works, the course of a
campaign, a bare body appearing, a planning participle whose goal is no work. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, holds_kind, kinds_and_modalities_in, kinds_in


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # the course of a work on one facility: the work is under way
        (
            "Глава округа осмотрел ход реконструкции стадиона в поселке Светлый.",
            "стадион",
            Modality.FACT,
        ),
        (
            "Вице-губернатор провел совещание, посвященное ходу строительства поликлиники.",
            "поликлиника",
            Modality.FACT,
        ),
        (
            "Мэр проверил ход капремонта Дворца культуры «Химик».",
            "капремонт дворца культуры",
            Modality.FACT,
        ),
        (
            "В поселке Заречный глава района проверил ход капремонта Дома культуры, который "
            "откроется осенью.",
            "капремонт дома культуры",
            Modality.FACT,
        ),
        # a body of a named kind appearing
        ("В районе появится молодежный совет.", "молодежный совет", Modality.PLANNED),
        ("В области появилась антикризисная комиссия.", "антикризисная комиссия", Modality.FACT),
        # a facility planned for a work
        (
            "Мост через реку Сосна, запланированный к ремонту, закроют для грузовиков.",
            "мост",
            Modality.PLANNED,
        ),
        (
            "Губернатор осмотрел стадион, запланированный к реконструкции в будущем году.",
            "стадион",
            Modality.PLANNED,
        ),
    ],
)
def test_told_in_other_words(analyse: Analyse, text: str, kind: str, modality: Modality) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, kind, modality), found


@pytest.mark.parametrize(
    "text",
    [
        # the pace of many works is a statistic; a campaign's course is a story
        "Высокие темпы строительства жилья в городе радуют жителей.",
        "Район лидирует по темпам ремонта дорог.",
        "Ход начатой посевной кампании могут нарушить заморозки.",
        # a bare body appearing may be people arriving
        "На объекте неожиданно появилась комиссия.",
        # a planning participle whose goal is no work
        "Совещание, запланированное к проведению в мае, перенесли на июнь.",
    ],
)
def test_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []
