"""figure28: forms left by figure27 in number-dense news — a four-digit count from 1900 to
2099 with a counted noun is a figure, not a year; "шт." is a unit; a kind adjective the
tagger takes for a noun ("с 7 золотыми, …") joins its kind list; fractions written as words
are shares. Sentences written for these tests, each rule with near misses that stay dates
or ordinals."""

from __future__ import annotations

from tests.conftest import Analyse, amounts_with_units


def test_a_year_like_number_counting_a_noun_is_a_figure(analyse: Analyse) -> None:
    analysed = analyse("За всю историю клуб провёл 2034 матча в высшей лиге.")
    assert amounts_with_units(analysed) == [(2034.0, "матч")]


def test_a_year_like_count_after_an_approximation_is_a_figure(analyse: Analyse) -> None:
    analysed = analyse("На митинг вышли около 1960 горожан.")
    assert amounts_with_units(analysed) == [(1960.0, "горожанин")]


def test_a_year_like_count_ending_in_one_takes_the_singular(analyse: Analyse) -> None:
    analysed = analyse("Кандидат от партии набрал 2041 голос.")
    assert amounts_with_units(analysed) == [(2041.0, "голос")]


def test_a_year_with_its_word_stays_a_date(analyse: Analyse) -> None:
    analysed = analyse("Завод в 2017 году выпустил 48 тысяч тонн стали.")
    assert amounts_with_units(analysed) == [(48000.0, "тонна")]


def test_a_year_before_a_subject_stays_a_date(analyse: Analyse) -> None:
    analysed = analyse("В 2018 фермеры собрали 12 тысяч тонн риса.")
    assert amounts_with_units(analysed) == [(12000.0, "тонна")]


def test_a_year_range_and_a_decade_stay_dates(analyse: Analyse) -> None:
    analysed = analyse("С 1996 по 2004 год и в 1980-х годах посевы не росли.")
    assert amounts_with_units(analysed) == []


def test_a_year_before_a_genitive_after_a_time_preposition_stays_a_date(
    analyse: Analyse,
) -> None:
    analysed = analyse("С 2021 компании обязаны сдавать отчеты, сообщили в налоговой.")
    assert amounts_with_units(analysed) == []


def test_pieces_abbreviated_are_a_unit(analyse: Analyse) -> None:
    analysed = analyse("За квартал склад отгрузил 614 207 шт. плитки.")
    assert amounts_with_units(analysed) == [(614207.0, "штука")]


def test_pieces_after_a_scale_are_a_unit(analyse: Analyse) -> None:
    analysed = analyse("Выпуск тракторов составил 3,6 тыс. шт., на 12% меньше.")
    assert amounts_with_units(analysed) == [(3600.0, "штука"), (12.0, "%")]


def test_a_kind_tagged_as_a_noun_joins_its_list(analyse: Analyse) -> None:
    analysed = analyse("Третьими стали финны с 7 золотыми, 4 серебряными и 6 бронзовыми медалями.")
    assert amounts_with_units(analysed) == [(7.0, "медаль"), (4.0, "медаль"), (6.0, "медаль")]


def test_a_single_kind_with_its_noun_keeps_the_noun(analyse: Analyse) -> None:
    analysed = analyse("Команда вернулась домой с 9 золотыми медалями.")
    assert amounts_with_units(analysed) == [(9.0, "медаль")]


def test_a_fraction_with_a_numerator_word_is_a_share(analyse: Analyse) -> None:
    analysed = analyse("За сутки выпала одна пятая часть месячной нормы осадков.")
    assert amounts_with_units(analysed) == [(0.2, "share")]


def test_a_plural_fraction_is_a_share_not_a_count(analyse: Analyse) -> None:
    analysed = analyse("На ремонт дорог ушли три десятых бюджета района.")
    assert amounts_with_units(analysed) == [(0.3, "share")]


def test_an_ordinal_part_of_people_is_a_share(analyse: Analyse) -> None:
    analysed = analyse("Пятая часть опрошенных назвала цены главной бедой.")
    assert amounts_with_units(analysed) == [(0.2, "share")]


def test_an_ordinal_without_a_part_word_stays_out(analyse: Analyse) -> None:
    analysed = analyse("Пятая глава отчета посвящена экологии.")
    assert amounts_with_units(analysed) == []


def test_a_part_of_a_titled_series_stays_out(analyse: Analyse) -> None:
    analysed = analyse("Третья часть «Звездного пути» вышла в прокат.")
    assert amounts_with_units(analysed) == []
