"""Signed documents in unselected news, round 18 (measured on real excerpts kept out of the
repository): talks, drafts and proposals on a document with no signing word plan it, in
Russian and in English; talks on a document concluded before (its terms, its keeping, the
talks that led to a signing just reported) plan no new one — on sentences written for
these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreements_of


def _planned_kinds(text: str, analyse: Analyse) -> list[tuple[list[str], Modality]]:
    return [(c.values("kind"), c.modality) for c in agreements_of(analyse(text))]


def test_agreeing_the_details_of_a_contract_plans_it(analyse: Analyse) -> None:
    text = "Сейчас у гандбольного клуба идёт процесс согласования деталей контракта с вратарём."
    assert _planned_kinds(text, analyse) == [(["контракт"], Modality.PLANNED)]


def test_exchanging_drafts_of_a_memorandum_plans_it(analyse: Analyse) -> None:
    text = "Эстония и Финляндия на следующей неделе совершат обмен проектами меморандума о паромах."
    assert _planned_kinds(text, analyse) == [(["меморандум"], Modality.PLANNED)]


def test_an_understanding_on_a_new_contract_plans_the_contract(analyse: Analyse) -> None:
    text = "Федерация волейбола достигла договорённости о новом контракте с главным тренером."
    assert _planned_kinds(text, analyse) == [(["контракт"], Modality.PLANNED)]


def test_english_contract_talks_plan_a_contract(analyse: Analyse) -> None:
    text = "Leeds have opened contract talks with their young goalkeeper, the club said on Monday."
    assert _planned_kinds(text, analyse) == [(["contract"], Modality.PLANNED)]


def test_an_english_draft_agreement_is_planned(analyse: Analyse) -> None:
    text = "The two ministries discussed the draft agreement on river shipping in Vienna."
    kinds = _planned_kinds(text, analyse)
    assert kinds and all(modality == Modality.PLANNED for _, modality in kinds)
    assert ["agreement"] in [kind for kind, _ in kinds]


# Negatives: talks on a document concluded before, talks with no document, an oral
# understanding.


def test_talks_on_changing_a_signed_contracts_terms_plan_no_contract(analyse: Analyse) -> None:
    text = "Стороны начали переговоры об изменении условий газового контракта."
    assert all(m != Modality.PLANNED for _, m in _planned_kinds(text, analyse))


def test_consultations_on_keeping_an_agreement_plan_no_new_one(analyse: Analyse) -> None:
    text = "Министры провели консультации о выполнении соглашения о транзите."
    assert all(m != Modality.PLANNED for _, m in _planned_kinds(text, analyse))


def test_talks_before_a_reported_signing_are_no_new_contract(analyse: Analyse) -> None:
    text = (
        "Нападающий Пётр Орлов подписал новый контракт с клубом «Сокол». "
        "Директор клуба и агент игрока долго вели переговоры о новом соглашении."
    )
    assert _planned_kinds(text, analyse) == [(["контракт"], Modality.FACT)]


def test_talks_begun_on_concluding_another_agreement_stay_planned(analyse: Analyse) -> None:
    text = (
        "Соглашение о рыболовстве было подписано в мае 2015 года. "
        "Осенью стороны начали переговоры о заключении соглашения о туризме."
    )
    assert (["соглашение"], Modality.PLANNED) in _planned_kinds(text, analyse)


def test_talks_with_no_document_claim_nothing(analyse: Analyse) -> None:
    text = "Делегации двух областей провели переговоры и обсудили развитие сотрудничества."
    assert _planned_kinds(text, analyse) == []


def test_an_oral_understanding_is_no_document(analyse: Analyse) -> None:
    text = "Стороны достигли договорённости о снижении пошлин на зерно."
    assert _planned_kinds(text, analyse) == []
