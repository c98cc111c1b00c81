"""Agreements told in speech and announcements, round 26 (measured on real excerpts kept
out of the repository): the one who tells of a signing ("X сообщил о подписании …", a
headline's "X: подписание …") is no signer; a negation on the telling verb ("не
исключает, что …") denies nothing of the document; a signing noun with a modal predicate
("подписание возможно") or in a purpose clause ("чтобы перейти к подписанию") is planned,
and so is a document under review; a date after "после" or the day of an ending is no
signing day — on sentences written for these tests, with near misses (a treaty only aimed
at, an agreement merely cited, a signer who signs)."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreement_kinds_and_modalities_in, agreements_of


def _roles(analyse: Analyse, text: str, role: str) -> list[list[str]]:
    return [claim.values(role) for claim in agreements_of(analyse(text))]


def test_the_teller_of_an_extension_is_no_signer(analyse: Analyse) -> None:
    text = "Вице-премьер Олег Мартынов сообщил о продлении газового соглашения."
    assert _roles(analyse, text, "signatories") == [[]]


def test_the_announcer_of_a_signing_is_no_signer(analyse: Analyse) -> None:
    text = "Губернатор Игорь Лаптев объявил о подписании соглашения с компанией «Стройресурс»."
    claims = agreements_of(analyse(text))
    assert [c.values("signatories") for c in claims] == [[]]
    assert "Стройресурс" in claims[0].values("parties")


def test_a_headline_speaker_is_no_signer_and_a_possible_signing_is_planned(
    analyse: Analyse,
) -> None:
    text = "Ковальчук: подписание протокола по транзиту возможно в марте\n\nТекст новости."
    claims = agreements_of(analyse(text))
    assert [(c.values("signatories"), c.modality) for c in claims] == [([], Modality.PLANNED)]


def test_a_signer_who_signs_stays(analyse: Analyse) -> None:
    # near miss: the name is the signing verb's own subject
    text = "Губернатор Игорь Лаптев подписал соглашение с компанией «Стройресурс»."
    assert _roles(analyse, text, "signatories") == [["Игорь Лаптев"]]


def test_a_denied_telling_does_not_negate_the_document(analyse: Analyse) -> None:
    text = (
        "Посол Виктор Зайцев не исключает, что соглашение о безвизовом режиме может быть "
        "подписано в апреле."
    )
    assert agreement_kinds_and_modalities_in(analyse, text) == [("соглашение", Modality.PLANNED)]


def test_a_signing_in_a_purpose_clause_is_planned(analyse: Analyse) -> None:
    text = "Мы хотим быстрее закрыть переговоры, чтобы перейти к подписанию соглашения."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("соглашение", Modality.PLANNED)]


def test_a_treaty_only_aimed_at_is_no_claim(analyse: Analyse) -> None:
    # near miss: no signing word holds the document in the purpose clause
    text = "Делегации работают, чтобы помочь сторонам найти путь к прочному мирному договору."
    assert agreement_kinds_and_modalities_in(analyse, text) == []


def test_a_document_under_review_is_planned(analyse: Analyse) -> None:
    text = "Протокол о поставках находится на рассмотрении у руководства министерства."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("протокол", Modality.PLANNED)]


def test_a_date_after_after_is_no_signing_day(analyse: Analyse) -> None:
    text = (
        "Эстония и Латвия подписали соглашение, продлевающее аренду порта "
        "после 2030 года на десять лет."
    )
    assert _roles(analyse, text, "signed_on") == [[]]


def test_an_ending_day_is_no_signing_day(analyse: Analyse) -> None:
    text = (
        "Договор был подписан в Риге 3 марта 1998 года. Ранее Вильнюс прекратил действие "
        "соглашения с Минском о рыболовстве."
    )
    claims = agreements_of(analyse(text))
    assert [(c.modality, c.values("signed_on")) for c in claims] == [
        (Modality.FACT, ["1998-03-03"]),
        (Modality.NEGATED, []),
    ]


def test_a_signing_day_stays(analyse: Analyse) -> None:
    # near miss: the date is the signing verb's own
    text = "Соглашение было подписано 12 мая 2024 года в Ташкенте."
    assert _roles(analyse, text, "signed_on") == [["2024-05-12"]]


def test_a_company_announcing_its_own_contract_stays_a_party(analyse: Analyse) -> None:
    # near miss: an organisation telling of its signing is a party
    text = "Компания «Северсталь» объявила о заключении контракта с заводом «Ижмаш»."
    parties = _roles(analyse, text, "parties")
    assert len(parties) == 1 and "Северсталь" in parties[0]


def test_a_person_promising_to_sign_signs(analyse: Analyse) -> None:
    # near miss: the doer of the promised signing is the one who promises
    text = "Президент Андрей Волков пообещал подписать договор о дружбе с Арменией."
    assert _roles(analyse, text, "signatories") == [["Андрей Волков"]]
