"""figure31: a total followed by a dash and a smaller part ("27 медалей - 11 золотых") is no
range, so the total stays; a two-letter noun abbreviation after a number ("58,3 тыс ИП",
"17 ДК") is what the number counts, but not a code after an article number ("ст. 158 УК
РФ") nor a named body or place ("ЕС"). Sentences written for these tests, with near misses."""

from __future__ import annotations

from tests.conftest import Analyse, amounts_with_units


def test_a_total_before_a_dash_and_its_parts_is_kept(analyse: Analyse) -> None:
    analysed = analyse("Сборная Норвегии набрала 27 медалей - 11 золотых, 9 серебряных и 7 бронзовых.")
    assert amounts_with_units(analysed) == [
        (27.0, "медаль"),
        (11.0, "медаль"),
        (9.0, "медаль"),
        (7.0, "медаль"),
    ]


def test_a_total_of_people_before_a_dash_and_a_part_is_kept(analyse: Analyse) -> None:
    analysed = analyse("Из всех участников форума - 340 человек - 125 выступили с докладами.")
    assert (340.0, "человек") in amounts_with_units(analysed)


def test_an_ascending_dash_range_is_still_one_figure(analyse: Analyse) -> None:
    analysed = analyse("Цены на жилье выросли на 6%-9% за год.")
    assert amounts_with_units(analysed) == [(9.0, "%")]


def test_an_ascending_from_to_range_is_still_one_figure(analyse: Analyse) -> None:
    analysed = analyse("Зарплаты поднимут от 4% до 8% в зависимости от должности.")
    assert amounts_with_units(analysed) == [(8.0, "%")]


def test_a_two_letter_abbreviation_after_a_scale_is_the_unit(analyse: Analyse) -> None:
    analysed = analyse("За полгода в крае закрылись 58,3 тыс ИП, открылись 41 тыс. компаний.")
    assert amounts_with_units(analysed)[0] == (58300.0, "ип")


def test_a_two_letter_abbreviation_after_a_count_is_the_unit(analyse: Analyse) -> None:
    analysed = analyse("За пять лет в области отремонтировали 17 ДК и 9 библиотек.")
    assert amounts_with_units(analysed) == [(17.0, "дк"), (9.0, "библиотека")]


def test_a_bare_scaled_amount_after_a_two_letter_count_borrows_it(analyse: Analyse) -> None:
    analysed = analyse("Тогда закрывались по 3–5 тысяч ИП в месяц, а сейчас по 1–2 тысячи.")
    assert amounts_with_units(analysed) == [(5000.0, "ип"), (2000.0, "ип")]


def test_an_article_of_a_code_is_no_count(analyse: Analyse) -> None:
    analysed = analyse("Дело возбуждено по ст. 158 УК РФ, а также по статье 14 ФЗ о рекламе.")
    assert amounts_with_units(analysed) == []


def test_a_named_body_abbreviation_is_no_unit(analyse: Analyse) -> None:
    analysed = analyse("Закон поддержали 19 ЕС стран из 27.")
    assert (19.0, "ес") not in amounts_with_units(analysed)


def test_a_lower_case_two_letter_word_is_no_unit(analyse: Analyse) -> None:
    analysed = analyse("Из 12 по три команды выходят в финал.")
    assert all(unit != "по" for _, unit in amounts_with_units(analysed))


def test_a_bare_amount_after_a_count_word_counts_its_noun(analyse: Analyse) -> None:
    analysed = analyse(
        "К лету число работающих фермеров упало до 20,5 тысячи (до кризиса их было 24 тысячи)."
    )
    assert amounts_with_units(analysed) == [(20500.0, "фермер"), (24000.0, "фермер")]


def test_a_bare_amount_after_a_count_of_an_abbreviation_counts_it(analyse: Analyse) -> None:
    analysed = analyse("Общее число ИП за квартал составило 41,2 тыс., превысив прошлый год.")
    assert amounts_with_units(analysed) == [(41200.0, "ип")]


def test_a_count_word_with_no_noun_lends_nothing(analyse: Analyse) -> None:
    analysed = analyse("По прогнозу, их число вырастет еще на 1,4 миллиона.")
    assert all(unit == "" for _, unit in amounts_with_units(analysed))


def test_an_article_number_after_a_count_word_is_no_count(analyse: Analyse) -> None:
    analysed = analyse("Количество осужденных по статье 228 выросло.")
    assert amounts_with_units(analysed) == []
