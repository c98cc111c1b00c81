"""Round 36, in FactRuEval's convention of current owners: the names listed on after a
property share its owner even where the parser hangs them elsewhere ("включает около 30
компаний, в том числе A, B и C", "входят A (грузы), B (нефть) … и D (аналитика)"), and
members of one list own none of each other. Sentences written for these tests; the names are
invented."""

from tests.conftest import Analyse, owner_property_pairs


def _holds(pairs: list[tuple[str, str]], owner: str, owned: str) -> bool:
    """Whether a pair's owner and property begin with the stems given."""
    return any(o.startswith(owner) and p.startswith(owned) for o, p in pairs)


def test_a_list_after_in_that_number(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Холдинг «Вектор» включает около 50 компаний, в том числе агентство «Альфа», "
        "общество «Бета» и терминал «Гамма».",
    )
    for owned in ("Альфа", "Бета", "Гамма"):
        assert _holds(pairs, "Вектор", owned)
    assert not _holds(pairs, "Бета", "Альфа")
    assert not _holds(pairs, "Гамма", "Альфа")


def test_a_list_of_members_with_bracket_notes(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "В состав холдинга «Восток-Транс» входят «Таежный лес» (лесные грузы), «Нефтетранс ДВ» "
        "(нефть), «Экспедитор ДВ» (экспедиторская компания, работающая в портах Приморья) "
        "и «Аналитика-Плюс» (аналитическое подразделение холдинга).",
    )
    for owned in ("Таежный лес", "Нефтетранс ДВ", "Экспедитор ДВ", "Аналитика-Плюс"):
        assert _holds(pairs, "Восток-Транс", owned)


def test_a_list_of_stakes_with_legal_forms(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Компания «Медиа-Центр» владеет пакетами акций ЗАО «Телесеть-Юг», ЗАО «Радио Прибой» "
        "и ЗАО «Вечерний город».",
    )
    for owned in ("Телесеть-Юг", "Радио Прибой", "Вечерний город"):
        assert _holds(pairs, "Медиа-Центр", owned)


def test_a_list_running_into_a_clause_of_its_own_is_no_list(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Компания «Альфа» купила завод «Бета», «Гамма» продала завод «Дельта»."
    )
    assert not _holds(pairs, "Альфа", "Гамма")
    assert not _holds(pairs, "Альфа", "Дельта")


def test_owners_listed_before_their_verb_own_none_of_each_other(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Заводы «Альфа», «Бета» и «Гамма» принадлежат фонду «Омега»."
    )
    assert not _holds(pairs, "Альфа", "Бета")
    assert not _holds(pairs, "Бета", "Гамма")
    assert not _holds(pairs, "Омега", "Омега")


def test_a_name_after_a_comma_and_a_conjunction_starts_a_clause(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Компания «Вектор» владеет банком «Альфа», и «Бета» сообщила об этом."
    )
    assert _holds(pairs, "Вектор", "Альфа")
    assert not _holds(pairs, "Вектор", "Бета")


def test_a_place_after_the_property_is_not_listed(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Группа «Вектор» владеет заводами «Альфа» и «Бета» в Тверской области и Москве."
    )
    assert not _holds(pairs, "Вектор", "Тверск")
    assert not _holds(pairs, "Вектор", "Москв")


def test_a_list_of_kinds_after_in_that_number(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Концерн «Вектор» объединяет около 20 фирм, в том числе банк «Альфа», страховую "
        "компанию «Бета» и лизинговую компанию «Гамма».",
    )
    for owned in ("Альфа", "Бета", "Гамма"):
        assert _holds(pairs, "Вектор", owned)
