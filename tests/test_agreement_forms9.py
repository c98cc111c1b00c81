"""Documents in treaty, court and supply news (issue 16, agreement9): a state announcing
it leaves a document, a parliament or a court approving one between others, talks on a
document to come, a document restated by its terms under another kind's name, and people
signing for "the two countries" — on sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreements_of


def test_announcing_an_exit_makes_the_announcer_a_party(analyse: Analyse) -> None:
    (claim,) = agreements_of(
        analyse("Латвия заявила о выходе из договора с Белоруссией о транзите грузов.")
    )
    assert "Латвия" in claim.values("parties")
    assert claim.modality == Modality.NEGATED


def test_a_ratifying_parliament_is_not_a_party(analyse: Analyse) -> None:
    (claim,) = agreements_of(
        analyse("Сейм ратифицировал соглашение между Польшей и Украиной о пунктах пропуска.")
    )
    assert set(claim.values("parties")) == {"Польша", "Украина"}


def test_a_court_approving_a_settlement_is_not_a_party(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse(
            "Арбитражный суд утвердил мировое соглашение между банком «Восход» и «Тверьстроем»."
        )
    )
    assert claims
    parties = set(claims[0].values("parties"))
    assert parties and not any("суд" in party.lower() for party in parties)


def test_talks_on_concluding_a_treaty_plan_it(analyse: Analyse) -> None:
    (claim,) = agreements_of(
        analyse(
            "Чехия и Словакия готовы приступить к переговорам о заключении договора о "
            "железных дорогах."
        )
    )
    assert claim.modality == Modality.PLANNED


def test_terms_of_a_contract_restated_as_a_treaty_keep_its_parties(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse(
            "Завод «Искра» заключил контракт с компанией «Сибуголь» на поставку угля. "
            "По условиям договора поставщик будет привозить 40 вагонов в неделю."
        )
    )
    assert len(claims) == 2
    assert {"Искра", "Сибуголь"} <= set(claims[1].values("parties"))
    assert claims[1].modality == Modality.FACT


def test_terms_of_no_document_signed_before_give_no_claim(analyse: Analyse) -> None:
    assert not agreements_of(analyse("По условиям договора арендатор будет платить раз в месяц."))


def test_ministers_of_the_two_countries_sign_for_the_countries(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse(
            "Армения и Грузия договорились упростить пересечение границы. "
            "Протокол об этом подписали в Тбилиси министры двух стран."
        )
    )
    assert claims
    assert {"Армения", "Грузия"} <= set(claims[-1].values("parties"))
