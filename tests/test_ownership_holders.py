"""Where a thing is held ("находится у", "в руках", "в портфеле") and a purchase closed
as a deal (round 7; sentences written for these tests)."""

from __future__ import annotations

from tests.conftest import Analyse, ownership_pairs


def test_a_company_held_by_a_named_holder(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Сейчас телеканал «Волна» находится у группы «Прибой».")
    assert ("Прибой", "Волна") in pairs


def test_a_stake_of_a_named_company_held_by_a_fund(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Блокирующий пакет акций компании «Ладога-Транс» остается у "
                   "фонда «Меридиан».")  # fmt: skip
    assert ("Меридиан", "Ладога-Транс") in pairs


def test_a_stake_in_the_hands_of_a_founder_is_in_the_company_before(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Группа «Прибой» закрыла сделку по покупке 60 % акций агентства "
                   "«Маяк». Оставшиеся 40 % остаются в руках его основателя Глеба Сурина.")
    assert {("Прибой", "Маяк"), ("Глеб Сурин", "Маяк")} <= pairs


def test_in_its_portfolio_the_fund_named_as_subject_before(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Фонд «Меридиан» создан бизнесменом Олегом Рябцевым. В его "
                   "портфеле уже есть пекарня «Колос».")  # fmt: skip
    assert ("Меридиан", "Колос") in pairs
    assert ("Олег Рябцев", "Колос") not in pairs


def test_in_his_portfolio_the_person_named_as_subject_before(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Совладельцем сети стал инвестор Олег Рябцев. В его портфеле "
                   "уже есть пекарня «Колос».")  # fmt: skip
    assert ("Олег Рябцев", "Колос") in pairs


def test_a_place_near_something_is_no_holder(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Офис компании «Ладога-Транс» находится у вокзала «Сортавала».")
    assert not pairs


def test_a_company_of_a_businessman_named_by_his_noun(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Подрядчиком выбрана компания «Стройлес» бизнесмена Ильи Гарина.")
    assert ("Илья Гарин", "Стройлес") in pairs


def test_a_group_of_a_banker(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Тендер выиграла группа «Нива» банкира Олега Рябцева.")
    assert ("Олег Рябцев", "Нива") in pairs


def test_a_company_of_a_director_is_not_his(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Подрядчиком выбрана компания «Стройлес» директора Ильи Гарина.")
    assert ("Илья Гарин", "Стройлес") not in pairs


def test_an_asset_of_an_investor(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Телеканал «Заря» — актив инвестора Олега Рябцева.")
    assert any(owner.startswith("Олег") and owned == "Заря" for owner, owned in pairs)


def test_a_government_is_the_owner_not_the_city_named_inside_it(analyse: Analyse) -> None:
    pairs = ownership_pairs(
        analyse, "Правительство Самары является единственным акционером компании «Самарагаз»."
    )
    assert pairs == {("Правительство Самары", "Самарагаз")}
