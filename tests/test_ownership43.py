"""Round 43: a stake with no company of its own in its clause ("Ещё 6 % находится у банка
Y", "Y владеет 35 %") is in the company whose stake was told just before, in the sentence
before even when no claim was read there; a left-out verb after any dash ("–", "-", not
only "—") gives another owner. The sentences are my own."""

from __future__ import annotations

from tests.conftest import Analyse, ownership_pairs


def test_held_stake_after_a_transfer_sentence(analyse: Analyse) -> None:
    text = (
        "Губернатор подписал указ о передаче корпорации «Техмаш» 80% акций ПАО «Уралприбор». "
        "Еще 6% находится у Газпромбанка."
    )
    assert ("Газпромбанк", "Уралприбор") in ownership_pairs(analyse, text)


def test_owning_verb_with_a_bare_stake_takes_the_company_told_before_the_colon(
    analyse: Analyse,
) -> None:
    text = (
        "Доля государства в акциях «Энергосбыта» составляет 40%: "
        "Росимущество владеет 35%, еще 5% – у Сбербанка."
    )
    pairs = ownership_pairs(analyse, text)
    assert ("Росимущество", "Энергосбыт") in pairs
    assert ("Сбербанк", "Энергосбыт") in pairs


def test_elided_owner_after_a_hyphen(analyse: Analyse) -> None:
    text = "Компания «Альтаир» на 30% принадлежит фонду «Вектор», а на 20% - кипрской фирме «Орион»."
    pairs = ownership_pairs(analyse, text)
    assert ("Вектор", "Альтаир") in pairs
    assert ("Орион", "Альтаир") in pairs


def test_elided_holder_after_an_en_dash_with_owning_verb(analyse: Analyse) -> None:
    text = "Фонд «Вектор» владеет 60% «Альфы», остальные 40% – у банка «Берег»."
    assert ("Берег", "Альфа") in ownership_pairs(analyse, text)


def test_bare_stake_with_no_stake_told_before_stays_silent(analyse: Analyse) -> None:
    text = "Компания «Лотос» открыла склад в Твери. Компания «Лотос» владеет 15%."
    assert not ownership_pairs(analyse, text)
