"""Round 39: membership told by a composition noun followed at once by the group's own
name ("входящего в состав Ростеха", "В состав «Омеги» входят A и B", "вошли в состав Omega
Group"), read as "структура" already is; and an unquoted name that is its clause's subject with a person's
genitive right after it ("Базовый элемент Олега Дерипаски выставил …"), the person's
company. Sentences are written for these tests, with invented names where the name finder
reads them (an invented unquoted company name is mostly not found, so the subject-name tests
use a well-known owner, a fact, in a sentence of my own)."""

from __future__ import annotations

from tests.conftest import Analyse, ownership_pairs


def _owned_by(pairs: set[tuple[str, str]], owner_stem: str, owned: str) -> bool:
    return any(owner.startswith(owner_stem) and thing == owned for owner, thing in pairs)


def test_participle_into_the_composition_of_a_bare_name(analyse: Analyse) -> None:
    text = "Завод перешел под управление АО НПО «Бета», входящего в состав Ростеха."
    assert _owned_by(ownership_pairs(analyse, text), "Ростех", "Бета")


def test_composition_of_a_quoted_name_lists_its_members(analyse: Analyse) -> None:
    text = "В состав «Омеги» входят заводы «Сигма» и «Тау»."
    pairs = ownership_pairs(analyse, text)
    assert ("Омега", "Сигма") in pairs
    assert ("Омега", "Тау") in pairs


def test_members_entered_the_composition_of_a_latin_name(analyse: Analyse) -> None:
    text = "Сети «Сигма» и «Тау» вошли в состав Omega Group."
    pairs = ownership_pairs(analyse, text)
    assert ("Omega Group", "Сигма") in pairs
    assert ("Omega Group", "Тау") in pairs


def test_composition_of_a_named_group_of_plants(analyse: Analyse) -> None:
    text = (
        "В состав «Омеги» входят Рязанский кирпичный завод и Тульский стекольный завод."
    )
    pairs = ownership_pairs(analyse, text)
    assert ("Омега", "Рязанский кирпичный завод") in pairs


def test_shareholders_composition_is_not_the_body_itself(analyse: Analyse) -> None:
    text = "В состав акционеров «Омеги» входят банк «Сигма» и фонд «Тау»."
    pairs = ownership_pairs(analyse, text)
    assert ("Омега", "Сигма") not in pairs
    assert ("Омега", "Тау") not in pairs


def test_board_composition_gives_no_pair(analyse: Analyse) -> None:
    text = "В состав совета директоров «Омеги» входит Иван Петров."
    assert ownership_pairs(analyse, text) == set()


def test_subject_name_with_an_owner_in_the_genitive(analyse: Analyse) -> None:
    text = "Базовый элемент Олега Дерипаски выставил на продажу гостиницы в Сочи."
    assert ("Олег Дерипаска", "Базовый элемент") in ownership_pairs(analyse, text)


def test_genitive_name_with_a_person_after_it_stays_silent(analyse: Analyse) -> None:
    text = "Акции Сбербанка Германа Грефа подешевели."
    assert ownership_pairs(analyse, text) == set()


def test_a_school_named_after_a_person_is_not_his(analyse: Analyse) -> None:
    text = (
        "Вместе с клубом к инвестору перейдет СДЮШОР «Заря» имени Петра Сидорова "
        "и учебная база команды."
    )
    pairs = ownership_pairs(analyse, text)
    assert not any(owner.startswith("Петр") for owner, _ in pairs)
