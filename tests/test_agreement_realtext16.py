"""Documents in unselected news (issue 16, agreement16, measured on real excerpts kept out of
the repository): a bracketed abbreviation restating the document, a document named inside
another document's name, a reference word opening a list of papers, English wire reports
capitalising the noun, and a signing told with the future auxiliary — on sentences written
for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreements_of


def test_a_bracketed_abbreviation_is_the_same_memorandum(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("Kenya and Ghana on Monday signed a memorandum of understanding (MoU) on fisheries.")
    )
    assert [c.values("kind") for c in claims] == [["memorandum"]]


def test_a_capitalised_memorandum_in_a_wire_report_is_a_document(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("The presidents of Chile and Peru signed a Memorandum of Understanding in Lima.")
    )
    assert [c.values("kind") for c in claims] == [["memorandum"]]
    assert claims[0].modality == Modality.FACT


def test_capitalised_memoranda_and_an_mou_are_documents(analyse: Analyse) -> None:
    text = (
        "Norway and Iceland signed 12 Memoranda of Cooperation on Friday. "
        "The two ministries also signed a MOU on fishing quotas."
    )
    claims = agreements_of(analyse(text))
    assert [c.values("kind") for c in claims] == [["memorandum"], ["mou"]]


def test_a_body_named_after_a_treaty_is_no_document(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("The North Atlantic Treaty Organization signed a contract with the firm.")
    )
    assert [c.values("kind") for c in claims] == [["contract"]]


def test_a_road_map_carrying_out_a_memorandum_is_one_document(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("Делегации Тулы и Гродно подписали дорожную карту по выполнению меморандума о дружбе.")
    )
    assert [c.values("kind") for c in claims] == [["дорожная карта"]]


def test_a_protocol_amending_a_treaty_does_not_sign_the_treaty_again(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("Министры подписали протокол о внесении изменений в соглашение о торговле.")
    )
    assert [c.values("kind") for c in claims] == [["протокол"]]


def test_a_reference_word_opening_a_list_is_not_a_second_document(analyse: Analyse) -> None:
    text = "По итогам переговоров были подписаны следующие документы: договор о дружбе между Арменией и Ираном."
    claims = agreements_of(analyse(text))
    assert [c.values("kind") for c in claims] == [["договор"]]


def test_a_counted_reference_word_stays_a_document(analyse: Analyse) -> None:
    claims = agreements_of(analyse("Армения и Иран подписали в Ереване восемь документов."))
    assert [c.values("kind") for c in claims] == [["документ"]]


def test_a_contract_to_be_concluded_under_a_memorandum_stays_planned(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("Компании подписали меморандум, по которому они заключат контракт на поставку газа.")
    )
    kinds = [c.values("kind") for c in claims]
    assert ["меморандум"] in kinds and ["контракт"] in kinds


def test_a_signing_told_with_the_future_auxiliary_is_planned(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("Во время визита будет подписано соглашение о сотрудничестве между Орлом и Брестом.")
    )
    assert [c.modality for c in claims] == [Modality.PLANNED]


def test_a_signing_told_in_the_past_stays_a_fact(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("Во время визита было подписано соглашение о сотрудничестве между Орлом и Брестом.")
    )
    assert [c.modality for c in claims] == [Modality.FACT]


def test_agreements_a_memorandum_includes_are_its_content(analyse: Analyse) -> None:
    text = (
        "Chile and Peru signed a memorandum on trade on Monday. "
        "The memorandum includes agreements on customs and transport."
    )
    claims = agreements_of(analyse(text))
    assert [c.values("kind") for c in claims] == [["memorandum"], ["memorandum"]]


def test_one_contract_named_twice_in_a_sentence_is_one_claim(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("«Ротор» применил пункт в контракте и продлил контракт с защитником Ильёй Котовым.")
    )
    assert [c.values("kind") for c in claims] == [["контракт"]]


def test_two_contracts_set_apart_or_listed_stay_two(analyse: Analyse) -> None:
    text = "«Газпром» заключил с Китаем долгосрочный контракт, а разовый контракт «Газпром» подписал с Индией."
    claims = agreements_of(analyse(text))
    assert len(claims) == 2
    claims = agreements_of(analyse("«Газпром» подписал контракт с Китаем и контракт с Индией."))
    assert len(claims) == 2


def test_a_signing_the_sides_are_close_to_is_planned(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("«Ротор» и вратарь Павел Орлов близки к подписанию нового контракта.")
    )
    assert [c.modality for c in claims] == [Modality.PLANNED]
    claims = agreements_of(analyse("The club is close to signing a new contract with the striker."))
    assert [c.modality for c in claims] == [Modality.PLANNED]


def test_being_close_beside_a_signing_does_not_plan_it(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("The club has long been close to the player, and signed a contract with him.")
    )
    assert [c.modality for c in claims] == [Modality.FACT]


def test_documents_in_force_in_the_future_tense_stay_facts(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse(
            "Министр заявил, что соглашения о торговле с Японией будут действовать и после выборов."
        )
    )
    assert [c.modality for c in claims] == [Modality.FACT]
