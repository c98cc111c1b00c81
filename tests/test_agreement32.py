"""A bare "документ" restating the report's document, round 32 (measured on real excerpts
of agreement news kept out of the repository): "Подписано соглашение … . Документ
подписали X и Y" is one agreement, not two; the restatement adds the roles the first claim
lacks and the first sentence stays the evidence. Near misses: a "документ" with nothing
told before and a "документ" with a subject of its own stay claims of their own — on
sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreements_of


def test_signers_of_a_bare_document_join_the_agreement_told_before(analyse: Analyse) -> None:
    text = (
        "В Омске подписано соглашение о сотрудничестве между правительством Омской области "
        "и компанией «Сибстрой». Документ подписали губернатор Виталий Хоценко и "
        "гендиректор компании Олег Миронов."
    )
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["соглашение"]
    assert claim.evidence.text.startswith("В Омске подписано соглашение")
    assert "Виталий Хоценко" in claim.values("signatories")


def test_terms_of_a_bare_document_restate_the_agreement(analyse: Analyse) -> None:
    text = (
        "Университет и администрация Тамбова заключили соглашение о партнерстве. "
        "Документ предусматривает совместную подготовку инженеров."
    )
    assert [c.values("kind") for c in agreements_of(analyse(text))] == [["соглашение"]]


def test_a_signing_under_the_document_restates_the_memorandum(analyse: Analyse) -> None:
    text = (
        "Федерация шахмат Армении и Федерация шахмат Грузии подписали меморандум о "
        "сотрудничестве. Подписи под документом поставили президенты двух федераций."
    )
    assert [c.values("kind") for c in agreements_of(analyse(text))] == [["меморандум"]]


def test_a_document_with_a_subject_of_its_own_is_claimed(analyse: Analyse) -> None:
    # near miss: the subject shares a word with the earlier agreement's, yet names it anew
    text = (
        "Польша и Литва подписали соглашение о сотрудничестве в энергетике. "
        "Министры также подписали документ о сотрудничестве в сфере транспорта."
    )
    assert len(agreements_of(analyse(text))) == 2


def test_a_bare_document_with_nothing_told_before_is_claimed(analyse: Analyse) -> None:
    text = (
        "В Самаре прошел форум. Ректор Иван Сомов и министр Павел Лыков подписали "
        "документ о сотрудничестве в сфере образования."
    )
    assert [(c.values("kind"), c.modality) for c in agreements_of(analyse(text))] == [
        (["документ"], Modality.FACT)
    ]


def test_a_document_on_another_subject_is_another_claim(analyse: Analyse) -> None:
    text = (
        "Армения и Грузия подписали соглашение о сотрудничестве в области спорта. "
        "Также был подписан документ о поставках электроэнергии."
    )
    assert len(agreements_of(analyse(text))) == 2
