"""Figures in the shapes general news writes them (results of votes, victims of
incidents, audiences of web services, clock times): elliptic counts in enumerations, bare
scale words, "мск" — on sentences written for these tests, with near misses."""

from __future__ import annotations

from tests.conftest import Analyse, amounts_with_units


def test_a_count_after_a_list_dash_repeats_the_unit_before(analyse: Analyse) -> None:
    analysed = analyse(
        "Мэр получил 812 тысяч голосов, его соперник - более 240 тысяч, третий - около 95 тысяч."
    )
    assert amounts_with_units(analysed) == [
        (812e3, "голос"),
        (240e3, "голос"),
        (95e3, "голос"),
    ]


def test_a_count_before_a_spaced_hyphen_repeats_the_unit_before(analyse: Analyse) -> None:
    analysed = analyse("В больнице остаются 14 горняков, 6 - в реанимации.")
    assert amounts_with_units(analysed) == [(14.0, "горняк"), (6.0, "горняк")]


def test_a_count_as_the_subject_of_a_verb_repeats_the_unit_before(analyse: Analyse) -> None:
    analysed = analyse("При пожаре погибли 3 человека, 17 получили ожоги.")
    assert amounts_with_units(analysed) == [(3.0, "человек"), (17.0, "человек")]


def test_more_than_a_count_before_a_verb_repeats_the_unit(analyse: Analyse) -> None:
    analysed = analyse("По данным полиции, задержаны 40 человек, более 200 покинули площадь.")
    assert amounts_with_units(analysed) == [(40.0, "человек"), (200.0, "человек")]


def test_a_spelled_count_after_a_dash_repeats_the_unit_before(analyse: Analyse) -> None:
    analysed = analyse("Пятеро шахтеров в тяжелом состоянии, еще восемь — в состоянии средней тяжести.")
    assert amounts_with_units(analysed) == [(5.0, "шахтёр"), (8.0, "шахтёр")]


def test_a_lone_number_before_a_verb_with_no_count_before_is_no_figure(
    analyse: Analyse,
) -> None:
    analysed = analyse("Из Казани в 7 выехали автобусы с болельщиками.")
    assert amounts_with_units(analysed) == []


def test_a_hyphen_inside_a_range_is_not_a_list_dash(analyse: Analyse) -> None:
    analysed = analyse("Цех выпускает 40 станков в месяц, из них 5-6 на экспорт.")
    assert (40.0, "станок") in amounts_with_units(analysed)
    assert all(unit != "станок" or amount == 40.0 for amount, unit in amounts_with_units(analysed))


def test_a_bare_scale_word_counts_the_noun_after_it(analyse: Analyse) -> None:
    analysed = analyse("К вечеру у здания мэрии собралось около тысячи человек.")
    assert amounts_with_units(analysed) == [(1000.0, "человек")]


def test_a_scale_word_in_the_instrumental_counts_the_noun(analyse: Analyse) -> None:
    analysed = analyse("Видеосервис идет вторым с миллиардом зрителей.")
    assert amounts_with_units(analysed) == [(1e9, "зритель")]


def test_a_plural_scale_word_is_vague_and_no_figure(analyse: Analyse) -> None:
    analysed = analyse("Тысячи жителей остались без света, миллионы зрителей видели трансляцию.")
    assert amounts_with_units(analysed) == []


def test_a_scale_word_after_digits_stays_one_amount(analyse: Analyse) -> None:
    analysed = analyse("Сайт посетили 3,5 миллиона человек.")
    assert amounts_with_units(analysed) == [(3.5e6, "человек")]


def test_a_time_in_moscow_time_is_no_figure(analyse: Analyse) -> None:
    analysed = analyse("Самолет вылетел в 16.35 мск, на борту было 112 пассажиров.")
    assert amounts_with_units(analysed) == [(112.0, "пассажир")]


def test_a_dash_after_a_digit_is_no_list_dash(analyse: Analyse) -> None:
    analysed = analyse("Группа набрала 7 очков, разница мячей 12 – 3.")
    assert (3.0, "очко") not in amounts_with_units(analysed)
