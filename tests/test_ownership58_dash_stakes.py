"""Round 58: a stake list with its verb left out altogether ("Контрольный пакет (51 %) – у
«A», а 49 % – у «B»"): the holder after the dash owns the company named in the stake, else
the one company the sentence before names. The sentences are my own; the near misses are a
figure that is no stake ("рост – у магазина"), two companies before (which is meant is
unsaid) and a stake list after the claim of a beneficiary (the beneficiary's company is not
what the stake is in)."""

from __future__ import annotations

from tests.conftest import Analyse, held_pair_stems


def test_a_verbless_stake_list_owns_the_company_told_before(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Завод «Северный литейщик» остаётся в руках двух хозяев. Контрольный пакет акций "
        "(51 процент) – у компании «Альтаир», а 49 процентов – у фонда «Вега»."
    ))  # fmt: skip
    assert ("Альт", "Севе") in pairs
    assert ("Вега", "Севе") in pairs


def test_a_list_of_holders_after_a_colon(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Капитал банка «Орион» изменился. В итоге пакет был разделён: 6 % акций — у компании "
        "«Денеб», 3 % — у фонда «Ригель»."
    ))  # fmt: skip
    assert ("Дене", "Орио") in pairs
    assert ("Риге", "Орио") in pairs


def test_the_company_named_in_the_stake(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse("Известно, что 51 % акций завода «Кедр» – у холдинга «Лотос»."))
    assert ("Лото", "Кедр") in pairs


def test_a_figure_that_is_no_stake_holds_nothing(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Выручка сети «Кедр» выросла на 12 %. Самый большой рост – у магазина «Лотос»."
    ))  # fmt: skip
    assert not any(owner == "Лото" for owner, _ in pairs)


def test_two_companies_before_leave_the_stake_unplaced(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Компании «Альтаир» и «Полюс» обменялись пакетами акций. 40 % – у фонда «Вега»."
    ))  # fmt: skip
    assert not any(owner == "Вега" for owner, _ in pairs)


def test_a_stake_after_a_beneficiary_is_not_in_his_company(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Пакет был разбит: 4 % акций ушло компании «Парус», бенефициаром которой является "
        "Олег Рябов; 3 % акций – у фонда «Сокол»."
    ))  # fmt: skip
    assert ("Соко", "Пару") not in pairs
