"""Bodies proposed and voiced or backed, as federal news word them ("выступил с
предложением создать фонд", "поддержали предложение о создании комиссии"): planned
projects; and the near misses: a facility proposed, a proposal only discussed or turned
down. Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, kinds_of


def test_a_fund_voiced_as_a_proposal_is_planned(analyse: Analyse) -> None:
    text = "С предложением создать фонд помощи шахтёрам губернатор Иван Сомов выступил в среду."
    claims = [c for c in analyse(text).claims if c.type == "initiative"]
    assert any("фонд" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_a_commission_whose_proposal_is_backed_is_planned(analyse: Analyse) -> None:
    text = "Фракция поддержала предложение о создании комиссии по делам ветеранов."
    claims = [c for c in analyse(text).claims if c.type == "initiative"]
    assert any("комисси" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_a_facility_proposed_stays_talk(analyse: Analyse) -> None:
    text = "Депутат выступил с предложением построить канатную дорогу через реку."
    assert not any("дорог" in kind for kind in kinds_of(analyse(text)))


def test_a_proposal_only_discussed_is_no_project(analyse: Analyse) -> None:
    text = "Эксперты обсудили предложение о создании фонда поддержки фермеров."
    assert not any("фонд" in kind for kind in kinds_of(analyse(text)))


def test_a_proposal_turned_down_is_no_project(analyse: Analyse) -> None:
    text = "Совет отклонил предложение о создании комиссии по тарифам."
    assert not any("комисси" in kind for kind in kinds_of(analyse(text)))
