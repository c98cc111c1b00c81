"""Round 26: the people an owner noun names, a plural foreign surname shared by two first
names, a bare noun for people that names no one, brands listed in brackets, and a sale's
subject the parser takes for its object (classes from real business news; sentences
written for these tests)."""

from concord.nlp.shared_surnames import singular_surnames
from tests.conftest import Analyse, owner_property_pairs


def test_the_people_after_an_owner_noun_own_the_company_not_the_chain(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Компания «Стройинвест», подконтрольная основателям сети магазинов «Колос» братьям "
        "Игорю и Павлу Сомовым, купила участок под Тулой.",
    )
    assert ("Игорь Сомов", "Стройинвест") in pairs
    assert ("Павел Сомов", "Стройинвест") in pairs
    assert ("Колос", "Стройинвест") not in pairs


def test_an_owner_noun_without_people_after_it_still_leaves_the_chain_out(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse, "Фирма «Ольха», подконтрольная владельцам сети аптек «Лекарь», открыла склад."
    )
    assert ("Лекарь", "Ольха") not in pairs


def test_a_plural_foreign_surname_is_shared_by_both_first_names(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Холдинг «Ладья» принадлежит братьям Марку и Семену Гольдбергам.",
    )
    assert ("Марк Гольдберг", "Ладья") in pairs
    assert ("Семен Гольдберг", "Ладья") in pairs


def test_consonant_stem_surnames_lose_their_plural_ending() -> None:
    assert singular_surnames("Гольдбергам") == ("Гольдберг", "Гольдберг")
    assert singular_surnames("Шульманами") == ("Шульман", "Шульман")
    assert singular_surnames("Кравцовым") == ("Кравцов", "Кравцова")
    assert singular_surnames("Дамам") is None  # too short a stem to be a surname
    assert singular_surnames("Фроловы") == ("Фролов", "Фролова")


def test_a_bare_noun_for_people_at_a_sentence_start_owns_nothing(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, 'Основатели "Пеликана" создадут сеть кафе.')
    assert not any(owner == "Основатели" for owner, _ in pairs)
    pairs = owner_property_pairs(analyse, 'Совладельцы "Пеликана" создадут сеть кафе.')
    assert not any(owner == "Совладельцы" for owner, _ in pairs)


def test_a_quoted_noun_for_people_is_still_a_name(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Банк «Союз» принадлежит компании «Акционеры».")
    assert ("Акционеры", "Союз") in pairs


def test_a_brand_in_a_bracketed_list_is_not_what_a_later_noun_means(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Фонд «Север» владеет 10% холдинга «Лето» (магазины «Лукошко», «Пятак» и др.). "
        "Основатели сети Иван Лобов и Петр Гусев выкупят этот пакет.",
    )
    assert ("Иван Лобов", "Пятак") not in pairs
    assert ("Иван Лобов", "Лето") in pairs


def test_funds_before_a_plural_sale_verb_sell_and_are_not_sold(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Летом этого года фонды Alder Capital Partners и North Ridge Partners продали "
        "62,5% омской розничной сети «Ромашка» торговому холдингу «Берег».",
    )
    assert ("Ромашка", "Alder Capital Partners") not in pairs


def test_an_object_before_its_verb_with_a_subject_is_still_sold(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Акции завода «Луч» компания продала холдингу «Вега».")
    assert ("Вега", "Луч") in pairs


def test_a_person_after_a_second_coordinated_owner_noun_owns_the_first_property(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Пакет акций «Томи» купит совладелец банка «Заря» и бывший владелец сети «Уют» "
        "Илья Серов.",
    )
    assert ("Илья Серов", "Заря") in pairs
    assert ("Томи", "Заря") not in pairs


def test_a_group_participle_lists_its_members_however_the_parser_hangs_them(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse,
        'Группа «Сигма», объединяющая одноименного дистрибутора, сеть салонов "Глобус" и '
        'завод "Вектор", купила сеть "Лада".',
    )
    assert ("Сигма", "Глобус") in pairs
    assert ("Сигма", "Вектор") in pairs


def test_a_company_owned_through_another_is_owned_by_neither_as_a_subject(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Антимонопольная служба одобрила ходатайство ООО «Вега» о покупке ОАО «Томский речной "
        "порт». По данным базы «СПАРК», «Вега» через Верхнеобское пароходство владеет 9% "
        "акций порта.",
    )
    assert ("Верхнеобское пароходство", "Томский речной порт") not in pairs


def test_its_own_stake_that_a_company_means_to_sell_is_still_held(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Уральский трубный завод решил продать свою долю (7,5% акций) в ОАО «Азовский порт» "
        "(АП, Ростовская область).",
    )
    assert ("Уральский трубный завод", "Азовский порт") in pairs
    pairs = owner_property_pairs(analyse, "Компания «Заря» продает свою долю в банке «Вега».")
    assert ("Заря", "Вега") in pairs


def test_its_own_stake_once_sold_is_held_no_more(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Компания «Заря» продала свою долю в банке «Вега».")
    assert ("Заря", "Вега") not in pairs


def test_a_holder_of_a_stake_is_its_owner_and_the_noun_is_not_a_name(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Держателем 20% акций банка «Заря» является компания «Омега»."
    )
    assert ("Омега", "Заря") in pairs
    assert not any(owner.startswith("Держател") for owner, _ in pairs)


def test_a_bare_noun_with_a_relational_adjective_stands_for_the_name_holding_it(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse,
        "ООО «Ока» купило 30% акций ОАО «Тобольский речной порт». Сделку профинансировало "
        "ОАО «Верхнеобское пароходство». Еще 60% акций тобольского предприятия принадлежали "
        "ОАО «Уралтранс».",
    )
    assert ("Уралтранс", "Тобольский речной порт") in pairs
    assert ("Уралтранс", "Верхнеобское пароходство") not in pairs


def test_a_region_noun_holding_its_own_stake_stands_for_the_region_named_before(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Власти Тверской области решили продать пакет. Область готова уступить свою долю в "
        "аэропорту «Северный» инвестору.",
    )
    assert ("Тверская область", "Северный") in pairs
    pairs = owner_property_pairs(
        analyse, "Область готова уступить свою долю в аэропорту «Северный» инвестору."
    )
    assert not any(owner == "Область" for owner, _ in pairs)
