"""Constructions real news uses for a document that the earlier rules missed (issue 16,
agreement11, measured on real excerpts kept out of the repository): a document the subject
of a passive signing participle the parser hangs elsewhere, a document's sum or cost as its
terms, terms stated "в договоре", a document describing in the present tense what it does,
a pronoun standing for the document named just before, a document terminated — on
sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreements_of
from tests.test_agreement_forms10 import in_sentence


def test_a_document_that_may_be_signed_under_a_modal_verb_is_planned(analyse: Analyse) -> None:
    text = "Глава ведомства сказал, что в ноябре может быть подписан договор о поставке турбин."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["договор"]
    assert claim.modality == Modality.PLANNED


def test_a_passive_signing_participle_agreeing_with_the_document_signs_it(
    analyse: Analyse,
) -> None:
    text = (
        "Парламент Эстонии одобрил документ единогласно. "
        'Часом позже протокол был ратифицирован Сеймом Латвии - "за" высказались 80 депутатов.'
    )
    assert in_sentence(analyse(text), text, "Часом позже")


def test_the_sum_of_contracts_states_their_terms(analyse: Analyse) -> None:
    text = "За пять лет общая сумма контрактов Белоруссии с Вьетнамом превысила 2 млрд долларов."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["контракт"]


def test_terms_stated_in_the_document(analyse: Analyse) -> None:
    text = (
        "Минск и Ташкент в 2011 году заключили договор о поставках тракторов. "
        "В договоре прописана возможность продления поставок еще на три года."
    )
    (claim,) = in_sentence(analyse(text), text, "В договоре")
    assert claim.values("kind") == ["договор"]


def test_a_document_word_describing_what_it_does_restates_the_document(
    analyse: Analyse,
) -> None:
    text = (
        "«Сибирский уголь» и корейская компания Daewon подписали меморандум о портовом "
        "терминале. Документ открывает корейской стороне доступ к причалам в Ванино."
    )
    # agreement32: the bare "Документ" folds into the memorandum claimed before
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["меморандум"]
    assert claim.evidence.text.startswith("«Сибирский уголь»")


def test_a_pronoun_stating_terms_stands_for_the_document_before(analyse: Analyse) -> None:
    text = (
        "«Уралвагонзавод» и министерство обороны Алжира подписали контракт на ремонт танков. "
        "Он предусматривает модернизацию двухсот машин до 2016 года."
    )
    (claim,) = in_sentence(analyse(text), text, "Он предусматривает")
    assert claim.values("kind") == ["контракт"]


def test_a_pronoun_under_a_signing_noun_stands_for_the_document_before(
    analyse: Analyse,
) -> None:
    text = (
        "Стоимость контракта на поставку вертолетов в Перу уже согласована. "
        "Ожидается, что его подписание состоится в марте."
    )
    (claim,) = in_sentence(analyse(text), text, "Ожидается")
    assert claim.values("kind") == ["контракт"]


def test_a_pronoun_signing_is_a_person_not_the_document(analyse: Analyse) -> None:
    text = (
        "Министр привез в Лиму проект контракта на поставку вертолетов. "
        "Он подписал приказ о командировке в среду."
    )
    assert not in_sentence(analyse(text), text, "Он подписал")


def test_a_pronoun_of_another_gender_is_not_the_document(analyse: Analyse) -> None:
    text = (
        "«Камаз» и компания «Автотор» заключили соглашение о сборке грузовиков. "
        "Она предусматривает выпуск двух тысяч машин."
    )
    assert not in_sentence(analyse(text), text, "Она предусматривает")


def test_a_terminated_contract_is_negated(analyse: Analyse) -> None:
    text = "Компания Puma уведомила клуб «Ростов» о прекращении спонсорского контракта."
    (claim,) = agreements_of(analyse(text))
    assert claim.modality == Modality.NEGATED


def test_a_pronoun_after_a_document_word_takes_the_kind_named_before(analyse: Analyse) -> None:
    text = (
        "«Трансмашхолдинг» и железные дороги Египта подписали контракт на поставку вагонов. "
        "Подписание документа прошло в Каире. Он предусматривает выпуск семисот вагонов."
    )
    (claim,) = in_sentence(analyse(text), text, "Он предусматривает")
    assert claim.values("kind") == ["контракт"]


def test_a_document_the_subject_of_a_finite_in_force_verb_is_in_force(analyse: Analyse) -> None:
    text = "Между заводом и колледжем уже шесть лет действует договор о целевом обучении."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["договор"]
    assert claim.modality == Modality.FACT


def test_acting_on_the_grounds_of_a_document_is_no_claim_of_force(analyse: Analyse) -> None:
    text = "Фонд действует на основании устава и решения попечителей."
    assert agreements_of(analyse(text)) == []
