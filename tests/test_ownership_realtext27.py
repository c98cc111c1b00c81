"""Round 27: ownership said in passing in ordinary company news (court cases, results,
openings): an owner noted in brackets, a stake list whose later items leave the verb out, a
percentage of shares a company received, a venture described by a second adjective, a
business noun after a dash, an object pronoun after an inverted subject, and a plural
relative pronoun that stands for the assets, not their former owner (sentences written for
these tests)."""

from tests.conftest import Analyse, owner_property_pairs


def _holds(pairs: list[tuple[str, str]], owner: str, owned: str) -> bool:
    """Whether a pair's owner and property begin with the stems given (names are kept in the
    case the text gives them)."""
    return any(o.startswith(owner) and p.startswith(owned) for o, p in pairs)


def test_the_owner_noted_in_brackets_owns_the_name_before(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Суд принял иск к холдингу «Корунд» (основной акционер – Павел Горин) о взыскании "
        "долга.",
    )
    assert _holds(pairs, "Павел Горин", "Корунд")


def test_a_structure_of_a_holding_noted_in_brackets_is_the_name_after(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Банк подал иск к структуре холдинга «Корунд» (основной акционер - Павел Горин) "
        "ОАО «Каменский ГОК» на 300 млн рублей.",
    )
    assert _holds(pairs, "Павел Горин", "Корунд")
    assert _holds(pairs, "Корунд", "Каменский ГОК")


def test_a_post_noted_in_brackets_is_no_owner(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Суд принял иск к холдингу «Корунд» (гендиректор – Павел Горин) о взыскании долга."
    )
    assert not _holds(pairs, "Павел Горин", "Корунд")


def test_later_stakes_of_a_list_leave_the_owning_verb_out(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "ОАО «Северный завод» владеет 60% уставного капитала ЗАО «Полюс», ООО «Вектор» - "
        "25%, ООО «Квадрат-Инвест» – 15%.",
    )
    assert _holds(pairs, "Северный завод", "Полюс")
    assert _holds(pairs, "Вектор", "Полюс")
    assert _holds(pairs, "Квадрат-Инвест", "Полюс")


def test_market_shares_listed_with_dashes_own_nothing(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Доля «Альфы» на рынке составила 30%, «Беты» - 20%, «Гаммы» – 10%."
    )
    assert pairs == []


def test_a_company_that_received_a_percentage_of_shares_holds_them(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "В мае банк «Заря» получил 51% акций торговой сети «Полка»."
    )
    assert _holds(pairs, "Заря", "Пол")


def test_a_structure_of_a_bank_that_received_shares_stands_for_the_bank(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse, "В июне структура банка «Заря» получила 40% акций сети «Полка»."
    )
    assert _holds(pairs, "Заря", "Пол")


def test_a_percentage_of_revenue_received_holds_no_stake(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Компания «Заря» получила 40% выручки от продаж в сети «Полка»."
    )
    assert not _holds(pairs, "Заря", "Пол")


def test_a_joint_venture_described_by_a_second_adjective(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "«Ямалнефть» — совместное нефтедобывающее предприятие «Роснефти» и «Лукойла».",
    )
    assert _holds(pairs, "Роснефт", "Ямалнефть")
    assert _holds(pairs, "Лукойл", "Ямалнефть")


def test_a_chain_after_a_dash_is_the_personal_business_of_a_man(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "В компании заявили, что кафе «Пышка» – личный бизнес Олега Курова."
    )
    assert _holds(pairs, "Олег", "Пышка")


def test_a_business_noun_without_a_genitive_owner_names_none(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Кафе «Пышка» – убыточный бизнес, сообщил аналитик Олег Куров."
    )
    assert pairs == []


def test_an_object_pronoun_stands_for_an_inverted_subject_before(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Управляет сетью минимаркетов фирма «Добрые соседи», зарегистрированная в Туле. Ею "
        "владеет предприниматель Иван Дронов.",
    )
    assert _holds(pairs, "Иван Дронов", "Добры")


def test_a_plural_relative_pronoun_stands_for_the_assets_not_their_owner(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Компания была создана на базе бывших активов «Ветлуги», которые в 2007 году на "
        "торгах по распродаже имущества разорившейся группы Ивана Шарова приобрели немецкие "
        "Orta и Vela.",
    )
    assert not _holds(pairs, "Orta", "Ветлуг")
    assert not _holds(pairs, "Vela", "Ветлуг")


def test_the_partner_in_apposition_owns_not_the_man_he_is_a_partner_of(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Гостиницы сети «Ладога», принадлежащие компаньону бывшего сенатора Игоря Сомова, "
        "бизнесмену Петру Лаврову, выставлены на торги.",
    )
    assert _holds(pairs, "Петр Лавров", "Ладога")
    assert not _holds(pairs, "Игорь Сомов", "Ладога")


def test_the_relative_owns_not_the_official_he_is_a_relative_of(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Отели сети «Ладога», принадлежащие брату мэра Игоря Сомова, закрыты на ремонт."
    )
    assert not _holds(pairs, "Игорь Сомов", "Ладога")


def test_whom_a_company_is_bought_from_holds_it(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Холдинг «Вектор» ведет переговоры о покупке «Полюса» у группы «Сфера»."
    )
    assert _holds(pairs, "Сфер", "Полюс")


def test_goods_bought_from_a_company_name_no_holding(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Завод «Вектор» договорился о покупке оборудования у группы «Сфера»."
    )
    assert not any(owner.startswith("Сфер") for owner, _ in pairs)
