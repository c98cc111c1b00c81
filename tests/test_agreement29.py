"""Initialled documents and the year a document covers, round 29 (measured on real
excerpts of general and international news kept out of the repository): a document the
sides initial ("парафировали контракт", "парафирован договор", "завизировали проект
протокола") has its text agreed but no signature yet, so it is planned (the convention of
the agreement26/27/29 annotations); a lone year after "на" ("подписали план на 2027 год")
is the year the document covers, its `valid_until`, not its signing day; a modal verb over a
passive signing ("могут быть подписаны соглашения …") plans the documents — on sentences
written for these tests, with near misses (a signing of an initialled document, a signing
year in the locative, a signing day beside the covered year)."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreement_kinds_and_modalities_in, agreements_of


def test_an_initialled_contract_is_planned(analyse: Analyse) -> None:
    text = "Ереван и Тбилиси парафировали генеральный контракт на строительство моста."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("контракт", Modality.PLANNED)]


def test_a_passive_initialling_is_planned(analyse: Analyse) -> None:
    text = "Вчера в Баку парафирован договор о морской границе."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("договор", Modality.PLANNED)]


def test_a_visaed_draft_is_planned(analyse: Analyse) -> None:
    text = "Вице-премьеры двух стран завизировали проект протокола о поставках зерна."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("протокол", Modality.PLANNED)]


def test_signing_an_initialled_agreement_is_a_fact(analyse: Analyse) -> None:
    # near miss: the signing word is nearer to the document than the initialled participle
    text = "Министры Армении и Грузии подписали парафированное в мае соглашение о транзите."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("соглашение", Modality.FACT)]


def test_a_year_after_na_is_the_covered_year_not_the_signing_day(analyse: Analyse) -> None:
    text = "Губернаторы Тверской и Псковской областей подписали план мероприятий на 2027 год."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("signed_on") == []
    assert claim.values("valid_until") == ["2027"]


def test_a_contract_for_a_year_has_no_year_as_its_subject(analyse: Analyse) -> None:
    text = "Завод и порт подписали контракт о перевалке угля на 2027 год."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("subject") == ["о перевалке угля"]
    assert claim.values("signed_on") == []
    assert claim.values("valid_until") == ["2027"]


def test_a_signing_day_beside_the_covered_year_is_kept(analyse: Analyse) -> None:
    # near miss: the day of signing is told too, and stays the signing day
    text = "Соглашение на 2027 год стороны подписали 5 марта 2026 года."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("signed_on") == ["2026-03-05"]
    assert claim.values("valid_until") == ["2027"]


def test_a_signing_year_in_the_locative_stays_the_signing_day(analyse: Analyse) -> None:
    # near miss: "в 2027 году" tells when, not for how long
    text = "Россия и Чили подписали соглашение о рыболовстве в 2027 году."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("signed_on") == ["2027"]
    assert claim.values("valid_until") == []


def test_the_covered_year_of_a_signing_before_is_no_signing_day(analyse: Analyse) -> None:
    # the year a plan covers does not carry over as the day of the next sentence's signing
    text = (
        "Губернаторы двух областей подписали план мероприятий на 2027 год. "
        "Соглашение о сотрудничестве подписали также министры культуры."
    )
    assert all(claim.values("signed_on") == [] for claim in agreements_of(analyse(text)))


def test_a_modal_over_a_passive_signing_plans_every_listed_document(analyse: Analyse) -> None:
    # the parser hangs "подписаны" on "могут" as its complement, the documents after it
    text = (
        "Кроме того, могут быть подписаны соглашения о воздушном сообщении, "
        "меморандумы о сотрудничестве в области туризма и спорта."
    )
    assert agreement_kinds_and_modalities_in(analyse, text) == [
        ("соглашение", Modality.PLANNED),
        ("меморандум", Modality.PLANNED),
    ]


def test_a_passive_signing_with_no_modal_is_a_fact(analyse: Analyse) -> None:
    # near miss: the past auxiliary, no modal verb
    text = "Кроме того, были подписаны меморандумы о сотрудничестве в области туризма и спорта."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("меморандум", Modality.FACT)]
