"""A participle of membership before its noun, a group named in brackets, an owner in a
relative clause, a beneficiary, a stake of the company the sentence before is about
(round 22, classes from real news; sentences written for these tests)."""

from tests.conftest import Analyse, owner_property_pairs


def test_a_membership_participle_before_its_noun(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Входящий в холдинг «Заря» комбинат «Луч» начал выпуск печенья."
    )
    assert ("Заря", "Луч") in pairs


def test_a_membership_participle_after_a_comma_is_left_to_the_member_rule(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Завод «Луч», входящий в холдинг «Заря», открыл цех в Самаре."
    )
    assert ("Заря", "Луч") in pairs


def test_a_group_in_brackets_after_the_member(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Суд арестовал 12 млн акций «Вологдаэнерго» (входит в «Северсеть»), "
        "а также 3 млн акций «Онегаэнерго».",
    )
    assert ("Северсеть", "Вологдаэнерго") in pairs
    assert ("Северсеть", "Онегаэнерго") not in pairs


def test_brackets_with_a_town_before_the_group(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Мельница «Колос» (Тверь, входит в ГК «Нива-Трейд») в марте будет продана."
    )
    assert ("Нива-Трейд", "Колос") in pairs


def test_an_owner_in_a_relative_clause_after_its_company(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Пряники выпускались на фабрике «Медовый край», владельцем которой была «Сласти групп».",
    )
    assert ("Сласти групп", "Медовый край") in pairs


def test_a_beneficiary_owns_the_company_meant(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Лесопромышленная компания «Таежный лес» работает в Прикамье. Основной бенефициар "
        "компании – "
        "Аркадий Сомов.",
    )
    assert ("Аркадий Сомов", "Таежный лес") in pairs


def test_a_stake_of_the_company_the_sentence_before_is_about(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Пивоваренный завод «Янтарная бочка» был основан в 1999 году. По данным реестра, "
        "100 % долей принадлежит Олегу Кравцову.",
    )
    assert ("Олег Кравцов", "Янтарная бочка") in pairs


def test_a_stake_with_no_subject_before_takes_nothing(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "В 1999 году в Твери открыли пивоваренный завод. По данным реестра, 100 % долей "
        "принадлежит Олегу Кравцову.",
    )
    assert not pairs


def test_an_owner_in_a_relative_clause_in_a_long_sentence(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "С 1971 до весны 2016 года пастила под маркой «Коломенская сказка» выпускалась на "
        "фабрике «Белый налив», владельцем которой была «ТМК групп».",
    )
    assert ("ТМК групп", "Белый налив") in pairs


def test_two_members_before_a_plural_participle(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        'ОАО «Мельница "Жито"» (Пенза) и ОАО «Сызранский хлебозавод», входящие в холдинг '
        "«Русский каравай», подписали договор поставки муки.",
    )
    assert ("Русский каравай", "Сызранский хлебозавод") in pairs
    assert ("Жито", "Сызранский хлебозавод") not in pairs


def test_a_company_noun_before_the_owner_in_a_relative_clause(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Зефир выпускался на фабрике «Белый налив», владельцем которой была компания «Северсахар».",
    )
    assert ("Северсахар", "Белый налив") in pairs
    assert ("Белый налив", "Северсахар") not in pairs


def test_members_after_a_relative_pronoun_with_into(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Медиахолдинг «Волга Медиа» создал новую компанию «Поволжская сеть», в которую вошли "
        "радиостанции «Волна», «Берег» и «Утес».",
    )
    assert ("Поволжская сеть", "Волна") in pairs
    assert ("Поволжская сеть", "Утес") in pairs


def test_a_holding_that_unites_a_list_after_a_dash(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "ООО «Сибирь Медиа» — медиахолдинг, который объединяет телеканал «Енисей», "
        "радиостанцию «Тайга FM» и газету «Вечерний Омск».",
    )
    assert ("Сибирь Медиа", "Енисей") in pairs
    assert ("Сибирь Медиа", "Вечерний Омск") in pairs


def test_a_holder_in_brackets_after_the_property(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "ООО «Ангартеплоэнерго» (100 % принадлежит Baikal Energy Ltd) приобрело 30 % "
        "акций «Иркутской сбытовой компании».",
    )
    assert ("Baikal Energy Ltd", "Ангартеплоэнерго") in pairs
    assert ("Baikal Energy Ltd", "Иркутская сбытовая компания") not in pairs


def test_a_post_before_the_common_noun_of_a_company_is_no_stake(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Прокуратура проверила доходы генерального директора завода «Уралкабель» Игоря Сомова.",
    )
    assert ("Игорь Сомов", "Уралкабель") not in pairs


def test_a_company_name_then_its_owner_in_the_genitive_still_holds(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Прокуратура проверила доходы группы «Уралкабель» Игоря Сомова."
    )
    assert ("Игорь Сомов", "Уралкабель") in pairs


def test_rights_to_premises_under_stores_own_no_store_chain(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Сейчас ООО «Опора» владеет правами аренды на помещения под магазинами «Кедровый» и "
        "«Полушка».",
    )
    assert ("Опора", "Полушка") not in pairs
    assert ("Опора", "Кедровый") not in pairs


def test_owning_a_company_is_still_owning(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Сейчас ООО «Опора» владеет сетью магазинов «Полушка».")
    assert ("Опора", "Полушка") in pairs


def _has(pairs: list[tuple[str, str]], owner: str, owned: str) -> bool:
    from tests.written_forms import same_name

    return any(same_name(o, owner) and same_name(p, owned) for o, p in pairs)


def test_a_counted_company_noun_then_a_dash_and_the_list(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Два предприятия «Уралзолота» - ООО «Золото Тагила» и ООО «Серебро Урала» - "
        "остановлены на ремонт.",
    )
    assert _has(pairs, "Уралзолото", "Золото Тагила")
    assert _has(pairs, "Уралзолото", "Серебро Урала")


def test_a_dash_after_a_singular_company_gives_no_list(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Акции компании «Уралзолото» - ООО «Золото Тагила» и ООО «Серебро Урала» - подешевели.",
    )
    assert not _has(pairs, "Уралзолото", "Золото Тагила")


def test_the_property_of_an_owner_noun_buys_nothing(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Владелец сети «Магнолия» купит магазины «Азбука».")
    assert ("Магнолия", "Азбука") not in pairs
    assert ("Азбука", "Магнолия") not in pairs


def test_a_named_buyer_still_buys(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Сеть «Магнолия» купит магазины «Азбука».")
    assert ("Магнолия", "Азбука") in pairs
