"""Documents real news of 2008-2015 tells in passing (issue 16, agreement15, measured on real
excerpts kept out of the repository): a jointly made paper signed under a noun outside the
document nouns ("программа совместных действий", "совместное заявление"), a protocol signed
"к соглашению" that does not sign its host again, a provision ("одно из положений договора")
stating terms, and a signed reference word after the parties came to terms — on sentences
written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreements_of


def test_a_joint_programme_signed_in_a_package_is_a_document(analyse: Analyse) -> None:
    text = (
        "Россия и Перу подписали в Лиме пакет документов. "
        "Также была подписана программа совместных мероприятий в сфере культуры."
    )
    claims = agreements_of(analyse(text))
    assert [c.values("kind") for c in claims] == [["документ"], ["программа"]]
    assert claims[1].modality == Modality.FACT


def test_signatures_under_a_joint_communique_sign_it(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("Премьеры России и Чили поставили подписи под совместным коммюнике.")
    )
    assert [c.values("kind") for c in claims] == [["коммюнике"]]


def test_a_joint_paper_beside_a_treaty_is_a_second_document(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("Министры Литвы и Польши подписали договор и совместное коммюнике.")
    )
    assert [c.values("kind") for c in claims] == [["договор"], ["коммюнике"]]


def test_an_appeal_or_a_decision_is_no_joint_document(analyse: Analyse) -> None:
    assert agreements_of(analyse("Депутаты подписали совместное обращение к губернатору.")) == []
    assert agreements_of(analyse("Стороны приняли совместное решение о переносе сроков.")) == []
    assert agreements_of(analyse("Жильцы подписали письмо о ремонте крыши.")) == []


def test_a_protocol_to_an_agreement_does_not_sign_the_agreement_again(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("Губернатор и ректор подписали протокол к соглашению о сотрудничестве.")
    )
    assert [c.values("kind") for c in claims] == [["протокол"]]


def test_a_provision_of_the_treaty_states_its_terms(analyse: Analyse) -> None:
    text = (
        "Украина и Молдова подписали договор о границе на Днестре. "
        "Министр напомнил, что одно из положений договора учитывает интересы рыбаков."
    )
    claims = agreements_of(analyse(text))
    assert [c.values("kind") for c in claims] == [["договор"], ["договор"]]


def test_a_signed_reference_word_after_parties_came_to_terms(analyse: Analyse) -> None:
    text = (
        "Администрация Тулы и компания «Вектор» договорились о совместной работе. "
        "Подписание документа прошло в мэрии."
    )
    claims = agreements_of(analyse(text))
    assert [c.values("kind") for c in claims] == [["документ"]]
    assert claims[0].modality == Modality.FACT


def test_agreeing_to_meet_gives_a_signed_document_nothing_to_stand_for(analyse: Analyse) -> None:
    text = "Депутаты договорились собраться в понедельник. Губернатор подписал документ о выплатах."
    assert agreements_of(analyse(text)) == []
