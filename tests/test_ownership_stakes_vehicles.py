"""Round 9: stakes and owners stated across sentences in business news — a remaining stake
"в собственности" of a place, a stake of a company named by its common noun, an object put
before its verb, a chain owned "через компанию", a group's make-up "в его состав", a holding
and its same-named channel, an owning that ended "до N года", a noun with its own quoted
name (sentences written for these tests)."""

from __future__ import annotations

from tests.conftest import Analyse, ownership_pairs


def test_a_remaining_stake_in_a_regions_property_is_of_the_company_before(
    analyse: Analyse,
) -> None:
    pairs = ownership_pairs(analyse, "Холдингу «Арктик Транс» принадлежит 70 % акций "
                   "морского порта «Диксон». Остальные 30 % находятся в собственности "
                   "Красноярского края.")  # fmt: skip
    assert ("Красноярский край", "Диксон") in pairs


def test_a_stake_of_a_company_named_by_its_common_noun(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Аэропорт «Кольцово-Юг» открыл новый терминал. "
                   "Контрольный пакет аэропорта, 60 % акций, принадлежит группе "
                   "«Ренова Транс».")  # fmt: skip
    assert ("Ренова Транс", "Кольцово-Юг") in pairs


def test_an_object_put_before_the_verb_with_the_person_after(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "«Балтснаб» контролирует петербургский предприниматель "
                   "Вадим Осокин.")  # fmt: skip
    assert ("Вадим Осокин", "Балтснаб") in pairs


def test_a_stake_bought_put_before_the_buyer(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Сеть аптек «Здоровье» нашла инвестора: 30 % компании "
                   "выкупил фонд «Альфа Прямые Инвестиции».")  # fmt: skip
    assert ("Альфа Прямые Инвестиции", "Здоровье") in pairs


def test_a_chain_owned_through_a_company_is_the_couples_not_the_vehicles(
    analyse: Analyse,
) -> None:
    pairs = ownership_pairs(analyse, "Сеть химчисток «Белый лист» открыла десятый пункт. "
                   "Сетью владеет предприниматель Игорь Сомов вместе с женой Анной Сомовой "
                   "через компанию «Сомов Капитал».")  # fmt: skip
    assert ("Игорь Сомов", "Белый лист") in pairs
    assert not any(owned == "Сомов Капитал" for _, owned in pairs)


def test_a_groups_make_up_after_a_possessive(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Медиагруппа «Прибой» открыла офис в Сочи. Холдинг "
                   "принадлежит бизнесмену Олегу Стрельцову. В его состав входят радиостанция "
                   "«Бриз» и газета «Курортный вестник».")  # fmt: skip
    assert {("Прибой", "Бриз"), ("Прибой", "Курортный вестник")} <= pairs
    assert ("Олег Стрельцов", "Бриз") not in pairs


def test_a_holding_owns_its_channel_of_the_same_name(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Холдинг «Заря» сменил директора. В состав холдинга "
                   "входят телеканал «Заря» и радиостанция «Рассвет FM».")  # fmt: skip
    assert ("Заря", "Рассвет FM") in pairs
    assert ("Заря", "Заря") in pairs


def test_owning_up_to_a_year_held_once(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "До 2019 года завод «Искра» принадлежал концерну "
                   "«Техмаш».")  # fmt: skip
    assert ("Техмаш", "Искра") not in pairs


def test_owning_till_now_still_holds(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Завод «Искра» до сих пор принадлежит концерну "
                   "«Техмаш».")  # fmt: skip
    assert ("Техмаш", "Искра") in pairs


def test_a_noun_with_its_own_quoted_name_stands_for_nothing_before(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Сеть пекарен «Каравай» сменила владельца. Одновременно "
                   "бизнесмен Павел Рудин стал владельцем сети студий йоги «Лотос Плюс».")
    assert ("Павел Рудин", "Каравай") not in pairs


def test_a_common_noun_finds_the_name_it_introduced_sentences_before(
    analyse: Analyse,
) -> None:
    pairs = ownership_pairs(analyse, "Евразийский венчурный фонд вложит деньги в стартапы. "
                   "Его создали в 2019 году. Управляет им команда из Алматы. Проекты отбирает "
                   "совет директоров. Оборудование поставит компания «Тех Снаб». Ранее фонд "
                   "приобрел 20 % акций компании «Цифровой шелк».")  # fmt: skip
    assert ("Евразийский венчурный фонд", "Цифровой шелк") in pairs
    assert ("Тех Снаб", "Цифровой шелк") not in pairs


def test_a_passive_founding_of_a_company_named_by_its_common_noun(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Рекламное агентство «Вектор» выиграло тендер мэрии. "
                   "Агентство основано в 2001 году предпринимателем Олегом Веселовым.")
    assert ("Олег Веселов", "Вектор") in pairs


def test_a_founding_participle_on_a_chain_named_through_its_genitive(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Сеть автосалонов «Мотор», основанная бизнесменом Ильей "
                   "Крюковым, открыла салон в Твери.")  # fmt: skip
    assert ("Илья Крюков", "Мотор") in pairs
