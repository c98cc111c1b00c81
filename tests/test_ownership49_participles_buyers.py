"""Round 49: "акционером компании «X», владеющей заводом «Y», стала «Z»" was read swapped (the
plant owned X) and Z was lost; "Покупателем (завода «X») стал Y" made no pair, though the sale
is done. The sentences are my own; the near misses keep a manager, a buyer still to come and
a seller out."""

from __future__ import annotations

from tests.conftest import Analyse, held_pair_stems


def test_participle_after_an_owner_noun_not_swapped(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Основным владельцем компании «Гранит-Капитал», владеющей Курганским мостовым"
        " заводом, является ООО «Вектор»."
    ))
    assert ("Кург", "Гран") not in pairs
    assert {("Гран", "Кург"), ("Вект", "Гран")} <= pairs


def test_owner_named_past_the_participle_phrase(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Крупнейшим акционером холдинга «Северсталь-Инвест», владеющего Череповецким трубным"
        " заводом, стала компания «Альфа Ресурс»."
    ))
    assert ("Альф", "Севе") in pairs
    assert ("Чере", "Севе") not in pairs


def test_shareholders_of_a_company_owning_a_factory(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse("Акционеры компании «Кедр», владеющей фабрикой «Заря», одобрили дивиденды."))
    assert pairs == {("Кедр", "Заря")}


def test_director_of_a_company_owning_a_factory_owns_nothing(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Директором компании «Кедр», владеющей фабрикой «Заря», назначен Павел Смирнов."
    ))
    assert pairs == {("Кедр", "Заря")}


def test_name_after_the_closing_comma_is_not_the_participle_s(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Совладельцем группы «Меридиан», контролирующей порт «Восточный», стал фонд «Альтаир»."
    ))
    assert ("Альт", "Мери") in pairs
    assert ("Мери", "Альт") not in pairs


def test_buyer_of_a_named_plant(analyse: Analyse) -> None:
    assert ("Орио", "Тита") in held_pair_stems(analyse("Покупателем завода «Титан» стала компания «Орион»."))


def test_buyer_of_a_stake(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse("Покупателем 30% акций банка «Север» стал фонд «Гамма»."))
    assert ("Гамм", "Севе") in pairs


def test_buyer_of_what_the_sentence_before_put_up_for_sale(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Завод «Титан» выставили на торги. Покупателем стал предприниматель Олег Сомов."
    ))
    assert ("Олег", "Тита") in pairs


def test_buyer_takes_the_thing_sold_not_the_seller(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Банк «Север» продал завод «Титан» на аукционе. Покупателем стал предприниматель"
        " Олег Сомов."
    ))
    assert ("Олег", "Тита") in pairs
    assert ("Олег", "Севе") not in pairs


def test_buyer_to_come_owns_nothing(analyse: Analyse) -> None:
    assert not held_pair_stems(analyse("Покупателем завода «Титан» может стать компания «Орион»."))
    assert not held_pair_stems(analyse("Покупателем завода «Титан» станет компания «Орион»."))
    assert not held_pair_stems(analyse(
        "Завод «Титан» выставили на торги. Покупателем может стать предприниматель Олег Сомов."
    ))


def test_buyer_of_a_sale_told_before_it_in_the_sentence(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Иван Громов объявил о продаже 25% акций компании «Гранит», покупателем стал банк «Ось»."
    ))
    assert ("Ось", "Гран") in pairs
