"""A time phrase between an owner noun's name and its owner, and a public office between a
company and the person who owns it (round 25, classes from real business news; sentences
written for these tests)."""

from tests.conftest import Analyse, owner_property_pairs


def test_a_time_phrase_after_the_owned_name_keeps_the_owner_in_reach(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Как известно, владельцем гандбольного клуба «Волна» с 2009 года является "
        "ООО «Северный ветер».",
    )
    assert ("Северный ветер", "Волна") in pairs


def test_a_far_name_after_the_copula_is_still_not_taken(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Владельцем клуба «Волна» остается город, а спонсором команды в прошлом сезоне "
        "неожиданно стала компания «Северный ветер».",
    )
    assert ("Северный ветер", "Волна") not in pairs


def test_a_company_of_a_former_deputy(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Ремонт стадиона оплатит компания «Кедр» экс-депутата Законодательного собрания "
        "Романа Гусева.",
    )
    assert ("Роман Гусев", "Кедр") in pairs


def test_a_public_office_joined_to_a_party_by_a_hyphen(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Подрядчиком стала фирма «Гранит» бывшего сенатора-единоросса Олега Лапина."
    )
    assert ("Олег Лапин", "Гранит") in pairs


def test_a_managing_post_names_no_owner(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Заказ на трубы получил завод «Прибой» директора Ивана Котова."
    )
    assert ("Иван Котов", "Прибой") not in pairs


def test_a_feminine_relative_after_a_man_is_the_group_he_heads(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Страховщик «Росстрах» входит в группу «Альфа» Ивана Котова, которая владела "
        "банком «Север» до кризиса.",
    )
    assert ("Иван Котов", "Север") not in pairs
    assert ("Альфа", "Север") in pairs


def test_a_masculine_relative_after_a_man_is_the_man(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Завод «Прибой» купил Иван Котов, который владеет также компанией «Альфа»."
    )
    assert ("Иван Котов", "Альфа") in pairs


def test_the_outlet_that_reports_owns_nothing(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Как пишет газета «Вестник», одним из новых владельцев банка «Север» станет «Росстрах».",
    )
    assert ("Вестник", "Север") not in pairs
    assert ("Росстрах", "Север") in pairs


def test_a_dative_buyer_inside_the_sold_phrase_is_not_sold(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Фирма «Вектор» продала пакет структуре «Лукойла» — компании «Нефтесервис»."
    )
    assert ("Нефтесервис", "Лукойл") not in pairs
    sold = owner_property_pairs(
        analyse, "Фирма «Вектор» продала завод «Прибой» компании «Нефтесервис»."
    )
    assert ("Нефтесервис", "Прибой") in sold


def test_an_owner_that_speaks_in_its_own_clause_still_owns(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Группа «Вектор», материнская компания банка «Север», сообщила о продаже."
    )
    assert ("Вектор", "Север") in pairs


def test_a_public_office_with_a_common_noun_body(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Мост построит компания «Стройресурс» бывшего мэра города Андрея Зотова."
    )
    assert ("Андрей Зотов", "Стройресурс") in pairs


def test_the_reporting_outlet_leaves_room_for_a_far_owner(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Как сообщает агентство «Прайм-Финанс», владельцем завода «Луч» до конца года "
        "станет фонд «Ренова-Капитал».",
    )
    assert ("Ренова-Капитал", "Луч") in pairs
