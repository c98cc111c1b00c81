"""Round 59: a participle phrase set off by commas ("«X», входящая в группу «Y», …") names
its group before its closing comma and describes the name before its opening comma, however
the parser hangs the words after it. The sentences are my own; the near miss is a phrase
with nothing named after it."""

from __future__ import annotations

from tests.conftest import Analyse, held_pair_stems


def test_the_group_is_the_name_inside_the_commas(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        '"Луговая птицефабрика", входящая в группу агропредприятий "Нива", претендует на '
        '75,5% акций "Озерной", которой сейчас владеет производитель "Агротон".'
    ))  # fmt: skip
    assert ("Нива", "Луго") in pairs
    assert ("Озер", "Луго") not in pairs
    assert ("Агро", "Озер") in pairs


def test_the_member_is_the_name_before_the_comma(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Группа «Берег» заключила с компанией North Harbour Terminals (NHT), входящей в группу "
        "B.K. Larsen — Nordic, соглашение о приобретении 25,5% акций компании Baltic Ports "
        "Holding Plc."
    ))  # fmt: skip
    assert not any(owned == "Balt" for _, owned in pairs)
    assert any(owned in {"NHT", "Nort"} for _, owned in pairs)


def test_a_phrase_with_nothing_after_keeps_its_noun(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse("Банк «Вектор», входящий в группу «Орион», открыл офис."))
    assert ("Орио", "Вект") in pairs
