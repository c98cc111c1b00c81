"""A deal in force or running for a term, round 30 (measured on real excerpts of general
and international news kept out of the repository): "сделка" names a signed document only
where a signing word holds it (agreement23); it is one also when it runs for a term
("срок действия сделки истекает"), is in force through a relative clause ("сделка,
которая будет действовать до …"), or is extended ("пролонгация сделки"), and a "Соглашение"
restating such a deal next carries on — on sentences written for these tests, with near
misses (a purchase deal, a deal's sum, a company acting within a deal, an agreement only
discussed or refused, and a meeting the sides agree to hold)."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreement_kinds_and_modalities_in, agreements_of


def test_a_deal_that_will_be_in_force_is_an_agreement(analyse: Analyse) -> None:
    text = (
        "Страны-производители газа сократят экспорт в рамках новой сделки, которая будет "
        "действовать до марта 2031 года."
    )
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["сделка"]
    assert claim.modality == Modality.FACT
    assert claim.values("valid_until") == ["2031-03"]


def test_a_deal_with_a_term_of_running_is_an_agreement(analyse: Analyse) -> None:
    text = "Срок действия транзитной сделки истекает 5 декабря."
    assert [kind for kind, _ in agreement_kinds_and_modalities_in(analyse, text)] == ["сделка"]


def test_a_prolonged_deal_is_an_agreement(analyse: Analyse) -> None:
    text = "МИД Норвегии подтвердил пролонгацию рыбной сделки."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("сделка", Modality.FACT)]


def test_the_agreement_restating_a_running_deal_is_claimed(analyse: Analyse) -> None:
    text = (
        "Страны-экспортеры угля сократят поставки в рамках сделки, которая будет действовать "
        "до осени. Соглашение предусматривает, что поставки упадут на треть."
    )
    kinds = [claim.values("kind") for claim in agreements_of(analyse(text))]
    assert kinds == [["сделка"], ["соглашение"]]


def test_a_purchase_deal_is_no_agreement(analyse: Analyse) -> None:
    # near misses: a transaction, its closing and its sum have no term of running
    for text in (
        "Холдинг закрыл сделку по покупке завода в Перми.",
        "Сделка по продаже акций банка будет закрыта в марте.",
        "Эксперты оценили сумму сделки в 3 млрд рублей.",
    ):
        assert agreements_of(analyse(text)) == [], text


def test_a_company_acting_within_a_deal_is_no_agreement(analyse: Analyse) -> None:
    # near miss: the relative clause of being in force is the company's, not the deal's
    text = "Компания, которая будет действовать в рамках сделки, получила лицензию."
    assert agreements_of(analyse(text)) == []


def test_an_agreement_only_discussed_is_planned(analyse: Analyse) -> None:
    text = "Министры Чили и Перу обсудили проект соглашения о рыболовстве."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("соглашение", Modality.PLANNED)]


def test_a_refused_agreement_is_negated(analyse: Analyse) -> None:
    text = "Парагвай отказался подписать соглашение о свободной торговле с Боливией."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("соглашение", Modality.NEGATED)]


def test_agreeing_to_meet_is_no_agreement(analyse: Analyse) -> None:
    text = "Главы МИД Чили и Перу договорились встретиться в мае в Лиме."
    assert agreements_of(analyse(text)) == []
