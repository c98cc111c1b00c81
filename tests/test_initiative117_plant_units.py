"""A power plant's unit ("блок") built is the plant's phase, like "очередь": "началось
строительство нового блока атомной электростанции" launches the plant through its unit.
Near misses: a political bloc discussed, a block of questions, a unit replaced as equipment.
Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse


def _initiatives(analyse: Analyse, text: str) -> list:
    return [c for c in analyse(text).claims if c.type == "initiative"]


def _kinds(analyse: Analyse, text: str) -> list[str]:
    return [v for c in _initiatives(analyse, text) for v in c.values("kind")]


def test_a_new_unit_of_a_nuclear_plant_started(analyse: Analyse) -> None:
    text = "В Турции началось строительство нового блока атомной электростанции «Южная»."
    claims = _initiatives(analyse, text)
    assert any("блок" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.FACT for c in claims)


def test_a_second_unit_of_a_thermal_plant_planned(analyse: Analyse) -> None:
    text = "В следующем году начнется сооружение второго блока тепловой электростанции в Омске."
    claims = _initiatives(analyse, text)
    assert any("блок" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_a_bloc_of_questions_discussed_is_no_project(analyse: Analyse) -> None:
    assert not _initiatives(analyse, "Депутаты обсудили блок вопросов о тарифах на тепло.")


def test_a_power_supply_unit_replaced_is_no_project(analyse: Analyse) -> None:
    assert not _initiatives(analyse, "Рабочие заменили блок питания на подстанции.")


def test_a_political_bloc_discussed_is_no_project(analyse: Analyse) -> None:
    text = "Эксперты обсуждают роль военного блока в регионе."
    assert not _initiatives(analyse, text)
