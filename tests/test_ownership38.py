"""Round 38: a common noun or "последняя" with no name of its own stands for the body
named before, on the property side as on the owner's: a plant noun of its own trade
("фабрики", "птицефабрики", "верфь"), a noun the name finder took for a name ("Верфь",
"Ретейлеру"), and "последняя"/"последний" for the body named last whose gender agrees.
Sentences are written for these tests, with invented names."""

from __future__ import annotations

from tests.conftest import Analyse, ownership_pairs


def test_stake_of_a_factory_named_before(analyse: Analyse) -> None:
    text = "Фабрика «Заря» сменила владельца. 75 % акций фабрики контролирует ООО «Ромашка»."
    assert ("Ромашка", "Заря") in ownership_pairs(analyse, text)


def test_owner_holds_a_stake_of_the_factory_named_before(analyse: Analyse) -> None:
    text = "Фабрика «Заря» сменила владельца. Теперь ООО «Ромашка» владеет 75 % фабрики."
    assert ("Ромашка", "Заря") in ownership_pairs(analyse, text)


def test_poultry_farm_noun_as_property(analyse: Analyse) -> None:
    text = (
        "Птицефабрика «Рассвет» возобновит работу. "
        "Новым собственником птицефабрики стал агрохолдинг «Нива»."
    )
    assert ("Нива", "Рассвет") in ownership_pairs(analyse, text)


def test_shipyard_noun_taken_for_a_name_is_a_member(analyse: Analyse) -> None:
    text = "Верфь «Балтика» получила заказ на траулеры. Верфь входит в холдинг «Норд»."
    pairs = ownership_pairs(analyse, text)
    assert ("Норд", "Балтика") in pairs
    assert not any("Верфь" in (owner, owned) for owner, owned in pairs)


def test_retailer_noun_taken_for_a_person_is_the_owner(analyse: Analyse) -> None:
    text = "Ретейлер «Магнолия» открыл сто магазинов. Ретейлеру принадлежит также сеть «Угол»."
    pairs = ownership_pairs(analyse, text)
    assert ("Магнолия", "Угол") in pairs
    assert not any(owner.startswith("Ретейлер") for owner, _ in pairs)


def test_the_latter_is_the_last_body_of_its_gender(analyse: Analyse) -> None:
    text = (
        "Банк «Северный» продал долю в компании «Альтаир». "
        "Последняя принадлежит Ивану Петрову."
    )
    assert ("Иван Петров", "Альтаир") in ownership_pairs(analyse, text)


def test_the_latter_skips_a_later_body_of_another_gender(analyse: Analyse) -> None:
    text = (
        "Компания «Альтаир» и банк «Северный» подписали договор. "
        "Последняя принадлежит фирме «Ромашка»."
    )
    pairs = ownership_pairs(analyse, text)
    assert ("Ромашка", "Альтаир") in pairs
    assert ("Ромашка", "Северный") not in pairs


def test_the_latter_as_an_adjective_of_a_noun_means_nothing(analyse: Analyse) -> None:
    text = (
        "Завод «Бореал» менял владельца в 2010 году. "
        "Последняя сделка принадлежит истории."
    )
    assert ownership_pairs(analyse, text) == set()


def test_factory_noun_with_no_factory_named_before_stays_silent(analyse: Analyse) -> None:
    text = "Банк «Северный» открыл офис. 75 % акций фабрики контролирует ООО «Ромашка»."
    assert ("Ромашка", "Северный") not in ownership_pairs(analyse, text)


def test_place_adjective_of_a_factory_noun_is_not_the_region_government(
    analyse: Analyse,
) -> None:
    text = (
        "Правительство Пермского края подписало договор с компанией «Птицепром». "
        "Новым собственником пермской птицефабрики стала компания «Птицепром»."
    )
    pairs = ownership_pairs(analyse, text)
    assert not any(owned == "Правительство Пермского края" for _, owned in pairs)
