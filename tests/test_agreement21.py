"""Signed documents in unselected news, round 21 (measured on real excerpts kept out of the
repository): a document still ahead of a step — talked over by a perfective verb
("обсудить заключение договора"), its terms worked out while its own words call it new
("прорабатывают условия нового контракта"), sent for ratification or approval ("для
ратификации", "needs the approval of parliament"), or a draft the teams have reached — is
planned; a ratification voted, the terms of a document signed, talks with no document and
an oral agreement are not — on sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreements_of


def _modalities(text: str, analyse: Analyse) -> list[Modality]:
    return [c.modality for c in agreements_of(analyse(text))]


def test_a_perfective_talk_over_a_conclusion_plans_the_treaty(analyse: Analyse) -> None:
    text = "На встрече с премьером Италии президент Франции намерен обсудить заключение договора о границе."
    assert _modalities(text, analyse) == [Modality.PLANNED]


def test_terms_of_a_new_contract_worked_out_plan_it(analyse: Analyse) -> None:
    text = "Компания «Северный газ» сейчас прорабатывает условия нового контракта с Болгарией."
    assert _modalities(text, analyse) == [Modality.PLANNED]


def test_a_session_for_ratification_plans_the_agreement(analyse: Analyse) -> None:
    text = (
        "Парламент Латвии соберётся на внеочередное заседание для ратификации соглашения "
        "о пограничном переходе с Эстонией."
    )
    assert _modalities(text, analyse) == [Modality.PLANNED]


def test_a_document_sent_for_approval_is_planned(analyse: Analyse) -> None:
    text = "Соглашение о закупке вертолётов направлено в кабинет министров Перу для окончательного утверждения."
    assert _modalities(text, analyse) == [Modality.PLANNED]


def test_english_a_pact_needing_approval_is_planned(analyse: Analyse) -> None:
    text = "The fisheries agreement between Norway and Iceland still needs the approval of both parliaments."
    assert _modalities(text, analyse) == [Modality.PLANNED]


def test_english_a_draft_reached_stays_a_draft(analyse: Analyse) -> None:
    text = "Ministers will review the draft accord the two delegations have reached in Geneva."
    assert _modalities(text, analyse) == [Modality.PLANNED]


def test_a_ratification_voted_stays_a_fact(analyse: Analyse) -> None:
    text = "Сейм Польши проголосовал за ратификацию соглашения о транзите с Литвой."
    assert _modalities(text, analyse) == [Modality.FACT]


def test_talks_on_a_signed_contracts_terms_stay_a_fact(analyse: Analyse) -> None:
    text = "Стороны обсудили условия контракта, подписанного ими в марте прошлого года."
    assert all(m == Modality.FACT for m in _modalities(text, analyse))


def test_talks_with_no_document_claim_nothing(analyse: Analyse) -> None:
    text = "Министры провели переговоры и решили встретиться снова в июне."
    assert _modalities(text, analyse) == []


def test_an_oral_agreement_is_no_document(analyse: Analyse) -> None:
    text = "Тренер и клуб устно договорились о дальнейшей работе."
    assert _modalities(text, analyse) == []
