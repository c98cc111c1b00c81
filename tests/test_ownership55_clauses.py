"""Round 55: an owner told in a clause said of a person named with a post-like noun
("предприниматель Y, который является владельцем «X»", "бизнесмен Y, имеющий долю в «X»")
and a stake held by the name a participle hangs on ("Y, имеющий доли в A, B и C"). The
sentences are my own; the near misses are a clause that is itself planned ("который станет
владельцем"), a stake in no named company ("имеющий доли в уставе"), a participle of no stake
("имеющий опыт работы в «X»"), and a second person coordinated after the participle's list."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, held_pair_stems, pair_stem_modalities


def test_a_relative_clause_on_a_person_with_a_post_noun(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Завод купит в ближайшие дни немецкий предприниматель Карл Штайнер, который является "
        "владельцем компании «Альпен Трейд»."
    ))  # fmt: skip
    assert ("Карл", "Альп") in pairs


def test_a_planned_relative_clause_stays_planned(analyse: Analyse) -> None:
    found = pair_stem_modalities(analyse(
        "Бизнесмен Аркадий Фомин, который станет владельцем компании «Звезда», приехал в Тверь."
    ))  # fmt: skip
    assert found.get(("Арка", "Звез")) not in {None, Modality.FACT}


def test_a_participle_stake_list_of_restaurants(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Олег Лосев, имеющий доли в ресторанах «Северный ветер», «Дубрава» и «Парус», приехал "
        "в Тверь."
    ))  # fmt: skip
    assert {("Олег", "Севе"), ("Олег", "Дубр"), ("Олег", "Пару")} <= pairs


def test_a_participle_stake_of_a_person_with_a_post_noun(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "На открытии был бизнесмен Игорь Панин, имеющий долю в ресторане «Кедр»."
    ))  # fmt: skip
    assert ("Игор", "Кедр") in pairs


def test_the_next_coordinated_person_holds_none_of_the_list(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        'Изначально на первое место претендовали два кандидата - Олег Лосев, имеющий доли в '
        'трех ресторанах "Дубрава", "Кедр", "Парус" и сети из пяти кафе "Ромашка", и Игорь '
        'Панин с партнерами с сетью из 10 кафе "Ладья", ресторанами "Бриз" и "Маяк".'
    ))  # fmt: skip
    assert {("Олег", "Дубр"), ("Олег", "Кедр"), ("Олег", "Пару")} <= pairs
    assert not {("Игор", "Дубр"), ("Олег", "Бриз"), ("Олег", "Маяк")} & pairs


def test_near_misses_give_no_stake(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Фонд «Сигма», имеющий доли в уставе, сменил директора. Петр Ершов, имеющий опыт "
        "работы в компании «Листва», возглавил отдел."
    ))  # fmt: skip
    assert not {owner for owner, _ in pairs} & {"Сигм", "Петр"}
