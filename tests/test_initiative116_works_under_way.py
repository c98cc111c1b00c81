"""initiative116: works told going on now on a project the report named before ("Сейчас в
здании детского сада ведутся работы по штукатурке", "мостовики ведут работы на части
моста", "Сейчас в амбулатории ведутся работы по отделке") are a stage of their own (fact), with the
kind of the facility named as their place and the place of the project told before. Works
with no project before them or no facility named, past or future works, routine upkeep and
paper work stay out. Sentences written
for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_in, last_sentence_initiatives


def test_works_at_the_named_facility_are_its_stage(analyse: Analyse) -> None:
    text = (
        "В Клину построят новый детский сад на 200 мест. "
        "Сейчас в здании детского сада ведутся работы по монтажу перегородок."
    )
    assert last_sentence_initiatives(analyse, text) == [("детский сад", Modality.FACT)]


def test_works_under_way_after_a_headline_are_not_folded(analyse: Analyse) -> None:
    text = (
        "В Клину откроют новый детский сад\n"
        "Здание рассчитано на 200 детей. "
        "Сейчас в здании детского сада ведутся работы по монтажу перегородок."
    )
    assert last_sentence_initiatives(analyse, text) == [("детский сад", Modality.FACT)]


def test_works_take_the_place_of_the_project_told_before(analyse: Analyse) -> None:
    text = "В Твери построят новую амбулаторию. Сейчас в амбулатории ведутся работы по отделке."
    claims = initiatives_in(analyse, text)
    assert last_sentence_initiatives(analyse, text) == [("амбулатория", Modality.FACT)]
    assert "Тверь" in claims[-1].values("location")


def test_bare_works_with_no_facility_named_are_left(analyse: Analyse) -> None:
    text = "В Твери построят новую амбулаторию. Работы ведутся в рамках областной программы."
    assert last_sentence_initiatives(analyse, text) == []


def test_works_planned_ahead_are_no_stage_reached(analyse: Analyse) -> None:
    text = "В Твери построят новую амбулаторию. Работы в амбулатории будут вестись в две смены."
    assert last_sentence_initiatives(analyse, text) == []


def test_works_on_a_part_of_the_bridge_tell_the_bridge(analyse: Analyse) -> None:
    text = (
        "В районе строят мост через реку Сестру. "
        "Сейчас рабочие ведут работы на верхней части моста."
    )
    assert last_sentence_initiatives(analyse, text) == [("мост", Modality.FACT)]


def test_works_with_no_project_before_are_none(analyse: Analyse) -> None:
    text = "Погода в районе была тёплой. Сейчас в амбулатории ведутся работы по отделке."
    assert last_sentence_initiatives(analyse, text) == []


def test_past_works_are_back_story(analyse: Analyse) -> None:
    text = "В Твери построят новую амбулаторию. Раньше в амбулатории велись работы по отделке."
    assert last_sentence_initiatives(analyse, text) == []


def test_routine_upkeep_is_no_stage(analyse: Analyse) -> None:
    text = "В Твери построят новую амбулаторию. В амбулатории идут работы по уборке снега."
    assert last_sentence_initiatives(analyse, text) == []


def test_singular_work_on_a_paper_is_no_stage(analyse: Analyse) -> None:
    text = "В Твери построят новую амбулаторию. Ведётся работа над проектом закона."
    assert last_sentence_initiatives(analyse, text) == []
