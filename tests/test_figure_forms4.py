"""Figures in the shapes real economy and incident news writes them: amounts in two
scales, rates with a slash, elliptic counts after a preposition, collective numerals and
multiples — on sentences written for these tests."""

from __future__ import annotations

from tests.conftest import Analyse, amounts_with_units


def test_an_amount_in_two_scales_is_one_figure(analyse: Analyse) -> None:
    analysed = analyse("Расходы района выросли на 4 млрд 215,3 млн. рублей, доходы — на 12 млн.")
    assert amounts_with_units(analysed)[0] == (4215.3e6, "RUB")
    assert len(amounts_with_units(analysed)) == 2


def test_thousands_under_millions_add_up(analyse: Analyse) -> None:
    analysed = analyse("Ремонт школы обошёлся в 2 млн 300 тыс. рублей.")
    assert amounts_with_units(analysed) == [(2.3e6, "RUB")]


def test_the_unit_of_a_rate_is_the_abbreviation_before_the_slash(analyse: Analyse) -> None:
    analysed = analyse("Хозяйства собрали по 31,4 ц/га, а комбайны шли со скоростью 9 км/ч.")
    assert amounts_with_units(analysed) == [(31.4, "ц"), (9.0, "км")]


def test_a_number_after_a_preposition_before_a_subject_repeats_the_count(
    analyse: Analyse,
) -> None:
    analysed = analyse("Молоко подешевело в 18 областях, в 5 цены выросли.")
    assert amounts_with_units(analysed) == [(18.0, "область"), (5.0, "область")]


def test_a_lone_number_after_a_preposition_with_no_count_before_is_dropped(
    analyse: Analyse,
) -> None:
    analysed = analyse("В 9 тарифы остались прежними.")
    assert amounts_with_units(analysed) == []


def test_collective_numerals_without_a_noun_count_people(analyse: Analyse) -> None:
    analysed = analyse("При пожаре на складе пострадали четверо, двоих увезли в больницу.")
    assert amounts_with_units(analysed) == [(4.0, "человек"), (2.0, "человек")]


def test_a_collective_numeral_before_a_noun_counts_that_noun(analyse: Analyse) -> None:
    analysed = analyse("В пятницу шестеро шахтёров поднялись на поверхность.")
    assert amounts_with_units(analysed) == [(6.0, "шахтёр")]


def test_adverbs_of_a_multiple_are_a_number_of_times(analyse: Analyse) -> None:
    analysed = analyse("Экспорт леса вырос почти втрое, а импорт мебели сократился вдвое.")
    assert amounts_with_units(analysed) == [(3.0, "раз"), (2.0, "раз")]


def test_one_and_a_half_in_words(analyse: Analyse) -> None:
    analysed = analyse("Пенсии выросли в полтора раза, фонд потратил полтора миллиона евро.")
    assert amounts_with_units(analysed) == [(1.5, "раз"), (1.5e6, "EUR")]


def test_an_abbreviated_unit_is_the_unit_whatever_noun_follows(analyse: Analyse) -> None:
    analysed = analyse(
        "Порт перевалил 3 тыс. т зерна, склад занял 12 тыс. кв. м, а лесхоз сдал 40 тыс. "
        "куб. м древесины."
    )
    assert amounts_with_units(analysed) == [(3000.0, "т"), (12000.0, "кв. м"), (40000.0, "куб. м")]


def test_a_short_unit_does_not_take_the_start_of_a_longer_word(analyse: Analyse) -> None:
    analysed = analyse("Завод выпустил 5 тонн стали и 7 мешков муки.")
    assert amounts_with_units(analysed) == [(5.0, "тонна"), (7.0, "мешок")]


def test_hryvnias_yen_and_zlotys_are_currencies(analyse: Analyse) -> None:
    analysed = analyse(
        "Ущерб составил 20 млн гривен, банк занял 3 млрд иен, а фирма заплатила 900 злотых."
    )
    assert amounts_with_units(analysed) == [(20e6, "UAH"), (3e9, "JPY"), (900.0, "PLN")]


def test_a_bare_remainder_and_kopecks_belong_to_the_amount(analyse: Analyse) -> None:
    analysed = analyse("Средняя пенсия в районе составила 14 тысяч 380 рублей 45 копеек.")
    assert amounts_with_units(analysed) == [(14380.45, "RUB")]


def test_a_part_of_a_count_has_the_count_s_unit(analyse: Analyse) -> None:
    analysed = analyse(
        "На вокзале задержали 52 болельщика, восемь из которых оштрафованы, 15 из них — подростки."
    )
    assert amounts_with_units(analysed) == [
        (52.0, "болельщик"),
        (8.0, "болельщик"),
        (15.0, "болельщик"),
    ]


def test_a_fraction_in_digits_is_a_share(analyse: Analyse) -> None:
    analysed = analyse("Решение поддержали 2/3 членов совета.")
    assert amounts_with_units(analysed) == [(2 / 3, "share")]


def test_a_range_is_one_figure_and_a_change_is_two(analyse: Analyse) -> None:
    analysed = analyse("Надбавка составит от 4% до 9% оклада, а ставка выросла с 7% до 7,5%.")
    assert amounts_with_units(analysed) == [(9.0, "%"), (7.0, "%"), (7.5, "%")]


def test_a_day_with_an_abbreviated_month_is_a_date(analyse: Analyse) -> None:
    analysed = analyse("КАЗАНЬ, 17 окт — Тарифы на проезд выросли на 6%.")
    assert amounts_with_units(analysed) == [(6.0, "%")]


def test_square_metres_spelled_after_the_abbreviation(analyse: Analyse) -> None:
    analysed = analyse("Огонь охватил 640 кв. метров кровли.")
    assert amounts_with_units(analysed) == [(640.0, "кв. м")]
