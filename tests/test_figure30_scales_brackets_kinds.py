"""figure30: a sentence is not cut after an abbreviated scale before the abbreviation it
counts ("48,2 тыс. ДТП"); a bare amount alone in brackets after a name repeats the count of
its sentence ("Renault (211,5 тыс.)"); a single kind with no noun ("в том числе 6 бронзовых")
right after the count it splits counts what that count counts. Sentences written for these tests, with near misses."""

from __future__ import annotations

from concord.nlp.sentences import split_sentences
from tests.conftest import Analyse, amounts_with_units


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_an_abbreviated_scale_before_a_counted_abbreviation_stays_in_its_sentence() -> None:
    text = "За год в области случилось 48,2 тыс. ДТП, в них пострадали 9 тыс. человек."
    assert _sentences(text) == [text]


def test_a_hyphenated_abbreviation_after_a_scale_stays_in_its_sentence() -> None:
    text = "В стране выявлено 31,7 тыс. ВИЧ-положительных за полгода."
    assert _sentences(text) == [text]


def test_a_body_after_a_scale_opens_the_next_sentence() -> None:
    text = "Численность выросла на 12 тыс. МЧС сообщило о паводке."
    assert _sentences(text) == ["Численность выросла на 12 тыс.", "МЧС сообщило о паводке."]


def test_a_place_or_a_capitalised_word_after_a_scale_opens_the_next_sentence() -> None:
    text = "Экспорт составил 3 млрд. США ввели пошлины. Долг вырос на 2 млн. Это рекорд."
    assert _sentences(text) == [
        "Экспорт составил 3 млрд.",
        "США ввели пошлины.",
        "Долг вырос на 2 млн.",
        "Это рекорд.",
    ]


def test_an_abbreviation_after_a_currency_opens_the_next_sentence() -> None:
    text = "Взнос составил 700 руб. НДФЛ удержан отдельно."
    assert _sentences(text) == ["Взнос составил 700 руб.", "НДФЛ удержан отдельно."]


def test_a_counted_abbreviation_after_a_scale_is_the_unit(analyse: Analyse) -> None:
    analysed = analyse("За год в области случилось 48,2 тыс. ДТП, в них пострадали 9 тыс. человек.")
    assert amounts_with_units(analysed) == [(48200.0, "дтп"), (9000.0, "человек")]


def test_a_bracketed_scaled_amount_after_a_brand_takes_the_count_before(
    analyse: Analyse,
) -> None:
    analysed = analyse(
        "Второе место занял Haval с 184,3 тыс. машин и 7% рынка. "
        "Порог в 4% прошли Renault (211,5 тыс.) и Geely (176,9 тыс.)."
    )
    assert amounts_with_units(analysed)[-2:] == [(211500.0, "машина"), (176900.0, "машина")]


def test_a_bracketed_count_after_a_country_takes_the_count_in_its_sentence(
    analyse: Analyse,
) -> None:
    analysed = analyse("Набрав 54 награды, команда уступила лишь Японии (67) и Франции (61).")
    assert amounts_with_units(analysed) == [(54.0, "награда"), (67.0, "награда"), (61.0, "награда")]


def test_a_bracketed_tally_after_a_number_is_no_count(analyse: Analyse) -> None:
    analysed = analyse("На счету нападающего 413 (150+263) очков в 512 матчах.")
    assert (150.0, "очко") not in amounts_with_units(analysed)
    assert all(amount not in (150.0, 263.0) for amount, _ in amounts_with_units(analysed))


def test_a_bracketed_number_after_a_lowercase_word_borrows_nothing(analyse: Analyse) -> None:
    analysed = analyse("Завод выпустил 90 станков, как сказано в пункте (4) отчета.")
    assert amounts_with_units(analysed) == [(90.0, "станок")]


def test_a_bracketed_sum_lends_no_currency_across_sentences(analyse: Analyse) -> None:
    analysed = analyse("Выручка составила 8,4 млн рублей. Лидером стал Орион (620 тыс.).")
    assert (620000.0, "RUB") not in amounts_with_units(analysed)


def test_a_single_kind_after_in_that_number_takes_the_count(analyse: Analyse) -> None:
    analysed = analyse("Сборная привезла 17 медалей, в том числе 6 бронзовых.")
    assert amounts_with_units(analysed) == [(17.0, "медаль"), (6.0, "медаль")]


def test_a_single_kind_after_of_them_takes_the_count(analyse: Analyse) -> None:
    analysed = analyse("В районе сдали 42 дома, из них 9 деревянных.")
    assert amounts_with_units(analysed) == [(42.0, "дом"), (9.0, "дом")]


def test_a_kind_list_after_a_dash_takes_the_count(analyse: Analyse) -> None:
    analysed = analyse("Сборная Чехии взяла 13 наград - 5 золотых, 3 серебряные и 6 бронзовых.")
    # The total itself is dropped as the lower end of a range "13 - 5" (an older rule).
    assert amounts_with_units(analysed)[-3:] == [
        (5.0, "награда"),
        (3.0, "награда"),
        (6.0, "награда"),
    ]


def test_a_kind_list_in_brackets_takes_the_count(analyse: Analyse) -> None:
    analysed = analyse("Хозяева выиграли 27 медалей (11 золотых, 9 серебряных и 7 бронзовых).")
    assert amounts_with_units(analysed) == [
        (27.0, "медаль"),
        (11.0, "медаль"),
        (9.0, "медаль"),
        (7.0, "медаль"),
    ]


def test_a_single_kind_without_a_split_opening_borrows_nothing(analyse: Analyse) -> None:
    analysed = analyse("Словаки выиграли 11 наград. Чехи пока взяли лишь 4 серебряных.")
    assert amounts_with_units(analysed) == [(11.0, "награда")]


def test_a_substantivised_person_word_keeps_its_own_reading(analyse: Analyse) -> None:
    analysed = analyse("На трассе случилось 23 ДТП, 5 раненых увезли в больницу.")
    assert (5.0, "дтп") not in amounts_with_units(analysed)


def test_an_ordinal_after_a_number_borrows_no_count(analyse: Analyse) -> None:
    analysed = analyse("Из 30 участников 3 первых получат гранты.")
    assert (3.0, "участник") not in amounts_with_units(analysed)


def test_a_single_kind_borrows_no_sum_across_sentences(analyse: Analyse) -> None:
    analysed = analyse("Прибыль сети составила 9 млн рублей. В городе открыли 2 новых.")
    assert (2.0, "RUB") not in amounts_with_units(analysed)
