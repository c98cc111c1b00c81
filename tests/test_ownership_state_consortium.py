"""State ownership said with an adjective, consortium members, a purchase the parser read
backwards (round 19, classes from real news; sentences written for these tests)."""

from tests.conftest import Analyse, owner_property_pairs


def test_federal_property_is_the_named_state(analyse: Analyse) -> None:
    text = (
        "Минимущество России готовит продажу. Около 38 % акций ОАО «Камский порт» "
        "находятся в федеральной собственности."
    )
    assert ("Россия", "Камский порт") in owner_property_pairs(analyse, text)


def test_federal_property_needs_a_named_state_and_a_named_company(analyse: Analyse) -> None:
    assert (
        owner_property_pairs(
            analyse, "Около 38 % акций ОАО «Камский порт» находятся в федеральной собственности."
        )
        == []
    )
    assert (
        owner_property_pairs(
            analyse, "В России идет приватизация. Здание находится в федеральной собственности."
        )
        == []
    )


def test_consortium_members_own_the_consortium(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "В консорциум «Северный терминал» вошли банк «Восток» и компания «Портинвест»."
    )
    assert ("Восток", "Северный терминал") in pairs
    assert ("Портинвест", "Северный терминал") in pairs
    assert ("Северный терминал", "Восток") not in pairs


def test_a_holding_still_owns_its_members(analyse: Analyse) -> None:
    assert ("Гранит", "Алмаз") in owner_property_pairs(
        analyse, "Завод «Алмаз» входит в холдинг «Гранит»."
    )


def test_purchase_read_backwards_by_the_parser_is_turned_round(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "В марте «Сибмолоко» приобрело ОАО «Кедровский хлебозавод»."
    )
    assert ("Сибмолоко", "Кедровский хлебозавод") in pairs
    assert ("Кедровский хлебозавод", "Сибмолоко") not in pairs


def test_the_state_s_share_is_the_named_state_s(analyse: Analyse) -> None:
    text = "В России продолжается приватизация. Доля государства в ОАО «Уралтранс» составляет 51 %."
    assert ("Россия", "Уралтранс") in owner_property_pairs(analyse, text)
    assert (
        owner_property_pairs(analyse, "Доля государства в ОАО «Уралтранс» составляет 51 %.") == []
    )
