"""Signed documents in unselected news, round 19 (measured on real excerpts kept out of the
repository): an order, decision, approval, hope or understanding over a signing plans the
document signed ("поручил подписать", "решение о продлении контракта", "approved the
signing of", "hopes to sign"); talks or proposals introduced by "по" are talks on a
document, not its terms cited ("переговоры по новому контракту") — on sentences written
for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreements_of


def _kinds(text: str, analyse: Analyse) -> list[tuple[list[str], Modality]]:
    return [(c.values("kind"), c.modality) for c in agreements_of(analyse(text))]


def test_an_order_to_sign_plans_the_agreement(analyse: Analyse) -> None:
    text = "Кабинет министров поручил министерству финансов подписать с Арменией соглашение о торговле."
    assert _kinds(text, analyse) == [(["соглашение"], Modality.PLANNED)]


def test_an_order_to_hold_talks_and_sign_plans_the_agreement(analyse: Analyse) -> None:
    text = (
        "Министерству транспорта поручено провести консультации с соседями и подписать"
        " соглашение о перевозках."
    )
    assert _kinds(text, analyse) == [(["соглашение"], Modality.PLANNED)]


def test_a_decision_to_extend_a_contract_plans_it(analyse: Analyse) -> None:
    text = "На собрании акционеров было принято решение о продлении контракта с директором."
    assert _kinds(text, analyse) == [(["контракт"], Modality.PLANNED)]


def test_english_approval_of_a_signing_plans_the_agreement(analyse: Analyse) -> None:
    text = "The ministers approved the signing of a trade agreement with Chile."
    assert _kinds(text, analyse) == [(["agreement"], Modality.PLANNED)]


def test_english_hope_to_sign_plans_the_contract(analyse: Analyse) -> None:
    text = "The province hopes to sign a new contract with the union next month."
    assert _kinds(text, analyse) == [(["contract"], Modality.PLANNED)]


def test_talks_on_new_contracts_introduced_by_po_plan_them(analyse: Analyse) -> None:
    text = "Фермеры и переработчики ведут переговоры по новому контракту на поставку молока."
    assert _kinds(text, analyse) == [(["контракт"], Modality.PLANNED)]


def test_proposals_on_a_peace_treaty_plan_it(analyse: Analyse) -> None:
    text = "Посредники направили сторонам предложения по мирному договору."
    assert _kinds(text, analyse) == [(["договор"], Modality.PLANNED)]


# Negatives: talks on a signed document's terms, talks with no document, an oral
# understanding, a document approved (not its signing), a document signed.


def test_talks_on_a_signed_contracts_terms_plan_no_contract(analyse: Analyse) -> None:
    text = "Стороны ведут переговоры по условиям действующего контракта."
    assert all(m != Modality.PLANNED for _, m in _kinds(text, analyse))


def test_talks_on_a_contract_in_force_plan_no_contract(analyse: Analyse) -> None:
    text = "Стороны ведут переговоры по действующему контракту."
    assert all(m != Modality.PLANNED for _, m in _kinds(text, analyse))


def test_talks_with_no_document_claim_nothing(analyse: Analyse) -> None:
    text = "Стороны провели переговоры по вопросам торговли."
    assert _kinds(text, analyse) == []


def test_an_oral_understanding_claims_nothing(analyse: Analyse) -> None:
    text = "Компании устно договорились о поставках зерна."
    assert _kinds(text, analyse) == []


def test_approving_a_document_itself_stays_a_fact(analyse: Analyse) -> None:
    text = "Министр сообщил, что правительство одобрило соглашение с Японией."
    assert _kinds(text, analyse) == [(["соглашение"], Modality.FACT)]


def test_an_agreed_extension_stays_a_fact(analyse: Analyse) -> None:
    text = "Клуб и вратарь договорились о продлении трудового соглашения до 2030 года."
    assert all(m != Modality.PLANNED for _, m in _kinds(text, analyse))


def test_a_signed_agreement_stays_a_fact(analyse: Analyse) -> None:
    text = "Правительство подписало соглашение с компанией о строительстве завода."
    assert _kinds(text, analyse) == [(["соглашение"], Modality.FACT)]
