"""Round 35, in FactRuEval's convention of current owners: a subsidiary noun with its own
name after a dash or between commas stands for that name ("принадлежит «дочке» «Y» –
компании «X»", "Структура ПАО «Y», ООО «X», приобрела …"). Sentences written for these tests; the names
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
