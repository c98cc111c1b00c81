"""Round 31: a group told by other words ("«X» (агроструктура холдинга «Y»)", "входящая в
структуру «Y»", '("X", входит в группу Y)' opening a bracket), an owner noun whose genitive a
league describes ("владельцем клуба Английской премьер-лиги «X» стал Y"), and a bare object
noun of a purchase that stood for the group of the subject's own phrase. Sentences written
for these tests; the names are invented."""

from tests.conftest import Analyse, owner_property_pairs


def _holds(pairs: list[tuple[str, str]], owner: str, owned: str) -> bool:
    """Whether a pair's owner and property begin with the stems given."""
    return any(o.startswith(owner) and p.startswith(owned) for o, p in pairs)


def test_a_compound_structure_noun_in_a_bracket_names_the_group(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Группа компаний «Луч» (агроструктура холдинга «Кедр») намерена построить ферму."
    )
    assert _holds(pairs, "Кедр", "Луч")


def test_a_bracket_opening_with_the_short_name_then_entering_a_group(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        'Приморский судостроительный завод ("Прибой", входит в группу Кедр) увеличил план на '
        "2010 год.",
    )
    assert _holds(pairs, "Кедр", "Прибой")


def test_a_bracket_opening_with_a_name_in_angle_quotes(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Северный трубный завод («Трубник», входит в группу «Вереск») нарастил выпуск.",
    )
    # the short name in the bracket and the full name before it are the same works
    assert _holds(pairs, "Вереск", "Трубник") or _holds(pairs, "Вереск", "Северный трубный")


def test_entering_a_structure_names_the_group(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "В настоящее время 1% акций принадлежит компании «Луч», входящей в структуру "
        "«Кедрхолдинга».",
    )
    assert _holds(pairs, "Кедрхолдинг", "Луч")


def test_entering_a_structure_is_not_read_backwards(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Компания «Луч», входящая в структуру «Кедрхолдинга», открыла завод."
    )
    assert _holds(pairs, "Кедрхолдинг", "Луч")
    assert not _holds(pairs, "Луч", "Кедрхолдинг")


def test_a_bought_bare_noun_is_not_the_group_of_the_buyer(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Компания «Луч», входящая в группу «Кедрхолдинг», купила завод."
    )
    assert _holds(pairs, "Кедрхолдинг", "Луч")
    assert not _holds(pairs, "Луч", "Кедрхолдинг")


def test_the_club_beside_a_league_is_owned_by_the_new_owner(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        'Новым владельцем клуба Английской премьер-лиги "Ривертона" стал американский '
        "миллиардер Джон Миллер.",
    )
    assert _holds(pairs, "Джон Миллер", "Ривертон")
    assert not any("лиг" in owner.lower() or "лиг" in owned.lower() for owner, owned in pairs)


def test_a_bracket_of_a_place_names_no_group(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Компания «Луч» (агроструктура, Тверская область) намерена построить ферму."
    )
    assert not pairs


def test_a_structure_of_management_is_no_group(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Завод «Прибой» входит в структуру управления, а компания «Луч» нет."
    )
    assert not pairs


def test_a_bracket_without_entering_stays_silent(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, 'Северный трубный завод ("Трубник", Тверь) нарастил выпуск в 2010 году.'
    )
    assert not pairs


def test_a_stake_of_the_hotel_named_before(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        'Город может продать долю в гостинице "Северная звезда". Компания "Гранит-Инвест", '
        "которая владеет 70 % гостиницы, против.",
    )
    assert _holds(pairs, "Гранит-Инвест", "Северная звезда")


def test_the_main_owner_of_the_hotel_named_before(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Мэрия продает долю в отеле «Заречье». Основным владельцем отеля остается ОАО "
        "«Гранит-Инвест».",
    )
    assert _holds(pairs, "Гранит-Инвест", "Заречье")


def test_a_hotel_noun_never_stands_for_a_company_named_before(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Банк «Луч» выдал кредит. Основным владельцем отеля остается ОАО «Гранит-Инвест».",
    )
    assert not _holds(pairs, "Гранит-Инвест", "Луч")


def test_a_hotel_named_right_after_its_noun_is_not_read_backwards(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Управление гостиницей будет передано компании ООО «Хотел Сервис Групп», которая "
        "является собственником отеля Grand Riverside Tver.",
    )
    assert not _holds(pairs, "Grand", "Хотел")
