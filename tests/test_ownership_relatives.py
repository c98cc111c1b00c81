"""Round 8: a relative pronoun as a side, a subsidiary "через свою дочернюю структуру", a
passive sale, a group's members after "в состав группы", a club "в собственности" of a
region, a company named by its owner, a state that held once (sentences written for these
tests)."""

from __future__ import annotations

from tests.conftest import Analyse, ownership_pairs


def test_the_owner_is_the_antecedent_of_a_relative_pronoun(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Инвестор Глеб Сурин, которому принадлежит сеть пекарен "
                   "«Колос», открыл новый цех.")  # fmt: skip
    assert ("Глеб Сурин", "Колос") in pairs


def test_a_stake_of_the_antecedent_belongs_to_the_owner(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Авиакомпания «Полярные линии», 60 % акций которой "
                   "принадлежит холдингу «Меридиан», закупила новые самолеты.")  # fmt: skip
    assert ("Меридиан", "Полярные линии") in pairs


def test_a_controlling_stake_of_the_antecedent(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Банк «Заречье», контрольный пакет которого принадлежит "
                   "бизнесмену Олегу Рябцеву, открыл пять отделений.")  # fmt: skip
    assert ("Олег Рябцев", "Заречье") in pairs


def test_an_antecedent_organisation_that_owns(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Холдинг «Прибой», который владеет телеканалом «Волна», "
                   "сменил директора.")  # fmt: skip
    assert ("Прибой", "Волна") in pairs


def test_a_relative_pronoun_of_no_owning_verb_gives_nothing(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Губернатор встретился с Олегом Рябцевым, которому "
                   "вручил грамоту.")  # fmt: skip
    assert not pairs


def test_a_company_owns_its_own_subsidiary_it_acts_through(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Концерн «Вектор» через свою дочернюю компанию «Вектор "
                   "Агро» владеет элеваторами в трех областях.")  # fmt: skip
    assert ("Вектор", "Вектор Агро") in pairs


def test_a_passive_sale_makes_the_buyer_owner(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Торговый центр «Орбита» был продан инвестиционному фонду "
                   "«Меридиан».")  # fmt: skip
    assert ("Меридиан", "Орбита") in pairs


def test_members_of_a_group_named_in_the_sentence_before(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Агрохолдинг «Нива» отчитался о рекордном урожае. В состав "
                   "агрохолдинга входят элеватор «Колос» и птицефабрика «Рассвет».")
    assert {("Нива", "Колос"), ("Нива", "Рассвет")} <= pairs


def test_a_club_owned_by_the_region_is_the_club_named_before(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Баскетбольный клуб «Маяк» выиграл кубок. Сам клуб "
                   "находится в собственности Вологодской области.")  # fmt: skip
    assert ("Вологодская область", "Маяк") in pairs


def test_a_company_named_by_its_owner_is_the_company_not_the_person(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Основатель фирмы «Стройлес» Игорь Лавров купил склад. "
                   "Компании Лаврова уже принадлежит торговый центр «Бор».")  # fmt: skip
    assert ("Игорь Лавров", "Бор") not in pairs
    assert ("Стройлес", "Бор") in pairs


def test_an_imperfective_past_with_earlier_is_a_former_owner(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Раньше телеканал «Волна» принадлежал банкиру Олегу "
                   "Рябцеву.")  # fmt: skip
    assert not pairs


def test_an_earlier_purchase_still_holds(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Ранее холдинг «Прибой» купил завод «Искра».")
    assert ("Прибой", "Искра") in pairs
