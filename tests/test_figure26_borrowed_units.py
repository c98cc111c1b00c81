"""figure26: an amount with a scale word and no noun of its own counts what the large count
before it in the sentence counts (crowd estimates, unemployment totals, budget lines) — on
sentences written for these tests, with near misses."""

from __future__ import annotations

from tests.conftest import Analyse, amounts_with_units


def test_a_rival_estimate_borrows_the_unit_of_the_count_before(analyse: Analyse) -> None:
    analysed = analyse(
        "По данным мэрии, на шествие вышли около 12 тысяч горожан, профсоюзы называют цифру в 30 тысяч."
    )
    assert amounts_with_units(analysed) == [(12e3, "горожанин"), (30e3, "горожанин")]


def test_a_total_after_a_change_borrows_the_unit_of_the_change(analyse: Analyse) -> None:
    analysed = analyse(
        "За март число пенсионеров в области выросло на 6 тыс. человек и достигло 1,214 млн."
    )
    assert amounts_with_units(analysed) == [(6e3, "человек"), (1.214e6, "человек")]


def test_a_budget_line_borrows_the_currency_before(analyse: Analyse) -> None:
    analysed = analyse("Доходы казны вырастут на 2,75 млрд рублей, расходы - на 3,1 млрд.")
    assert amounts_with_units(analysed) == [(2.75e9, "RUB"), (3.1e9, "RUB")]


def test_a_percentage_before_lends_no_unit(analyse: Analyse) -> None:
    analysed = analyse("Выручка сети выросла на 4,2% и составила 18 млрд.")
    assert amounts_with_units(analysed) == [(4.2, "%"), (18e9, "")]


def test_a_small_count_before_lends_no_unit(analyse: Analyse) -> None:
    analysed = analyse("Компания открыла 7 магазинов и вложила в них 450 млн.")
    assert amounts_with_units(analysed) == [(7.0, "магазин"), (450e6, "")]


def test_an_amount_hung_on_the_count_by_a_preposition_is_no_second_count(
    analyse: Analyse,
) -> None:
    analysed = analyse("Завод отгрузил 3 тыс. тракторов на 9 млрд.")
    assert amounts_with_units(analysed) == [(3e3, "трактор"), (9e9, "")]


def test_an_amount_before_a_quoted_word_borrows_nothing(analyse: Analyse) -> None:
    analysed = analyse("Ролик собрал 40 тыс. комментариев и 3 млн «репостов».")
    units = amounts_with_units(analysed)
    assert units[0] == (40e3, "комментарий")
    assert (3e6, "комментарий") not in units


def test_a_count_with_an_abbreviated_scale_after_a_preposition_keeps_its_noun(
    analyse: Analyse,
) -> None:
    analysed = analyse("За год население района сократилось на 14 тыс. человек.")
    assert amounts_with_units(analysed) == [(14e3, "человек")]


def test_a_number_after_a_preposition_before_a_subject_stays_elliptic(
    analyse: Analyse,
) -> None:
    analysed = analyse("Проверили 30 школ, в 9 учителя жаловались на зарплату.")
    assert amounts_with_units(analysed) == [(30.0, "школа"), (9.0, "школа")]


def test_a_sum_named_in_between_borrows_no_count_of_things(analyse: Analyse) -> None:
    analysed = analyse("В районе живут 80 тысяч человек, а его бюджет составит 6 млрд.")
    assert amounts_with_units(analysed) == [(80e3, "человек"), (6e9, "")]
