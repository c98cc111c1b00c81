"""Documents in business and treaty news (issue 16, agreement8): signatures put under a
contract, a document suspended or denounced, documents listed from a package signed
before, a right or an auction to conclude one, names about the document's subject and a
place that belongs to another clause — on sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreements_of


def test_signatures_put_under_a_contract_sign_it(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("Подписи под контрактом поставили директор завода Олег Смирнов и Ирина Белова.")
    )
    assert claims
    assert {"Олег Смирнов", "Ирина Белова"} <= set(claims[0].values("signatories"))


def test_a_suspended_agreement_is_negated_and_its_suspender_a_party(analyse: Analyse) -> None:
    (claim,) = agreements_of(
        analyse("Финляндия приостановила действие соглашения с Эстонией о морских перевозках.")
    )
    assert {"Финляндия", "Эстония"} <= set(claim.values("parties"))
    assert claim.modality == Modality.NEGATED


def test_documents_listed_from_a_signed_package(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse(
            "Во время визита премьера Вьетнама в Лаос стороны подписали восемь документов. "
            "Переговоры длились три часа. В их числе — конвенция об избежании двойного "
            "налогообложения."
        )
    )
    convention = [c for c in claims if c.values("kind") == ["конвенция"]]
    assert convention
    assert {"Вьетнам", "Лаос"} <= set(convention[0].values("parties"))


def test_an_auction_for_the_right_to_conclude_is_no_document(analyse: Analyse) -> None:
    assert not agreements_of(
        analyse(
            "Администрация Перми проведет аукцион на право заключения договора аренды "
            "причала на Каме."
        )
    )


def test_a_name_in_the_documents_subject_is_no_party(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse(
            "Правительство России подписало соглашение о разведке нефти на шельфе "
            "Карского моря с компанией «Новатэк»."
        )
    )
    assert claims
    parties = set(claims[0].values("parties"))
    assert "Карское море" not in parties
    assert "Новатэк" in parties


def test_free_trade_parties_after_between_hung_on_the_subject(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse("Вступило в силу соглашение о свободной торговле между Египтом и Индонезией.")
    )
    assert claims
    assert {"Египет", "Индонезия"} <= set(claims[0].values("parties"))


def test_a_place_of_saying_is_not_the_place_of_signing(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse(
            "В Белграде заявили, что готовы начать переговоры о заключении договора "
            "с Черногорией."
        )
    )
    assert claims
    assert not claims[0].values("place")
