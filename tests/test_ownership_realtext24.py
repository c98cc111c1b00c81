"""A pronoun object of an owning verb, a subject shared by coordinated verbs, assets listed
after a dash, an unnamed group that blocks the look-back and a post over a list of bodies
(round 24, classes from real business news; sentences written for these tests)."""

from tests.conftest import Analyse, owner_property_pairs


def test_a_pronoun_object_in_brackets_is_the_name_before(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Портал «Вестник» принадлежал холдингу «Медиаплюс» (им владеет «Альтаир» Ивана Сомова).",
    )
    assert ("Альтаир", "Медиаплюс") in pairs
    assert ("Иван Сомов", "Альтаир") in pairs


def test_a_pronoun_object_in_the_next_sentence_is_the_subject_before(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Завод «Ока» работает с 1960 года. Его контролирует группа «Сириус»."
    )
    assert ("Сириус", "Ока") in pairs


def test_an_instrumental_pronoun_object(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Комбинат «Заря» выпускает картон. Им владеет компания «Полюс» через ЗАО «Берег».",
    )
    assert ("Полюс", "Заря") in pairs


def test_a_pronoun_object_never_stands_for_a_person(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Инженер Павел Орлов переехал в Самару. Его пригласила компания «Полюс»."
    )
    assert not pairs


def test_a_coordinated_purchase_shares_the_subject(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "В 2013 году Глеб Панов закрыл долгую сделку и приобрёл 60% акций «Ротора»."
    )
    assert ("Глеб Панов", "Ротор") in pairs


def test_a_coordinated_purchase_with_a_pronoun_subject(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Капитал Игоря Белова вырос после продажи сети. Он переехал в Ниццу и купил "
        "70% акций клуба «Ривьера».",
    )
    assert ("Игорь Белов", "Ривьера") in pairs


def test_a_described_person_becomes_owner_in_a_coordinated_clause(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Известный бизнесмен Аркадий Лунин уладил все бумаги и стал владельцем "
        "хоккейного клуба «Метеор».",
    )
    assert ("Аркадий Лунин", "Метеор") in pairs


def test_assets_listed_after_a_dash(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "В новую структуру войдут и активы «Волны» — радиостанции «Прибой», «Бриз» и "
        "телеканал «Штиль».",
    )
    assert {("Волна", "Прибой"), ("Волна", "Бриз"), ("Волна", "Штиль")} <= set(pairs)


def test_an_unnamed_holding_between_blocks_the_named_one(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Фонд предложил холдингу «Грань» продать канал «Ритм». Канал войдёт в новый "
        "спортивный медиахолдинг. В холдинг также войдут радиостанции «Прибой» и «Бриз».",
    )
    assert ("Грань", "Прибой") not in pairs
    assert ("Грань", "Бриз") not in pairs


def test_the_named_holding_is_meant_with_no_other_between(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Холдинг «Грань» работает с 2005 года. В холдинг входят радиостанции «Прибой» и «Бриз».",
    )
    assert ("Грань", "Прибой") in pairs


def test_a_post_over_two_bodies_names_the_person_after_them(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Типография «Оттиск», принадлежащая бывшему топ-менеджеру «Полиграфа» и "
        "«Медиапресса» Олегу Руднику, выиграла тендер.",
    )
    assert ("Олег Рудник", "Оттиск") in pairs
    assert not any(owner in {"Полиграф", "Медиапресс"} for owner, _ in pairs)


def test_a_pronoun_stands_for_a_nearer_noun_of_its_sentence(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "До осени банк «Оплот» мог купить пакет акций «Вестей» по той же цене, по которой его "
        "приобрел «Гелиос».",
    )
    assert ("Гелиос", "Оплот") not in pairs


def test_who_is_ready_to_sell_holds_what_it_sells(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Цена, за которую группа «Меридиан» готова продать станции «Лира», «Гамма» и «Эфир», "
        "не раскрывается.",
    )
    assert {("Меридиан", "Лира"), ("Меридиан", "Гамма"), ("Меридиан", "Эфир")} <= set(pairs)


def test_who_is_asked_to_sell_holds_what_it_sells(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Госкорпорация предложила холдингу «Норд» продать телеканал «Полярис»."
    )
    assert ("Норд", "Полярис") in pairs


def test_a_wish_to_buy_holds_nothing(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Фонд «Заря» хочет купить завод «Искра».")
    assert ("Заря", "Искра") not in pairs


def test_the_buyer_of_a_sale_not_yet_made_holds_nothing_yet(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Холдинг «Норд» может продать их омской медиагруппе «Сигнал»."
    )
    assert ("Норд", "Сигнал") not in pairs


def test_a_pair_across_a_comma_shares_no_subject(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "После того как Каскадбанк и Рубежбанк не вошли в систему страхования вкладов, Сизов "
        "стал проявлять интерес к покупке региональных банков и приобрел в 2006 году тверской "
        "Отрадбанк.",
    )
    assert not any(owner in {"Каскадбанк", "Рубежбанк"} for owner, _ in pairs)


def test_a_sale_of_a_stake_or_a_bare_business_names_no_holding(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Концерн «Вегас» должен перепродать этот пакет «Объединённой верфи». Компания Nordic "
        "Brew может продать свой бизнес Polar Malt.",
    )
    assert ("Вегас", "Объединённая верфь") not in pairs
    assert ("Nordic Brew", "Polar Malt") not in pairs
