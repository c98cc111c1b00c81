"""Round 58: an owner acting through a company ("«X» через компанию «W» владеет 40 % Y",
"«X» в лице 100 % дочерней компании «W» купила Y"): W holds Y itself, and X holds W when the
text calls W its subsidiary. The sentences are my own; the near misses are the state's agent
("РФ в лице Росимущества"), a management company, a plan and a vehicle with no name."""

from __future__ import annotations

from tests.conftest import Analyse, held_pair_stems


def test_a_subsidiary_acted_through_holds_what_was_bought(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Компания «Орбита» в лице 100-процентной дочерней компании ООО «Зенит-Плюс» купила "
        "завод «Факел»."
    ))  # fmt: skip
    assert ("Зени", "Факе") in pairs
    assert ("Орби", "Зени") in pairs
    assert ("Орби", "Факе") in pairs


def test_a_subsidiary_structure_without_a_possessive(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Концерн «Радуга» через дочернюю структуру «Север-Инвест» владеет 30 % акций банка "
        "«Пирамида»."
    ))  # fmt: skip
    assert ("Севе", "Пира") in pairs
    assert ("Раду", "Севе") in pairs


def test_a_company_held_through_is_not_called_a_subsidiary(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Холдинг «Меридиан» через компанию «Бриз Капитал» владеет 40 % акций порта «Восточный»."
    ))  # fmt: skip
    assert ("Бриз", "Вост") in pairs
    assert ("Мери", "Бриз") not in pairs


def test_the_state_agent_is_no_holder_of_its_own(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Российская Федерация в лице Росимущества владеет 60 % акций банка «Пирамида»."
    ))  # fmt: skip
    assert ("Роси", "Пира") not in pairs


def test_a_management_company_holds_nothing(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Бизнесмен Павел Громов через управляющую компанию «Лидер-Траст» контролирует холдинг "
        "«Пирамида»."
    ))  # fmt: skip
    assert ("Лиде", "Пира") not in pairs


def test_a_planned_purchase_through_a_subsidiary_is_no_holding(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Компания «Орбита» через дочернюю компанию «Зенит-Плюс» намерена купить завод «Факел»."
    ))  # fmt: skip
    assert ("Зени", "Факе") not in pairs
