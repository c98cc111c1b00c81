"""Round 34: a person's genitive after an unquoted company name ("издательский дом Vega Press
Игоря Сомова"), companies joined to what stays with a holder ("у «X» останутся сети «A» и
«B»"), a percent in words as a stake and holders joined after "у" ("20 процентов осталось у A и B"), a bare stake
bought in the passive ("Акции были приобретены холдингом «Y»"), and a group noun carrying a
relative pronoun ("в портфолио которой входят A и B"); an announced purchase stays a deal
("объявил о покупке …", as FactRuEval marks it). Sentences written for these tests;
the names are invented."""

from tests.conftest import Analyse, owner_property_pairs


def _holds(pairs: list[tuple[str, str]], owner: str, owned: str) -> bool:
    """Whether a pair's owner and property begin with the stems given."""
    return any(o.startswith(owner) and p.startswith(owned) for o, p in pairs)


def test_a_person_after_an_unquoted_company_name(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Издательский дом Vega Press Игоря Сомова купил журнал «Парус»."
    )
    assert _holds(pairs, "Игор", "Vega Press")


def test_a_person_after_an_unquoted_holding_name(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Медиахолдинг Nova Media Олега Рыбина купил радиостанцию."
    )
    assert _holds(pairs, "Олег", "Nova Media")


def test_a_bare_unquoted_name_before_a_person_owns_nothing(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Акции Сбербанка Германа Грефа выросли.")
    assert not pairs


def test_a_house_without_a_company_name_owns_nothing(analyse: Analyse) -> None:
    assert not owner_property_pairs(analyse, "Дом Ивана Петрова сгорел.")


def test_an_announced_purchase_is_a_deal_not_yet_a_holding(analyse: Analyse) -> None:
    # FactRuEval marks "объявила о покупке" as a Deal and no Ownership (devset tune)
    pairs = owner_property_pairs(
        analyse, "Холдинг «Мирта» объявил о покупке 100% компании «Парус»."
    )
    assert not _holds(pairs, "Мирта", "Парус")


def test_every_company_staying_with_a_holder(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "После сделки у компании «Мирта» останутся сети «Луч» и «Парус»."
    )
    assert _holds(pairs, "Мирта", "Луч") and _holds(pairs, "Мирта", "Парус")


def test_a_place_the_companies_stand_at_holds_nothing(analyse: Analyse) -> None:
    assert not owner_property_pairs(analyse, "Офис компании «Мирта» и склад «Луч» находятся у вокзала.")


def test_a_percent_in_words_left_with_two_holders(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Владельцем 60 процентов ООО «Кедр» стал Иван Сомов — основатель холдинга «Мирта». "
        "20 процентов осталось у Петра Зуева и Анны Клим.",
    )
    assert _holds(pairs, "Петр", "Кедр") and _holds(pairs, "Анна", "Кедр")
    assert not _holds(pairs, "Петр", "Мирта")


def test_a_percent_of_growth_is_no_stake(analyse: Analyse) -> None:
    assert not owner_property_pairs(analyse, "Цены выросли на 20 процентов у компании «Мирта».")


def test_a_bare_stake_bought_in_the_passive(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Иван Сомов стал владельцем 25% акций ОАО «Кедр». Акции были приобретены "
        "медиахолдингом «Мирта» у фонда «Север».",
    )
    assert _holds(pairs, "Мирта", "Кедр")


def test_a_bare_stake_with_no_company_before_gives_nothing(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Банк «Кедр» открыл офис. Акции были приобретены медиахолдингом «Мирта»."
    )
    assert not _holds(pairs, "Мирта", "Кедр")


def test_a_portfolio_named_by_a_relative_pronoun(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Холдинг «Мирта» завершил покупку компании «Парус», в портфолио которой "
        "входят журналы «Луч», «Кедр» и «Заря».",
    )
    assert _holds(pairs, "Мирта", "Парус")
    assert all(_holds(pairs, "Парус", name) for name in ("Луч", "Кедр", "Заря"))
    assert not _holds(pairs, "Мирта", "Луч")
