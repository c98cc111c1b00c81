"""Round 29: ownership written in ordinary business prose: "свой" before a subsidiary noun
hung on an action noun or an infinitive, a stake in the capital of a company named before
by its noun, and a plant noun with no name of its own whose owner is a person in the
genitive (sentences written for these tests)."""

from tests.conftest import Analyse, owner_property_pairs


def _holds(pairs: list[tuple[str, str]], owner: str, owned: str) -> bool:
    """Whether a pair's owner and property begin with the stems given."""
    return any(o.startswith(owner) and p.startswith(owned) for o, p in pairs)


def test_an_own_subsidiary_under_an_action_noun_is_the_subjects(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Холдинг «Вереск» сообщил о покупке через свою дочернюю компанию ООО «Ладога» "
        "сети аптек в Твери.",
    )
    assert _holds(pairs, "Вереск", "Ладога")


def test_an_own_subsidiary_under_an_infinitive_is_the_subjects(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Концерн «Вереск» решил продать свою дочернюю компанию ООО «Ладога»."
    )
    assert _holds(pairs, "Вереск", "Ладога")


def test_an_own_subsidiary_in_a_clause_of_its_own_is_not_the_main_subjects(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Концерн «Вереск» заявил, что фирма «Ока» продаст свою дочернюю компанию ООО «Ладога».",
    )
    assert not _holds(pairs, "Вереск", "Ладога")


def test_a_stake_in_the_capital_of_a_company_named_by_its_noun(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Сотовый оператор «Сигнал-Т» работает в Твери с 2001 года. Компания «Вереск», "
        "которая владела 40% уставного капитала оператора, вышла из бизнеса.",
    )
    assert _holds(pairs, "Вереск", "Сигнал-Т")


def test_a_raised_capital_is_no_stake(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Сотовый оператор «Сигнал-Т» работает в Твери. Компания «Вереск» увеличила уставный "
        "капитал на 40%.",
    )
    assert pairs == []


def test_a_plant_noun_with_a_persons_genitive_stands_for_the_plant_before(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Больше всех ткани в области выпустил текстильный комбинат «Ока». Предприятие Семена "
        "Жукова отгрузило за год 3 млн метров.",
    )
    assert _holds(pairs, "Семен Жуков", "Ока")


def test_a_plant_named_with_its_persons_genitive(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Комбинат «Ока» Семена Жукова отгрузил за год 3 млн метров ткани."
    )
    assert _holds(pairs, "Семен Жуков", "Ока")


def test_a_company_noun_of_another_kind_stands_for_no_plant_before(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Завод «Ока» открыл новый цех. Компания Семена Жукова вложила в проект 200 млн рублей.",
    )
    assert pairs == []


def test_a_plant_noun_of_a_person_with_nothing_named_before_is_silent(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse, "Предприятие Семена Жукова отгрузило за год 3 млн метров ткани."
    )
    assert pairs == []


def test_an_own_named_chain_belongs_to_the_subject(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Компания «Вереск» намерена расширить свою основную сеть «Ладога» до 500 магазинов.",
    )
    assert _holds(pairs, "Вереск", "Ладога")


def test_an_own_named_plant_belongs_to_the_person(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Семен Жуков открыл свой завод «Ладога» в Твери.")
    assert _holds(pairs, "Семен Жуков", "Ладога")


def test_an_own_rival_is_not_owned(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Компания «Вереск» подала иск к своему конкуренту, компании «Ладога»."
    )
    assert pairs == []


def test_a_bracketed_company_noun_with_its_group(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "ООО «Ладога» (предприятие группы «Вереск») открыло цех в Твери."
    )
    assert _holds(pairs, "Вереск", "Ладога")


def test_a_plant_noun_beside_a_name_with_its_company(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "АО «Ладога», завод компании «Вереск», открыл цех в Твери."
    )
    assert _holds(pairs, "Вереск", "Ладога")


def test_a_company_noun_beside_a_name_with_its_person(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "ООО «Ладога», компания Семена Жукова, открыло цех в Твери."
    )
    assert _holds(pairs, "Семен Жуков", "Ладога")


def test_a_supplier_beside_a_name_is_not_owned(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "ООО «Ладога», поставщик компании «Вереск», открыло цех в Твери."
    )
    assert pairs == []


def test_a_plant_noun_of_a_region_beside_a_name_is_silent(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "ООО «Ладога», крупнейшее предприятие Тверской области, открыло цех."
    )
    assert pairs == []


def test_a_subsidiary_noun_after_a_share_names_the_company_before_the_comma(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse, "ООО «Ладога», 100% дочернее предприятие компании «Вереск», построит завод."
    )
    assert _holds(pairs, "Вереск", "Ладога")


def test_a_subsidiary_of_a_relative_pronoun_is_not_the_name_before(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "ООО «Ладога», дочерняя компания которого «Сигма» закрылась, построит завод."
    )
    assert not _holds(pairs, "Сигма", "Ладога")


def test_a_group_after_a_preposition_is_the_persons_own_not_the_one_before(
    analyse: Analyse,
) -> None:
    text = (
        "Завод «Кедр», принадлежащий группе «Северный металл», остановил цеха. "
        "В прошлом году завод просил кредит в банке «Заря», входящем в группу Петра Котова."
    )
    pairs = owner_property_pairs(analyse, text)
    assert not _holds(pairs, "Петр Котов", "Северный металл")
