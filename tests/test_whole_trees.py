"""Rules that met sentences whose heads now form one tree (nlp/spanning_tree.py): a clause
joined by "и" now hangs under the first as a conjunct, a speech verb after a told clause
as its parataxis, and relative clauses and "за счёт X" reach the words they always held.
Every sentence is written for the test."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, claims_of, deal_sides


def _initiatives(analyse: Analyse, text: str) -> list[tuple[str, Modality, list[str]]]:
    return [
        (" ".join(claim.values("kind")), claim.modality, claim.values("organisations"))
        for claim in claims_of(analyse(text), "initiative")
    ]


def test_a_joined_clause_keeps_its_own_tense_and_negation(analyse: Analyse) -> None:
    found = _initiatives(
        analyse, "Банк «Заря» не откажется от кредитования, и продолжится строительство моста."
    )
    assert [(kind, modality) for kind, modality, _ in found] == [("мост", Modality.PLANNED)]


def test_a_negated_launch_stays_negated(analyse: Analyse) -> None:
    found = _initiatives(analyse, "Компания «Вега» не построила склад в Орле.")
    assert [modality for _, modality, _ in found] in ([], [Modality.NEGATED])


def test_a_lender_backs_no_project_a_fund_does(analyse: Analyse) -> None:
    lent = _initiatives(analyse, "Терминал строится за счёт кредита банка «Прима».")
    assert all("Прима" not in organisations for _, _, organisations in lent)
    funded = _initiatives(analyse, "Терминал строится за счёт средств фонда «Опора».")
    assert any("Опора" in organisations for _, _, organisations in funded)


def test_a_company_whose_shares_a_side_holds_is_no_side(analyse: Analyse) -> None:
    text = (
        "Нефть в Сербию по-прежнему поставляет «Лукойл», которому принадлежит 60% акций "
        "местной сбытовой компании «Сербнафта»."
    )
    sides = deal_sides(analyse(text).claims)
    assert not any("Сербнафта" in parties for parties, _ in sides)
