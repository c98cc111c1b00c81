"""Round 13: ownership as FactRuEval counts it beyond shares — the state that owns a bank
with no name of its own ("государству принадлежит"), creators and launchers of what they
set up, a list that the verb's number says is the subject, a relative object whose subjects
the parser lost, a passive's bare instrumental doer, and a holding's members listed in a
relative clause (sentences written for these tests)."""

from __future__ import annotations

from tests.conftest import Analyse, ownership_pairs


def test_a_bare_state_is_the_country_the_report_names(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Правительство Казахстана готовит продажу банка. "
                   "Сейчас государству принадлежит 94% акций банка «Заря».")  # fmt: skip
    assert ("Казахстан", "Заря") in pairs


def test_a_bare_government_in_a_participle_is_the_country(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Власти Узбекистана обсудили тарифы. Банк «Восток», "
                   "подконтрольный правительству, продан не будет.")  # fmt: skip
    assert ("Узбекистан", "Восток") in pairs


def test_a_government_with_no_state_named_owns_nothing(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Банк «Восток», подконтрольный правительству, "
                   "продан не будет.")  # fmt: skip
    assert not pairs


def test_the_creator_of_a_program_owns_it(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Создатель мессенджера Quick Андрей Белов продал "
                   "квартиру в центре Москвы.")  # fmt: skip
    assert ("Андрей Белов", "Quick") in pairs


def test_one_who_launched_a_service_owns_it(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Андрей Белов в прошлом году запустил на свои деньги "
                   "сервис онлайн-бронирования Bookly.")  # fmt: skip
    assert ("Андрей Белов", "Bookly") in pairs


def test_a_launched_satellite_or_a_plant_where_work_began_is_owned_by_none(
    analyse: Analyse,
) -> None:
    assert not ownership_pairs(analyse, "Роскосмос запустил спутник «Экспресс-АМ5» с "
                   "космодрома Байконур.")  # fmt: skip
    assert not ownership_pairs(analyse, "Компания «Вектор» запустила производство на "
                   "заводе «Кама».")  # fmt: skip


def test_a_plural_verb_takes_its_list_as_subject_not_the_relative(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Телеканал «Север», который в 2010 году запустили "
                   "холдинг «Вектор» и компания Nordic Media, вещает в 30 городах.")  # fmt: skip
    assert ("Вектор", "Север") in pairs and ("Nordic Media", "Север") in pairs
    assert ("Север", "Вектор") not in pairs


def test_subjects_the_parser_lost_after_a_relative_object(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Компания «Север», которую контролируют «Газпром "
                   "нефть» и ТНК-ВР, не платит налоги.")  # fmt: skip
    assert ("Газпром нефть", "Север") in pairs and ("ТНК-ВР", "Север") in pairs


def test_a_bare_instrumental_after_a_passive_founding_is_the_founder(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Клуб «Торпедо» был основан в 1950 году Казанским "
                   "моторным заводом.")  # fmt: skip
    assert ("Казанский моторный завод", "Торпедо") in pairs


def test_a_holding_owns_every_member_listed_in_its_relative_clause(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Бизнесмен Иван Лосев давно работает на юге. Ему "
                   "принадлежит медиахолдинг «Юг», в который входят радиостанции «Нота» и "
                   "«Ветер», газета «Вечерний Сочи» и сайт «Сочи.ру».")  # fmt: skip
    assert {("Юг", "Нота"), ("Юг", "Ветер"), ("Юг", "Вечерний Сочи")} <= pairs
    assert ("Иван Лосев", "Юг") in pairs
    assert not any(owner == "Иван Лосев" and prop != "Юг" for owner, prop in pairs)


def test_a_common_noun_member_is_the_plant_named_before(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Шинный завод «Ярпласт» основан в 1930 году. Сам завод "
                   "сейчас входит в холдинг «Сибур».")  # fmt: skip
    assert ("Сибур", "Ярпласт") in pairs


def test_a_group_noun_means_the_group_not_a_firm_of_kin_name(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Основатель торговой группы «Сибирь» Иван Лосев "
                   "скончался. Бизнесмену также принадлежали агрофирма «Обь» и мясокомбинат "
                   "«Колывань». Сбербанк приобрел 20% акций группы.")  # fmt: skip
    assert ("Сбербанк", "Сибирь") in pairs and ("Сбербанк", "Обь") not in pairs


def test_a_name_in_a_phrase_of_its_own_is_no_owner_of_the_noun(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Создатель сети «Заря» против сделки «Вектора» "
                   "с банком.")  # fmt: skip
    assert ("Вектор", "Заря") not in pairs
