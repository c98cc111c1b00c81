"""Round 35, in FactRuEval's convention of current owners: a subsidiary noun with its own
name after a dash or between commas stands for that name ("принадлежит «дочке» «Y» –
компании «X»", "Структура ПАО «Y», ООО «X», приобрела …"), and a past owner is no owner
("принадлежавший Y", "предыдущий владелец"). Sentences written for these tests; the names
are invented."""

from tests.conftest import Analyse, owner_property_pairs


def _holds(pairs: list[tuple[str, str]], owner: str, owned: str) -> bool:
    """Whether a pair's owner and property begin with the stems given."""
    return any(o.startswith(owner) and p.startswith(owned) for o, p in pairs)


def test_a_stake_held_by_a_subsidiary_named_after_a_dash(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Акции «Омсктела» принадлежат «дочке» «Ростелекома» – компании «Связьинвест»."
    )
    assert _holds(pairs, "Связьинвест", "Омсктел")
    assert not _holds(pairs, "Ростелеком", "Омсктел")
    assert _holds(pairs, "Ростелеком", "Связьинвест")


def test_a_subsidiary_named_between_dashes_buys(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Дочернее предприятие ВАО «Турцентр» – «Турцентр Отель Групп» – приобрело гостиницу «Онежская».",
    )
    assert _holds(pairs, "Турцентр Отель", "Онежская")
    assert ("Турцентр", "Онежская") not in pairs
    assert _holds(pairs, "Турцентр", "Турцентр Отель")


def test_a_structure_named_between_commas_buys(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Структура ПАО «Нефтяная компания Вега», ООО «Вега-Сбыт», приобрела 100% ООО «Тульская топливная компания».",
    )
    assert _holds(pairs, "Вега-Сбыт", "Тульская")
    assert not _holds(pairs, "Нефтяная компания Вега", "Тульская")
    assert _holds(pairs, "Нефтяная компания Вега", "Вега-Сбыт")


def test_a_subsidiary_without_a_name_of_its_own_is_its_owner(analyse: Analyse) -> None:
    # no name after the genitive: the group's subsidiary holds for the group, as before
    pairs = owner_property_pairs(
        analyse, "Акции «Омсктела» принадлежат дочерней структуре «Ростелекома»."
    )
    assert _holds(pairs, "Ростелеком", "Омсктел")


def test_a_second_company_after_a_comma_is_no_subsidiary_name(analyse: Analyse) -> None:
    # the comma is not closed around a name: a list, not an apposition
    pairs = owner_property_pairs(
        analyse, "Структура банка «Вектор», компания «Заря» и фонд «Луч» купили завод «Кедр»."
    )
    assert not _holds(pairs, "Вектор", "Заря")


def test_a_past_participle_owner_is_a_former_owner(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Телеканал «Волна», принадлежавший Ивану Петрову, купил бизнесмен Сергей Котов."
    )
    assert not _holds(pairs, "Иван", "Волна")
    assert _holds(pairs, "Сергей", "Волна")


def test_a_past_participle_stake_is_a_former_owner(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Пакет акций завода «Уралмаш» в размере 50%, принадлежавший Ивану Петрову, выкуплен группой «Вектор».",
    )
    assert not _holds(pairs, "Иван", "Уралмаш")
    assert _holds(pairs, "Вектор", "Уралмаш")


def test_a_present_participle_owner_still_owns(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Телеканал «Волна», принадлежащий Ивану Петрову, купил станцию «Радио Ладога»."
    )
    assert _holds(pairs, "Иван", "Волна")


def test_a_previous_owner_is_no_owner(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Сделку оспаривает предыдущий владелец клуба «Ладога» Иван Петров."
    )
    assert not _holds(pairs, "Иван", "Ладога")


def test_a_current_owner_noun_still_owns(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Нынешний владелец клуба «Ладога» Иван Петров отказался от комментариев."
    )
    assert _holds(pairs, "Иван", "Ладога")


def test_a_past_holding_verb_may_still_hold(analyse: Analyse) -> None:
    # "владела 40 %" and then bought the rest: the holder owns more now, not less
    pairs = owner_property_pairs(
        analyse, "Компания «Вега», которая владела 40% оператора «Связь-Юг», выкупила остальные акции."
    )
    assert _holds(pairs, "Вега", "Связь-Юг")
