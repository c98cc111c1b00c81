"""Round 30: membership of a group that the parser breaks up: a quoted group name after the
group noun hung on another word ("входящая в группу «Y» не планирует …", no closing comma),
and a relative clause opened by "куда" ("в группе Y, куда входит газета X"). Sentences
written for these tests."""

from tests.conftest import Analyse, owner_property_pairs


def _holds(pairs: list[tuple[str, str]], owner: str, owned: str) -> bool:
    """Whether a pair's owner and property begin with the stems given."""
    return any(o.startswith(owner) and p.startswith(owned) for o, p in pairs)


def test_a_quoted_group_name_hung_on_another_word_still_owns_the_member(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Авиакомпания «Стриж», входящая в группу «Аэрофлот» не собирается расширять парк "
        "самолетов.",
    )
    assert _holds(pairs, "Аэрофлот", "Стриж")


def test_a_quoted_holding_name_without_the_closing_comma(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Компания «Ладога», входящая в группу «Сбербанк» не планирует сокращать штат.",
    )
    assert _holds(pairs, "Сбербанк", "Ладога")


def test_a_group_noun_before_an_unquoted_common_word_names_no_owner(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Авиакомпания «Стриж», входящая в группу риска, сократила рейсы."
    )
    assert not pairs


def test_where_a_newspaper_enters_is_the_group_before_the_comma(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Об этом сообщили в «Волжской медиагруппе», куда входит газета «Заря»."
    )
    assert _holds(pairs, "Волжск", "Заря")


def test_where_several_plants_enter_is_the_holding(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Холдинг «Вереск», куда входят фабрика «Ладога» и завод «Ока», сократил выпуск."
    )
    assert _holds(pairs, "Вереск", "Ладога")
    assert _holds(pairs, "Вереск", "Ока")


def test_a_person_entering_with_a_plant_in_the_genitive_is_no_member(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Делегация прибыла в холдинг «Вереск», куда вошел директор завода «Ока»."
    )
    assert not _holds(pairs, "Вереск", "Ока")


def test_where_a_road_enters_a_city_is_no_ownership(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Колонна проехала в Тверь, куда входит трасса «Балтия».")
    assert not pairs


def test_shares_held_by_a_company_after_u_on_a_participle(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Имеющиеся у компании «Вереск» акции завода «Ока» будут проданы."
    )
    assert _holds(pairs, "Вереск", "Ока")


def test_a_stake_held_after_u_described_after_its_noun(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Пакет акций завода «Ока», имеющийся у компании «Вереск», выставлен на продажу."
    )
    assert _holds(pairs, "Вереск", "Ока")


def test_held_shares_counted_with_a_stake_of_a_named_company(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Регулятор разрешил ООО «Ладога» купить 25% акций ОАО «Ока», что в совокупности с "
        "имеющимися у ЗАО «Вереск» акциями составит 50% голосующих акций ОАО «Ока».",
    )
    assert _holds(pairs, "Вереск", "Ока")


def test_claims_held_by_a_company_are_no_stake(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Имеющиеся у компании «Вереск» претензии к заводу «Ока» урегулированы."
    )
    assert not pairs


def test_a_warehouse_standing_at_a_plant_is_not_the_plants(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Находящийся у завода «Ока» склад компании «Вереск» сгорел."
    )
    assert not _holds(pairs, "Ока", "Вереск")
