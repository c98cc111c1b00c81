"""figure29: a count written as thousands and a remainder ("12 тысяч 58 голосов") is one
amount; a sum of millions with no currency takes the currency the text last named when the
text talks about sums. Sentences written for these tests, each rule with near misses."""

from __future__ import annotations

from tests.conftest import Analyse, amounts_with_units


def test_thousands_and_a_remainder_are_one_count(analyse: Analyse) -> None:
    analysed = analyse("Соперник набрал 12 тысяч 58 голосов.")
    assert amounts_with_units(analysed) == [(12058.0, "голос")]


def test_the_singular_thousand_joins_its_remainder(analyse: Analyse) -> None:
    analysed = analyse("Кандидата поддержали 41 тысяча 207 избирателей.")
    assert amounts_with_units(analysed) == [(41207.0, "избиратель")]


def test_abbreviated_thousands_join_their_remainder(analyse: Analyse) -> None:
    analysed = analyse("В выборах участвовали 84 тыс. 612 горожан.")
    assert amounts_with_units(analysed) == [(84612.0, "горожанин")]


def test_an_oblique_thousands_joins_a_noun_in_its_case(analyse: Analyse) -> None:
    analysed = analyse("Петров с 7 тысячами 215 голосами стал третьим.")
    assert amounts_with_units(analysed) == [(7215.0, "голос")]


def test_millions_thousands_and_a_remainder_are_one_count(analyse: Analyse) -> None:
    analysed = analyse("Всего в области 2 миллиона 314 тысяч 920 жителей.")
    assert amounts_with_units(analysed) == [(2314920.0, "житель")]


def test_a_remainder_at_the_end_of_a_clause_joins(analyse: Analyse) -> None:
    analysed = analyse("Сидоров получил 22 тыс. 301 голос, Козлов - 19 тыс. 44.")
    assert amounts_with_units(analysed) == [(22301.0, "голос"), (19044.0, "голос")]


def test_a_remainder_after_a_comma_stays_apart(analyse: Analyse) -> None:
    analysed = analyse("Фонд выделил 5 тысяч, 20 рублей ушло на комиссию.")
    assert (5000.0, "RUB") not in amounts_with_units(analysed)
    assert (5020.0, "RUB") not in amounts_with_units(analysed)


def test_a_noun_in_another_case_stays_apart(analyse: Analyse) -> None:
    analysed = analyse("Помощь в 8 тысяч 40 семьям так и не выплатили.")
    assert (40.0, "семья") in amounts_with_units(analysed)
    assert all(amount != 8040.0 for amount, _ in amounts_with_units(analysed))


def test_a_date_after_thousands_stays_apart(analyse: Analyse) -> None:
    analysed = analyse("Волонтеры собрали 3 тыс. 12 марта и передали приюту.")
    assert all(amount != 3012.0 for amount, _ in amounts_with_units(analysed))


def test_a_sum_takes_the_currency_named_earlier(analyse: Analyse) -> None:
    analysed = analyse(
        "Доходы бюджета района составят 84,2 млрд рублей. Депутаты обсудят проект в ноябре. "
        "Год назад дефицит составлял 12 миллиардов."
    )
    assert amounts_with_units(analysed) == [(84.2e9, "RUB"), (12e9, "RUB")]


def test_a_sum_before_the_currency_of_its_sentence_takes_it(analyse: Analyse) -> None:
    analysed = analyse(
        "Расходы фонда составят 40 млрд тенге. Школы получат 3,1 млрд, на больницы "
        "выделено 2,4 млрд тенге."
    )
    assert (3.1e9, "KZT") in amounts_with_units(analysed)


def test_a_count_of_people_is_not_a_sum(analyse: Analyse) -> None:
    analysed = analyse(
        "Выручка сети выросла до 310 млн рублей. Число подписчиков сервиса достигло 1,4 млн."
    )
    assert (1.4e6, "RUB") not in amounts_with_units(analysed)


def test_without_talk_of_sums_no_currency_is_lent(analyse: Analyse) -> None:
    analysed = analyse("Компания потратила 2 млрд рублей. На стадионе побывали 1,2 млн.")
    assert (1.2e6, "RUB") not in amounts_with_units(analysed)
