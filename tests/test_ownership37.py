"""Round 37: a name that is only a kind's abbreviation ("входящего в ГК") stands for the
group of that kind named before it, and is never an owner's name itself. Sentences are
written for these tests, with invented names."""

from __future__ import annotations

from tests.conftest import Analyse, ownership_pairs


def test_abbreviated_group_stands_for_the_group_named_before(analyse: Analyse) -> None:
    text = (
        "О покупке группой компаний «Вектор» нового склада рассказал директор "
        "комбината «Бореал», входящего в ГК."
    )
    pairs = ownership_pairs(analyse, text)
    assert ("Вектор", "Бореал") in pairs
    assert not any(owner == "ГК" for owner, _ in pairs)


def test_abbreviated_group_in_the_next_sentence(analyse: Analyse) -> None:
    text = (
        "Группа компаний «Северный путь» достроила элеватор в Курске. "
        "Об этом сообщил представитель завода «Кедр», входящего в ГК."
    )
    pairs = ownership_pairs(analyse, text)
    assert ("Северный путь", "Кедр") in pairs
    assert not any(owner == "ГК" for owner, _ in pairs)


def test_abbreviation_with_no_group_before_names_no_owner(analyse: Analyse) -> None:
    text = "Об этом сообщил директор комбината «Бореал», входящего в ГК."
    assert not any(owner == "ГК" for owner, _ in ownership_pairs(analyse, text))


def test_abbreviation_with_its_own_name_is_kept(analyse: Analyse) -> None:
    assert ("Вектор", "Бореал") in ownership_pairs(analyse, "Завод «Бореал» входит в ГК «Вектор».")


def test_group_not_of_the_kind_is_not_taken(analyse: Analyse) -> None:
    text = (
        "Банк «Орион» выдал кредит. Об этом сообщил директор комбината «Бореал», "
        "входящего в ГК."
    )
    pairs = ownership_pairs(analyse, text)
    assert ("Орион", "Бореал") not in pairs
    assert not any(owner == "ГК" for owner, _ in pairs)
