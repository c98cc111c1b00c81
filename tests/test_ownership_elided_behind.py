"""Round 10: owners said in passing in long business news — a second stake whose verb is
left out ("остальные 60 % — компании B"), the one who stands behind a company ("за которой
стоит бизнесмен Y"), a person in the genitive right after a quoted company name ("«Норд»
Сергея Белова") (sentences written for these tests)."""

from __future__ import annotations

from tests.conftest import Analyse, ownership_pairs


def test_a_second_stake_with_the_verb_left_out_names_another_owner(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "40% акций «Вектора» принадлежит Ивану Соснину, "
                   "остальные 60% — его партнеру Глебу Карпову.")  # fmt: skip
    assert ("Иван Соснин", "Вектор") in pairs and ("Глеб Карпов", "Вектор") in pairs


def test_a_second_stake_held_at_someone_with_the_verb_left_out(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Пакет в 30% акций завода «Уралпласт» принадлежит "
                   "компании «Полимер-Инвест», еще 15% — у фонда «Развитие».")  # fmt: skip
    assert ("Развитие", "Уралпласт") in pairs


def test_a_dash_with_no_stake_names_no_owner(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Заводу «Уралпласт» принадлежит склад в Перми, а "
                   "поставщиком сырья выступает компания «Нефтехим» — партнер завода.")  # fmt: skip
    assert not any(owner == "Нефтехим" for owner, _ in pairs)


def test_the_one_behind_a_company_owns_it(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Торговая сеть «Барс» продала магазины кипрской фирме "
                   "Lenox Trading, за которой стоит бизнесмен Антон Жуков.")  # fmt: skip
    assert ("Антон Жуков", "Lenox Trading") in pairs


def test_a_decision_someone_stands_behind_is_no_ownership(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Аналитик Петр Гуров уверен, что за этим решением "
                   "стоит совет директоров «Барса».")  # fmt: skip
    assert not pairs


def test_a_person_in_the_genitive_after_a_company_name_owns_it(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Вчера в Москве прошла встреча с акционерами «Норда» "
                   "Сергея Белова.")  # fmt: skip
    assert ("Сергей Белов", "Норд") in pairs


def test_a_person_after_a_company_name_in_another_case_is_no_owner(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Контракт с «Нордом» Сергей Белов подписал в среду.")
    assert not pairs
