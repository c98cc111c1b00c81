"""Round 28: ownership said in passing in regional and business news: a relative clause
"который входит в (состав) холдинг(а) X", a copula with a possession noun ("является
собственностью Y"), a holding named by its owner's genitive however the parser hangs it, a
company of a person described by two coordinated nouns, and an object put before the verb
whose gender the verb does not take (sentences written for these tests)."""

from tests.conftest import Analyse, owner_property_pairs


def _holds(pairs: list[tuple[str, str]], owner: str, owned: str) -> bool:
    """Whether a pair's owner and property begin with the stems given."""
    return any(o.startswith(owner) and p.startswith(owned) for o, p in pairs)


def test_a_relative_clause_of_membership_names_the_member_before_it(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Отгрузку начал «Сосновский механический завод», который входит в состав холдинга "
        "«Гранит».",
    )
    assert _holds(pairs, "Гранит", "Сосновский механический завод")


def test_a_relative_clause_of_membership_without_composition(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Компания «Ирбис», которая входит в холдинг «Гранит», открыла цех в Туле."
    )
    assert _holds(pairs, "Гранит", "Ирбис")


def test_a_relative_clause_of_a_ranking_is_no_membership(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Компания «Ирбис», которая входит в число крупнейших экспортеров, открыла цех."
    )
    assert pairs == []


def test_a_copula_with_a_possession_noun_names_the_owner(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Завод «Ирбис» является собственностью Тверской области."
    )
    assert _holds(pairs, "Тверск", "Ирбис")


def test_a_past_copula_with_a_possession_noun_names_the_owner(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Фабрика «Ирбис» была собственностью Ивана Сомова.")
    assert _holds(pairs, "Иван", "Ирбис")


def test_a_copula_with_a_possession_noun_of_an_idea_is_silent(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Эта идея является собственностью Ивана Сомова.")
    assert pairs == []


def test_a_holding_named_by_its_owner_genitive_however_hung(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "2 марта в АО «Луговое», входящем в агрохолдинг Вологодского молочного комбината, "
        "состоится открытие второй фермы нового молочного комплекса.",
    )
    assert _holds(pairs, "Вологодск", "Луговое")


def test_a_bare_holding_with_no_genitive_owner_is_silent(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "ООО «Нива» входит в агрохолдинг. В агрохолдинг входят пять хозяйств."
    )
    assert pairs == []


def test_a_company_of_a_person_with_two_coordinated_descriptions(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Холдинг «Гранит» самарского бизнесмена и депутата Олега Смирнова открыл склад.",
    )
    assert _holds(pairs, "Олег Смирнов", "Гранит")


def test_a_company_of_a_person_described_by_no_business_noun_is_silent(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Компания «Гранит» обратилась к памяти депутата и журналиста Олега Смирнова.",
    )
    assert not _holds(pairs, "Олег Смирнов", "Гранит")


def test_an_object_put_first_is_told_by_the_verb_gender(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Завод «Ирбис» купила компания «Гранит».")
    assert _holds(pairs, "Гранит", "Ирбис")
    assert not _holds(pairs, "Ирбис", "Гранит")


def test_subject_first_stays_the_buyer(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Компания «Гранит» купила завод «Ирбис».")
    assert _holds(pairs, "Гранит", "Ирбис")
    assert not _holds(pairs, "Ирбис", "Гранит")
