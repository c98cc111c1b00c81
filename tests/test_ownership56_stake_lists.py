"""Round 56: a stake list whose second holder is told with the verb left out ("A принадлежит
38 % акций, ещё 9 % — у B") when the company the stakes are in is named a sentence before,
and a holder of a stake of no named company after a sentence that names none ("… акций ПАО
«X». Эти акции принадлежали банку; 6 % находится у Y"). The sentences are my own; the near
misses are the same list with the company named in the sentence itself, a planned list, and
the holder of the elided clause, which must never become the property."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, held_pair_stems, pair_stem_modalities


def test_an_elided_holder_is_an_owner_of_the_company_told_before(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Основной акционер АО «Радуга-ТВ» — государство. Минэкономразвития принадлежит 41,3% "
        "акций, еще 7,2% — у ФГУП «Телеком-Связь»."
    ))  # fmt: skip
    assert {("Минэ", "Раду"), ("Теле", "Раду")} <= pairs
    assert ("Минэ", "Теле") not in pairs  # the elided clause's holder is no property


def test_a_stake_of_a_bare_trade_noun_with_an_elided_holder(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Основной акционер АО «Радуга-ТВ» — государство. Минэкономразвития принадлежит 41,3% "
        "телекомпании, еще 7,2% — у ФГУП «Телеком-Связь»."
    ))  # fmt: skip
    assert ("Теле", "Раду") in pairs
    assert ("Минэ", "Теле") not in pairs


def test_a_holder_after_a_sentence_that_names_no_company(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Губернатор подписал распоряжение о передаче фонду «Развитие» 88% акций ПАО «Уралтрубмаш». "
        "Эти акции принадлежали области; 7,4% находится у банка «Камский»."
    ))  # fmt: skip
    assert ("Камс", "Урал") in pairs


def test_the_company_named_in_the_list_itself(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Минэкономразвития принадлежит 41,3% акций АО «Радуга-ТВ», еще 7,2% — у ФГУП "
        "«Телеком-Связь»."
    ))  # fmt: skip
    assert {("Минэ", "Раду"), ("Теле", "Раду")} <= pairs


def test_a_planned_stake_list_is_no_fact(analyse: Analyse) -> None:
    found = pair_stem_modalities(analyse(
        "Основной акционер АО «Радуга-ТВ» — государство. После сделки Минэкономразвития будет "
        "принадлежать 41,3% акций, еще 7,2% — у ФГУП «Телеком-Связь»."
    ))  # fmt: skip
    assert found.get(("Минэ", "Раду")) in {None, Modality.PLANNED}
    assert ("Минэ", "Теле") not in found
