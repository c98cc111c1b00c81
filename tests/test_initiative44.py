"""Round 44: a building's parts renewed. A part of a standing building (a roof, a facade,
walls, floors, wiring, a hood, a system of heating) renewed by a word of repair is a
repair work of its own, where the sentence names the building or the report has told a
work before. A list of parts under one repair word is one work. Negatives: a new
building's walls and roof raised or mounted (stages of that building), "крыша поехала",
a roof a storm damaged, a part renewed with no building told. Short reports written for
these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, holds_kind, kinds_and_modalities_in, kinds_in


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # the building named in the part's sentence
        (
            "Осенью в районной амбулатории заменят электропроводку.",
            "электропроводка",
            Modality.PLANNED,
        ),
        (
            "В здании художественной школы обновили полы.",
            "полы",
            Modality.FACT,
        ),
        (
            "Завершено утепление стен интерната в Каменке.",
            "стены",
            Modality.FACT,
        ),
        (
            "В районной больнице на Садовой заменили систему отопления.",
            "система отопления",
            Modality.FACT,
        ),
    ],
)
def test_part_renewed(analyse: Analyse, text: str, kind: str, modality: Modality) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, kind, modality), found


def test_parts_listed_under_one_repair_word_are_one_work(analyse: Analyse) -> None:
    """ "заменили окна, радиаторы и пол" is one work, told by its first item."""
    kinds = kinds_in(analyse, "В спортзале гимназии заменили двери, радиаторы и пол.")
    assert len(kinds) == 1 and "двери" in kinds[0], kinds


def test_a_part_read_from_its_repair_noun_is_one_claim(analyse: Analyse) -> None:
    """ "проведен ремонт кровли" is one work, though both the noun and the part tell it."""
    assert kinds_in(analyse, "В лицее №5 проведен ремонт кровли.") == ["ремонт кровли"]


@pytest.mark.parametrize(
    "text",
    [
        # a new building's walls and roof going up are stages of that one building
        "На площадке новой поликлиники строители возвели стены и смонтировали кровлю.",
        "У нового корпуса детского сада уже установили крышу.",
        # another sense, and damage rather than repair
        "У соседа после таких новостей крыша поехала.",
        "Ураган повредил кровлю школы в Лесном.",
        "Сильный ветер сорвал крышу сарая.",
        # a part renewed with no building nor work told
        "Он поменял проводку и доволен.",
        # a repair that is a topic, a detail of its whole's repair, a repair long past
        "Глава района попросил провести собрания с жителями по ремонту кровли.",
        "Жители отремонтировали старый колодец: обновлена крыша, заменены стояки.",
        "«Нам заменили кровлю много лет назад», — рассказала жительница дома.",
    ],
)
def test_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []
