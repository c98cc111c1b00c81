"""Round 33: a pronoun for the company owned ("Она теперь принадлежит Y", "она перешла к
фонду Y"), a participle of owning written before the noun it describes ("У владеющей «X»
компании «Y»", "принадлежащая Y компания «X»"), and owners listed in the dative after a
participle ("принадлежащие компании «A», фонду «B» и банку «C»"), and a seller of a stake called
its own ("Y продает свою долю в «X»": held until the sale is made). Sentences written for these
tests; the names are invented."""

from tests.conftest import Analyse, owner_property_pairs


def _holds(pairs: list[tuple[str, str]], owner: str, owned: str) -> bool:
    """Whether a pair's owner and property begin with the stems given."""
    return any(o.startswith(owner) and p.startswith(owned) for o, p in pairs)


def test_a_pronoun_for_the_company_owned(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Фирма «Зарница» сменила хозяина. Она теперь принадлежит бизнесмену Олегу Ветрову.",
    )
    assert _holds(pairs, "Олег Ветров", "Зарница")


def test_a_pronoun_for_the_company_passing_to_a_fund(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Компания «Зарница» до весны принадлежала холдингу «Орбита». А в ноябре она перешла "
        "к фонду «Северный капитал».",
    )
    assert _holds(pairs, "Северный капитал", "Зарница")
    # ownership60: "до весны принадлежала" with the company passed on later is held once
    former = owner_property_pairs(
        analyse,
        "Компания «Зарница» до весны принадлежала холдингу «Орбита». А в ноябре она перешла "
        "к фонду «Северный капитал».",
        held="former",
    )
    assert _holds(former, "Орбита", "Зарница")


def test_a_pronoun_passing_to_an_activity_gives_nothing(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Компания «Зарница» сменила директора. Она перешла к выпуску тканей."
    )
    assert pairs == []


def test_a_pronoun_after_a_person_takes_no_person(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Бизнесмен Олег Ветров продал завод. Она теперь принадлежит компании «Кедр»."
    )
    assert not _holds(pairs, "Кедр", "Олег")


def test_an_owning_participle_before_its_noun(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "У владеющей «Пчелкой» компании «Медовый дом» останутся сети «Соты» и «Улей».",
    )
    assert _holds(pairs, "Медовый дом", "Пчелк")
    assert not _holds(pairs, "Пчелк", "Медовый дом")


def test_an_owned_participle_before_its_noun(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Акции купила принадлежащая Олегу Ветрову компания «Кедр»."
    )
    assert _holds(pairs, "Олег Ветров", "Кедр")


def test_owners_listed_in_the_dative_after_a_participle(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Доли в «Вестнике», принадлежащие компании «Альфа-Пресс», фонду «Береза» и банку "
        "«Кедр», могут быть проданы.",
    )
    assert _holds(pairs, "Береза", "Вестник")
    assert _holds(pairs, "Кедр", "Вестник")


def test_a_new_clause_after_the_list_is_no_owner(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Завод «Искра» принадлежит компании «Кедр», а банку «Орбита» принадлежит порт «Волна».",
    )
    assert not _holds(pairs, "Орбита", "Искра")
    assert _holds(pairs, "Кедр", "Искра")


def test_a_seller_of_its_own_stake_holds_it(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Сейчас Ветров продает свою долю в капитале авиакомпании «Кедр»."
    )
    assert _holds(pairs, "Ветров", "Кедр")


def test_a_future_seller_of_its_own_stake_holds_it(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Фонд «Береза» продаст свой пакет акций банка «Кедр».")
    assert _holds(pairs, "Береза", "Кедр")


def test_a_stake_already_sold_is_held_no_more(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Олег Ветров продал свою долю в компании «Кедр».")
    assert not _holds(pairs, "Олег Ветров", "Кедр")


def test_a_seller_of_a_stake_not_called_its_own_is_no_owner(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Олег Ветров продает долю в компании «Кедр».")
    assert pairs == []


def test_a_seller_of_its_own_flat_owns_no_bank(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Олег Ветров продает свою квартиру банку «Кедр».")
    assert not _holds(pairs, "Олег Ветров", "Кедр")
