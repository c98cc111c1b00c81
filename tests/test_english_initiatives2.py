"""English launches told through their work, their marker, their ceremony or their name
(round english-initiatives2, docs/notes/english-initiatives2.md): a foundation stone laid
"for" a project, ground broken "on" one, construction begun "on" one, an opening or
ribbon-cutting ceremony of or for one, an opening celebrated, and a facility under its own
capitalised name. Negatives: a ceremony of something else, a road reopened after an
accident, a study cited, flowers laid on a bridge, a named facility that only speaks.
Sentences written for the tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_in, kinds_and_modalities_in, runners_of

# The work's marker or the work itself launches what follows "for" or "on"


def test_a_foundation_stone_laid_for_a_project_launches_it(analyse: Analyse) -> None:
    text = "The minister laid the foundation stone for a new district hospital in Mombasa."
    assert kinds_and_modalities_in(analyse, text) == [("district hospital", Modality.FACT)]


def test_ground_broken_on_a_project_launches_it(analyse: Analyse) -> None:
    text = "Northwind Logistics broke ground on a new distribution center in Ohio on Tuesday."
    found = analyse(text)
    assert [
        (" ".join(c.values("kind")), c.modality) for c in found.claims if c.type == "initiative"
    ] == [("distribution center", Modality.FACT)]
    assert runners_of(found, "distribution center") == ["Northwind Logistics"]


def test_construction_begun_on_a_project_launches_it(analyse: Analyse) -> None:
    text = "Construction has begun on a new solar farm near the city."
    assert kinds_and_modalities_in(analyse, text) == [("solar farm", Modality.FACT)]


def test_construction_set_to_begin_on_a_project_is_planned(analyse: Analyse) -> None:
    text = "Construction is set to begin on a new bridge over the canal."
    assert kinds_and_modalities_in(analyse, text) == [("bridge", Modality.PLANNED)]


# A ceremony opening a project, and an opening celebrated


def test_an_opening_ceremony_of_a_project_launches_it(analyse: Analyse) -> None:
    text = "The opening ceremony of the new maternity clinic took place on Thursday."
    assert kinds_and_modalities_in(analyse, text) == [("maternity clinic", Modality.FACT)]


def test_a_ribbon_cutting_ceremony_for_a_project_launches_it(analyse: Analyse) -> None:
    text = "County officials held a ribbon-cutting ceremony for the new public library."
    assert kinds_and_modalities_in(analyse, text) == [("public library", Modality.FACT)]


def test_an_opening_celebrated_took_place(analyse: Analyse) -> None:
    text = "Hundreds of residents gathered to celebrate the opening of the new youth center."
    assert kinds_and_modalities_in(analyse, text) == [("youth center", Modality.FACT)]


# A facility under its own capitalised name


def test_a_named_facility_inaugurated_is_launched_and_runs_nothing(analyse: Analyse) -> None:
    text = "The Harbour View Medical Centre was inaugurated on Monday."
    claims = initiatives_in(analyse, text)
    assert [(" ".join(c.values("kind")), c.modality) for c in claims] == [
        ("harbour view medical centre", Modality.FACT)
    ]
    assert claims[0].values("organisations") == []


def test_a_named_facility_opened_by_a_company_keeps_its_runner(analyse: Analyse) -> None:
    found = analyse("Acme Freight will open the Lakeside Cargo Terminal in June.")
    assert runners_of(found, "lakeside cargo terminal") == ["Acme Freight"]


# Negatives that must stay silent


def test_a_ceremony_of_something_else_launches_nothing(analyse: Analyse) -> None:
    assert (
        initiatives_in(analyse, "The award ceremony of the film festival took place on Friday.")
        == []
    )
    text = "The signing ceremony for the hospital contract was held in the capital."
    assert initiatives_in(analyse, text) == []


def test_a_road_reopened_after_an_accident_is_no_launch(analyse: Analyse) -> None:
    assert initiatives_in(analyse, "Police reopened the road after the accident on Sunday.") == []


def test_a_study_cited_is_no_project(analyse: Analyse) -> None:
    text = "A study by the university found that the plant leaked water."
    assert initiatives_in(analyse, text) == []


def test_things_laid_or_worked_on_a_standing_bridge_launch_nothing(analyse: Analyse) -> None:
    assert initiatives_in(analyse, "Mourners laid flowers on the old bridge.") == []
    assert initiatives_in(analyse, "The crew worked on the old bridge for a year.") == []


def test_a_named_facility_that_only_speaks_is_no_project(analyse: Analyse) -> None:
    text = "The Harbour View Medical Centre said the survey had closed."
    assert initiatives_in(analyse, text) == []
