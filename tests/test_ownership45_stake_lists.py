"""Round 45: a company named with its owner ("холдинг «X» Ивана Y") acts for itself, the
person's genitive is no subject, object or receiver of the verb; a stake list goes on after
its first holder ("35 % в компании достались Z, а 9 % — W", "5 % – у ФГУП «V»", "…, а «U»
владеет 20 %"); a company one holds through ("через Росимущество") is no property. The
sentences are my own; the near misses guard the reach."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.claim import Modality
from tests.conftest import Analyse


def _pairs(analysed: AnalysedDocument) -> set[tuple[str, str]]:
    """The (owner, property) pairs of the ownership claims told as facts held now, each
    name cut to its first four letters (the values keep the text's case endings)."""
    return {
        (owner[:4], owned[:4])
        for claim in analysed.claims
        if claim.type == "ownership" and claim.modality is Modality.FACT
        and "former" not in claim.values("held")
        for owner in claim.values("owner")
        for owned in claim.values("property")
    }  # fmt: skip


def _has(pairs: set[tuple[str, str]], owner: str, owned: str) -> bool:
    return (owner[:4], owned[:4]) in pairs


def test_company_named_with_its_owner_is_the_owner_noun_subject(analyse: Analyse) -> None:
    pairs = _pairs(analyse("Сейчас владельцем пакета акций «Сигма» является холдинг «Кедр» Павла Лосева."))
    assert _has(pairs, "Кедр", "Сигма")
    assert not _has(pairs, "Павел Лосев", "Сигма")
    assert _has(pairs, "Павел Лосев", "Кедр")


def test_owner_genitive_in_the_owner_nouns_case_stays_the_owner(analyse: Analyse) -> None:
    # near miss: "акционера компании «X» Аркадия Y" names the shareholder himself
    text = "Представитель Олега Лосева, сына акционера компании «Сигма» Аркадия Лосева, отказался от комментариев."
    assert not _has(_pairs(analyse(text)), "Олег Лосев", "Сигма")


def test_company_with_its_owner_controls_the_second_subject(analyse: Analyse) -> None:
    # "«Вектор»" reads nominative as well as accusative: only the owner's genitive tells
    pairs = _pairs(analyse("Холдинг «Альфа» Ивана Петрова контролирует и «Вектор»."))
    assert _has(pairs, "Альфа", "Вектор")
    assert not _has(pairs, "Иван Петров", "Вектор")


def test_company_with_its_owner_holds_a_stake(analyse: Analyse) -> None:
    pairs = _pairs(analyse("Компания «Кедр» Лосева владеет 22% завода «Сигма»."))
    assert _has(pairs, "Кедр", "Сигма")
    assert _has(pairs, "Лосев", "Кедр")


def test_clause_joined_on_holds_a_stake_in_the_same_company(analyse: Analyse) -> None:
    text = (
        "Контрольный пакет «Северного канала» по-прежнему принадлежит государству (38,9% "
        "владеет Росимущество). Теперь НВГ принадлежит 29% телевещателя, а компания «Кедр» "
        "Лосева владеет 20%."
    )
    pairs = _pairs(analyse(text))
    assert _has(pairs, "Кедр", "Северный канал")
    assert _has(pairs, "Росимущество", "Северный канал")  # the bracketed clause stays
    assert not _has(pairs, "НВГ", "Кедр")  # the next clause's subject is no property


def test_clause_joined_on_holds_a_stake_in_the_company_named_before(analyse: Analyse) -> None:
    text = "Теперь ООО «Волна» принадлежит 31% телеканала «Заря», а компания «Кедр» Лосева владеет 18%."
    assert _has(_pairs(analyse(text)), "Кедр", "Заря")


def test_giver_named_with_its_owner_gives_the_person_nothing(analyse: Analyse) -> None:
    text = (
        "Стальной холдинг «Кедр» Павла Лосева передал 90% долей созданного в мае юрлица "
        "будущей промзоны «Сигма» министерству имущественных отношений области."
    )
    pairs = _pairs(analyse(text))
    assert not _has(pairs, "Павел Лосев", "Сигма")
    assert _has(pairs, "Павел Лосев", "Кедр")


def test_stake_list_with_preposition_hung_elsewhere(analyse: Analyse) -> None:
    text = (
        "Контрольный пакет «Сигмы» принадлежит государству (41% владеет Росимущество, "
        "7,5% - у ФГУП «Почта России», 4% - у ФГУП «Российские сети вещания»)."
    )
    pairs = _pairs(analyse(text))
    assert _has(pairs, "Почта России", "Сигма")
    assert _has(pairs, "Российские сети вещания", "Сигма")


def test_stakes_that_fell_to_holders_after_the_first(analyse: Analyse) -> None:
    text = (
        "Лосев стал владельцем 40% ООО «Сигма», 35% в компании достались Игорю Фомину, "
        "а 9% — Олегу Смирнову."
    )
    pairs = _pairs(analyse(text))
    assert _has(pairs, "Игорь Фомин", "Сигма")
    assert _has(pairs, "Олег Смирнов", "Сигма")


def test_property_fell_to_creditors_names_no_company(analyse: Analyse) -> None:
    # near miss: what fell to someone is no stake of a company told before
    text = "Лосев стал владельцем ООО «Сигма». Его машины достались кредиторам."
    assert not any(owned == "Сигм" and owner != "Лосе" for owner, owned in _pairs(analyse(text)))


def test_company_held_through_is_no_property(analyse: Analyse) -> None:
    text = (
        "Указ передает «Ростеху» 90% акций ПАО «Сигма». Эти акции принадлежали государству "
        "через Росимущество; 5,5% находится у Газпромбанка, 2% — у частных акционеров."
    )
    pairs = _pairs(analyse(text))
    assert not any(owned == "Роси" for _, owned in pairs)


def test_company_with_its_owner_that_sold_a_stake_holds_it_no_more(analyse: Analyse) -> None:
    # near miss: the company acts for itself, and a seller owns what it sold no more
    pairs = _pairs(analyse("Холдинг «Альфа» Ивана Петрова продал 30% завода «Вектор» банку «Гамма»."))
    assert not _has(pairs, "Альфа", "Вектор")
    assert not _has(pairs, "Иван Петров", "Вектор")


def test_company_with_its_owner_planning_a_purchase_owns_nothing_yet(analyse: Analyse) -> None:
    # near miss: a purchase to come is planned, not held
    pairs = _pairs(analyse("Компания «Кедр» Лосева планирует купить 22% завода «Сигма»."))
    assert not _has(pairs, "Кедр", "Сигма")
    assert not _has(pairs, "Лосев", "Сигма")


def test_co_owner_named_after_the_company_after_a_preposition(analyse: Analyse) -> None:
    # near miss: "на совладельца «X» Y" (the noun's case set by "на") names the co-owner
    text = "Пресс-служба сообщила это со ссылкой на соучредителя и совладельца ГКС Дмитрия Лосева."
    assert _has(_pairs(analyse(text)), "Дмитрий Лосев", "ГКС")


def test_owner_named_after_a_bracketed_short_name_receives_nothing(analyse: Analyse) -> None:
    text = (
        "Южный металлургический холдинг (ЮМХ) Ивана Петрова передал 90% долей созданного "
        "в мае юрлица будущей промзоны «Бета» министерству имущественных отношений области."
    )
    pairs = _pairs(analyse(text))
    assert not _has(pairs, "Иван Петров", "Бета")
    assert _has(pairs, "Иван Петров", "ЮМХ")
