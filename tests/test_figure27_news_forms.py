"""figure27: forms of general number-dense news (statistics, sport tallies, budgets) — an
ordinal of "четверть" is no share, a signed percentage is a figure, a count split by kind
names its noun once, a scaled amount carries the unit of the sentence before, and spelled
counts read like digits. Sentences written for these tests, with near misses."""

from __future__ import annotations

from tests.conftest import Analyse, amounts_with_units


def test_a_quarter_ordinal_is_no_share(analyse: Analyse) -> None:
    analysed = analyse("В четвертом квартале продажи завода выросли на 7%.")
    assert amounts_with_units(analysed) == [(7.0, "%")]


def test_a_place_ordinal_is_no_share(analyse: Analyse) -> None:
    analysed = analyse("Гребцы заняли четвертое место, набрав 38 очков.")
    assert amounts_with_units(analysed) == [(38.0, "очко")]


def test_a_quarter_itself_stays_a_share(analyse: Analyse) -> None:
    analysed = analyse("Почти четверть выпускников осталась в городе.")
    assert amounts_with_units(analysed) == [(0.25, "share")]


def test_a_signed_percentage_in_brackets_is_a_figure(analyse: Analyse) -> None:
    analysed = analyse("Порт перевалил 14,2 млн тонн грузов (+6,5%).")
    assert amounts_with_units(analysed) == [(14.2e6, "тонна"), (6.5, "%")]


def test_a_signed_percentage_in_words_is_a_figure(analyse: Analyse) -> None:
    analysed = analyse("Сбор составил 3,1 млн тонн (+2,4 процента).")
    assert amounts_with_units(analysed) == [(3.1e6, "тонна"), (2.4, "%")]


def test_a_signed_number_without_percent_stays_out(analyse: Analyse) -> None:
    analysed = analyse("Гроссмейстер завершил турнир с результатом (+5 – 1 = 3).")
    assert amounts_with_units(analysed) == []


def test_kinds_listed_before_their_noun_share_it(analyse: Analyse) -> None:
    analysed = analyse("Гимнасты привезли 6 золотых, 2 серебряных и 3 бронзовых медали.")
    assert amounts_with_units(analysed) == [(6.0, "медаль"), (2.0, "медаль"), (3.0, "медаль")]


def test_kinds_after_a_colon_split_the_count_before(analyse: Analyse) -> None:
    analysed = analyse("Борцы завоевали 14 наград: 5 золотых, 4 серебряных и 5 бронзовых.")
    assert amounts_with_units(analysed) == [
        (14.0, "награда"),
        (5.0, "награда"),
        (4.0, "награда"),
        (5.0, "награда"),
    ]


def test_kinds_spelled_in_words_share_the_noun(analyse: Analyse) -> None:
    analysed = analyse("Пловцы взяли три золотые и две серебряные медали.")
    assert amounts_with_units(analysed) == [(3.0, "медаль"), (2.0, "медаль")]


def test_a_single_number_with_an_adjective_borrows_nothing(analyse: Analyse) -> None:
    analysed = analyse("Фехтовальщики выиграли 9 командных турниров, а в личных 4 лучших.")
    assert (4.0, "турнир") not in amounts_with_units(analysed)


def test_kinds_without_a_split_opening_borrow_nothing(analyse: Analyse) -> None:
    analysed = analyse("Клуб продал 30 тысяч абонементов, 12 новых и 7 старых уехали.")
    assert amounts_with_units(analysed)[0] == (30e3, "абонемент")
    assert (12.0, "абонемент") not in amounts_with_units(analysed)


def test_a_scaled_amount_carries_the_unit_of_the_sentence_before(analyse: Analyse) -> None:
    analysed = analyse(
        "Сборы налогов упали на 3,4 млрд рублей. И еще на 2 миллиарда снизились пошлины."
    )
    assert amounts_with_units(analysed) == [(3.4e9, "RUB"), (2e9, "RUB")]


def test_a_sum_named_in_its_own_sentence_takes_no_count(analyse: Analyse) -> None:
    analysed = analyse("Фабрика выпустила 4 млн курток. Выручка составила 25 млрд.")
    assert amounts_with_units(analysed) == [(4e6, "куртка"), (25e9, "")]


def test_a_percentage_before_carries_nothing(analyse: Analyse) -> None:
    analysed = analyse("Тарифы выросли на 9,5%. Еще 6 млн ушло на ремонт.")
    assert amounts_with_units(analysed) == [(9.5, "%"), (6e6, "")]


def test_a_noun_before_in_its_own_sentence_takes_nothing_carried(analyse: Analyse) -> None:
    analysed = analyse("Аэропорт принял 2,2 млн пассажиров. Рейсов стало 14 тысяч.")
    assert amounts_with_units(analysed) == [(2.2e6, "пассажир"), (14e3, "")]


def test_a_spelled_percentage_is_a_percentage(analyse: Analyse) -> None:
    analysed = analyse("Пенсии в области выросли на семь процентов.")
    assert amounts_with_units(analysed) == [(7.0, "%")]


def test_a_spelled_scaled_amount_is_kept_without_a_noun(analyse: Analyse) -> None:
    analysed = analyse("Число вкладчиков банка сократилось на девять тысяч.")
    assert amounts_with_units(analysed) == [(9e3, "")]


def test_a_spelled_scaled_amount_counts_what_the_count_before_counts(analyse: Analyse) -> None:
    analysed = analyse("Продано 60 тысяч билетов, еще шесть тысяч ушло в кассы вокзала.")
    assert amounts_with_units(analysed) == [(60e3, "билет"), (6e3, "билет")]


def test_a_spelled_year_stays_out(analyse: Analyse) -> None:
    analysed = analyse("В две тысячи девятом году театр закрыли.")
    assert amounts_with_units(analysed) == []
