"""English initiatives as wire services and company or government press releases word them
(round english-initiatives, docs/notes/english-initiatives.md): a foundation stone laid, a
flyover inaugurated, a study conducted, a project due to open, troops withdrawn or deployed
are launches; goods put into production, a launch talked over, offered, hedged or told of a
class, a cooperation expanded, a plant that only places other work, and a project noun
that only modifies another noun are not. Sentences written for the tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import (
    Analyse,
    claims_of,
    initiatives_in,
    kinds_and_modalities_in,
    kinds_in,
    runners_of,
)

# Launches the wire wordings report


def test_a_foundation_stone_laid_launches_the_project(analyse: Analyse) -> None:
    text = "The governor laid the foundation stone of a water treatment plant in Kisumu."
    assert kinds_and_modalities_in(analyse, text) == [("water treatment plant", Modality.FACT)]


def test_a_foundation_stone_laid_in_the_passive_launches_the_project(analyse: Analyse) -> None:
    text = "The foundation stone of the new bridge was laid on Monday."
    assert kinds_and_modalities_in(analyse, text) == [("bridge", Modality.FACT)]


def test_a_flyover_inaugurated_is_a_project(analyse: Analyse) -> None:
    assert kinds_in(analyse, "The chief minister inaugurated a flyover in Nagpur.") == ["flyover"]


def test_a_study_decided_on_is_a_planned_project(analyse: Analyse) -> None:
    text = "The two ministries decided to conduct a feasibility study on the canal."
    assert kinds_and_modalities_in(analyse, text) == [("feasibility study", Modality.PLANNED)]


def test_a_study_cited_as_a_source_launches_nothing(analyse: Analyse) -> None:
    assert initiatives_in(analyse, "A study found that the old bridge was unsafe.") == []


def test_a_project_due_to_open_is_planned(analyse: Analyse) -> None:
    assert kinds_and_modalities_in(analyse, "The clinic is due to open in March.") == [
        ("clinic", Modality.PLANNED)
    ]
    assert kinds_and_modalities_in(analyse, "The new terminal is to open next spring.") == [
        ("terminal", Modality.PLANNED)
    ]


def test_a_corridor_keeps_the_places_between_its_ends_out(analyse: Analyse) -> None:
    text = "The state will build a freight corridor between the port and the steel works."
    assert kinds_in(analyse, text) == ["freight corridor"]


# Troop movements


def test_troops_withdrawn_are_a_planned_withdrawal(analyse: Analyse) -> None:
    (withdrawal,) = initiatives_in(analyse, "Norway will withdraw its troops from Mali next year.")
    assert withdrawal.values("kind") == ["withdrawal of troops"]
    assert withdrawal.values("organisations") == ["Norway"]
    assert withdrawal.values("location") == ["Mali"]
    assert withdrawal.modality == Modality.PLANNED


def test_battalions_deployed_are_a_deployment(analyse: Analyse) -> None:
    text = "The alliance deployed two battalions to Lithuania on Friday."
    assert kinds_and_modalities_in(analyse, text) == [
        ("deployment of battalions", Modality.FACT)
    ]


def test_offers_and_deals_withdrawn_move_no_troops(analyse: Analyse) -> None:
    for text in (
        "The bank will withdraw its offer next week.",
        "The company pulled out of the deal with Siemens.",
        "Two battalions are stationed in Estonia.",
    ):
        assert initiatives_in(analyse, text) == [], text


# Not launches


def test_goods_put_into_production_are_no_project(analyse: Analyse) -> None:
    for text in (
        "Production of the new sedan will start next year.",
        "The carmaker will start production of the Corolla at its Texas plant.",
        "The factory will build trucks based on a Volvo platform.",
        "Hyundai will begin building electric vans at its Montgomery plant.",
    ):
        assert initiatives_in(analyse, text) == [], text


def test_a_launch_talked_over_or_offered_is_no_project(analyse: Analyse) -> None:
    for text in (
        "The two firms discussed building a refinery in Aden.",
        "China is ready to build a railway to Kathmandu.",
        "Such clinics are opening across the country.",
    ):
        assert initiatives_in(analyse, text) == [], text


def test_a_cooperation_expanded_is_no_new_project(analyse: Analyse) -> None:
    text = "The documents provide for the further expansion of cooperation between the two states."
    assert initiatives_in(analyse, text) == []


def test_a_project_noun_modifying_another_noun_is_not_launched(analyse: Analyse) -> None:
    assert kinds_in(analyse, "Hospital staff opened a new clinic in Leeds.") == ["clinic"]
    assert kinds_in(analyse, "A partner is building the school's campus in Queretaro.") == [
        "campus"
    ]


def test_a_joint_venture_company_as_subject_runs_the_project(analyse: Analyse) -> None:
    text = "The joint venture company will establish a fertiliser complex in Gorakhpur."
    assert kinds_in(analyse, text) == ["fertiliser complex"]


def test_workers_laid_off_at_a_plant_launch_nothing(analyse: Analyse) -> None:
    assert initiatives_in(analyse, "The company laid off 200 workers at its plant in Ohio.") == []


def test_companies_agreeing_on_a_joint_venture_hold_no_meeting(analyse: Analyse) -> None:
    analysed = analyse("KazLogistics and Rhein Cargo agreed to create a joint venture.")
    assert claims_of(analysed, "meeting") == []
    assert runners_of(analysed, "joint venture") == ["KazLogistics", "Rhein Cargo"]
