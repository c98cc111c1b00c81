"""Round 32: control or a stake passing to someone ("контроль над X перешел к Y", "доля в X
отошла к структурам бизнесмена Y"), a company seizing shares ("завладела акциями X"), and a
bare common noun for a company ("предприятие") kept as if it were a name. Sentences written
for these tests; the names are invented."""

from concord.claim import Modality
from tests.conftest import Analyse, claims_of, owner_property_pairs


def _holds(pairs: list[tuple[str, str]], owner: str, owned: str) -> bool:
    """Whether a pair's owner and property begin with the stems given."""
    return any(o.startswith(owner) and p.startswith(owned) for o, p in pairs)


def test_control_over_shares_passing_to_a_group(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Контроль над 60 процентами акций компании «Северный кабель» перешел к инвестиционной "
        "группе «Балтрезерв».",
    )
    assert _holds(pairs, "Балтрезерв", "Северный кабель")


def test_a_stake_passing_to_a_bank(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Пакет акций завода «Ленточник» перешел к банку «Каменный мост»."
    )
    assert _holds(pairs, "Каменный мост", "Ленточник")


def test_a_stake_going_to_the_structures_of_a_businessman(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Доля в компании «Ростверк» отошла к структурам бизнесмена Олега Пантюхина."
    )
    assert _holds(pairs, "Олег Пантюхин", "Ростверк")


def test_a_company_passing_to_a_fund(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Компания «Ветлуга» перешла к фонду «Сосновый бор».")
    assert _holds(pairs, "Сосновый бор", "Ветлуга")


def test_a_stake_that_will_pass_is_a_plan(analyse: Analyse) -> None:
    analysed = analyse(
        "В следующем году пакет акций завода «Ленточник» перейдет к банку «Каменный мост»."
    )
    claims = claims_of(analysed, "ownership")
    assert claims and all(claim.modality != Modality.FACT for claim in claims)


def test_a_corporation_seizing_shares(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Корпорация «Уралмаштех» завладела акциями машиностроительного завода «Гидропресс».",
    )
    assert _holds(pairs, "Уралмаштех", "Гидропресс")


def test_a_bare_enterprise_noun_is_no_property(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Кировский патронный завод перешел в собственность государства\n"
        "Собственниками предприятия были Аркадий Вершинин и компания Solway Partners LTD.",
    )
    assert not any(owned.lower().startswith("предприят") for _, owned in pairs)


def test_passing_to_a_new_task_gives_nothing(analyse: Analyse) -> None:
    assert not owner_property_pairs(
        analyse, "Разговор перешел к обсуждению планов компании «Ветлуга»."
    )
    assert not owner_property_pairs(analyse, "Компания «Ветлуга» перешла к выпуску новых моделей.")
    assert not owner_property_pairs(analyse, "Тренер перешел к работе с командой «Ветлуга».")


def test_a_control_taken_by_other_words_still_reads(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Сеть аптек «Здравушка» перешла под контроль холдинга «Медведица»."
    )
    assert _holds(pairs, "Медведица", "Здравушка")


def test_a_newspaper_noun_stands_for_the_newspaper_named_before(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Газета «Вестник» сменила хозяина. Контроль над половиной акций газеты перешел к "
        "страховой группе «Купол».",
    )
    assert _holds(pairs, "Купол", "Вестник")


def test_a_newspaper_noun_never_stands_for_merely_the_latest_company(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Банк «Луч» выдал кредит. Контроль над половиной акций газеты перешел к страховой "
        "группе «Купол».",
    )
    assert not _holds(pairs, "Купол", "Луч")
