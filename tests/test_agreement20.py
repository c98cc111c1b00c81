"""Signed documents in unselected news, round 20 (measured on real excerpts kept out of the
repository): sides agreeing on a signing set it to come ("договорились о подписании
контракта", "agreed on signing"), while an extension they agree on is reported as done; a
wish to conclude ("желающие заключить соглашение") and an interest in signing ("interested
in signing", a gerund the tagger gives as a participle) plan the document — on sentences
written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreements_of


def _kinds(text: str, analyse: Analyse) -> list[tuple[list[str], Modality]]:
    return [(c.values("kind"), c.modality) for c in agreements_of(analyse(text))]


def test_an_arranged_signing_plans_the_contract(analyse: Analyse) -> None:
    text = "Хоккейный клуб и защитник Иван Орлов договорились о подписании контракта."
    assert _kinds(text, analyse) == [(["контракт"], Modality.PLANNED)]


def test_an_arranged_conclusion_plans_the_agreement(analyse: Analyse) -> None:
    text = "Министры двух стран договорились о заключении соглашения о воздушном сообщении."
    assert _kinds(text, analyse) == [(["соглашение"], Modality.PLANNED)]


def test_a_wish_to_conclude_plans_the_agreement(analyse: Analyse) -> None:
    text = "Посол назвал несколько государств, желающих заключить соглашение о визах с Сербией."
    assert [m for _, m in _kinds(text, analyse)] == [Modality.PLANNED]


def test_english_interest_in_signing_plans_the_contract(analyse: Analyse) -> None:
    text = "We are interested in signing a new contract for grain deliveries, the minister said."
    assert [m for _, m in _kinds(text, analyse)] == [Modality.PLANNED]


def test_an_arranged_extension_stays_done(analyse: Analyse) -> None:
    text = "Футбольный клуб договорился о продлении контракта с вратарём до 2029 года."
    assert _kinds(text, analyse) == [(["контракт"], Modality.FACT)]


def test_talks_on_a_signed_contracts_terms_stay_a_fact(analyse: Analyse) -> None:
    text = "Стороны провели переговоры об условиях контракта, подписанного в мае."
    assert all(m == Modality.FACT for _, m in _kinds(text, analyse))


def test_talks_with_no_document_claim_nothing(analyse: Analyse) -> None:
    text = "Делегации договорились продолжить переговоры на следующей неделе."
    assert _kinds(text, analyse) == []


def test_an_oral_agreement_claims_no_document(analyse: Analyse) -> None:
    text = "Директора заводов устно договорились о совместных поставках угля."
    assert _kinds(text, analyse) == []


def test_a_signed_contract_stays_a_fact(analyse: Analyse) -> None:
    text = "Клуб и нападающий подписали контракт на три года."
    assert [m for _, m in _kinds(text, analyse)] == [Modality.FACT]


def test_english_agreement_to_sign_plans_the_agreement(analyse: Analyse) -> None:
    text = "The two governments agreed to sign a fisheries agreement."
    assert _kinds(text, analyse) == [(["agreement"], Modality.PLANNED)]


def test_english_agreed_extension_stays_done(analyse: Analyse) -> None:
    text = "The club agreed to extend the contract of its goalkeeper until 2029."
    assert [m for _, m in _kinds(text, analyse)] == [Modality.FACT]
