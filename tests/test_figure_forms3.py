"""Figures against dates, names, ordinals and labels; national currencies and elliptic
counts — on sentences written for these tests."""

from __future__ import annotations

from tests.conftest import Analyse, amounts_with_units


def test_a_clock_time_is_not_a_figure(analyse: Analyse) -> None:
    analysed = analyse("В 14:45 были задержаны 300 пассажиров.")
    assert amounts_with_units(analysed) == [(300.0, "пассажир")]


def test_a_number_in_a_designation_is_not_a_figure(analyse: Analyse) -> None:
    analysed = analyse("Ракета Ангара-5 вывела на орбиту спутник Гонец-17 весом 280 кг.")
    assert amounts_with_units(analysed) == [(280.0, "кг")]


def test_an_ordinal_in_digits_is_not_a_figure(analyse: Analyse) -> None:
    analysed = analyse("На 12-й фестиваль приехали 40 оркестров.")
    assert amounts_with_units(analysed) == [(40.0, "оркестр")]


def test_a_number_inside_a_title_after_a_noun_is_not_a_figure(analyse: Analyse) -> None:
    analysed = analyse(
        "Автор пособия «Химия на кухне: 50 простых опытов» продал 8 тысяч экземпляров."
    )
    assert amounts_with_units(analysed) == [(8000.0, "экземпляр")]


def test_the_counted_noun_past_determiners_adverbs_and_conjunctions(analyse: Analyse) -> None:
    analysed = analyse(
        "Банк выдал 900 таких кредитов, а на площадь пришли 300 очень шумных и весёлых студентов."
    )
    assert amounts_with_units(analysed) == [(900.0, "кредит"), (300.0, "студент")]


def test_a_number_before_an_adverb_counts_nothing(analyse: Analyse) -> None:
    analysed = analyse("Счёт стал 3 потом, и судья остановил игру.")
    assert amounts_with_units(analysed) == []


def test_a_count_after_a_demonstrative_is_a_reference(analyse: Analyse) -> None:
    analysed = analyse("Эти три проекта получат по пять грантов.")
    assert amounts_with_units(analysed) == [(5.0, "грант")]


def test_a_currency_named_with_its_country(analyse: Analyse) -> None:
    analysed = analyse(
        "Выручка составила 40 млн канадских долларов. Прибыль выросла до 6 млн долларов. "
        "Фирма заплатила 2 тысячи кипрских фунтов пошлины."
    )
    assert amounts_with_units(analysed) == [(40e6, "CAD"), (6e6, "CAD"), (2000.0, "CYP")]


def test_an_elliptic_count_takes_the_unit_before_it(analyse: Analyse) -> None:
    analysed = analyse(
        "Из Казани пришло 420 писем, 315 — из Перми. Вчера задержали 80 человек (утром "
        "говорили о 50-ти)."
    )
    assert amounts_with_units(analysed) == [
        (420.0, "письмо"),
        (315.0, "письмо"),
        (80.0, "человек"),
        (50.0, "человек"),
    ]


def test_a_game_tally_in_signs_is_not_an_elliptic_count(analyse: Analyse) -> None:
    analysed = analyse("Команда набрала 9 очков (+4 – 1 = 1).")
    assert amounts_with_units(analysed) == [(9.0, "очко")]


def test_a_bare_amount_counts_what_its_number_noun_names(analyse: Analyse) -> None:
    analysed = analyse("Число подписчиков канала превысило 2 миллиона.")
    figures = {
        (claim.values("quantity")[0], claim.values("unit")[0])
        for claim in analysed.claims
        if claim.type == "figure"
    }
    assert figures == {("2000000", "подписчик")}
