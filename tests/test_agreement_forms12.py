"""Constructions FactRuEval-style real news uses for a document told in passing (issue 16,
agreement12, measured on real excerpts kept out of the repository): a document violated,
observed or acted under, a document left or refused, a right to leave one, documents in
force in the future tense, a plural pronoun concluded, one document named twice — on
sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreements_of
from tests.test_agreement_forms10 import in_sentence


def test_a_document_violated_is_in_force(analyse: Analyse) -> None:
    text = "Токио обвинил Сеул в нарушении договора о рыболовстве 1998 года."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["договор"]
    assert claim.modality == Modality.FACT


def test_a_document_observed_or_carried_out_is_in_force(analyse: Analyse) -> None:
    text = "Наблюдатели следят за выполнением положений Женевского соглашения о прекращении огня."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["соглашение"]


def test_a_document_as_the_ground_of_an_action_is_in_force(analyse: Analyse) -> None:
    text = "В рамках контракта с «Уралвагонзаводом» депо получило сорок новых вагонов."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["контракт"]


def test_a_state_leaving_a_convention_negates_it(analyse: Analyse) -> None:
    text = "Исландия выходит из конвенции о китобойном промысле, заявил министр рыболовства."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["конвенция"]
    assert claim.modality == Modality.NEGATED


def test_a_right_to_leave_a_document_is_no_contest(analyse: Analyse) -> None:
    text = "Правом выйти из пакта Чили так и не воспользовалась."
    (claim,) = agreements_of(analyse(text))
    assert claim.modality == Modality.NEGATED


def test_a_document_and_its_apposition_are_one_claim(analyse: Analyse) -> None:
    text = "Норвегия объявила о выходе из Лондонской конвенции - соглашения о сбросе отходов в море."
    assert len(agreements_of(analyse(text))) == 1


def test_documents_that_will_stay_in_force_are_claimed(analyse: Analyse) -> None:
    text = "Министр заявил, что пограничные соглашения с Латвией будут действовать и впредь."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["соглашение"]


def test_a_plural_pronoun_concluded_is_the_documents_named_before(analyse: Analyse) -> None:
    text = (
        "Литва и Польша подписали соглашения о совместной энергосети. "
        "Вильнюс сознательно пошел на их заключение, сказал премьер."
    )
    (claim,) = in_sentence(analyse(text), text, "Вильнюс сознательно")
    assert claim.values("kind") == ["соглашение"]


def test_not_only_does_not_negate(analyse: Analyse) -> None:
    text = "Клуб не только продлил аренду стадиона, но и подписал контракт с новым спонсором."
    (claim,) = agreements_of(analyse(text))
    assert claim.modality == Modality.FACT


def test_a_document_said_to_be_no_priority_is_not_claimed(analyse: Analyse) -> None:
    text = "Хартия не является для правительства приоритетом, добавил министр."
    assert not agreements_of(analyse(text))


def test_a_negated_adoption_carries_no_signing_to_the_next_sentence(analyse: Analyse) -> None:
    text = (
        "Военные испытали систему, которая пока не принята на вооружение. "
        "Эксперты призвали сохранить договор и искать новые решения."
    )
    assert not agreements_of(analyse(text))
