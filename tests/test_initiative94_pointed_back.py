"""initiative94: a place told again by its initials ("ЮФО" … "Южный федеральный округ") is
the same place, so the project told at both is one claim; other places stay apart.
Sentences written for these tests."""

from __future__ import annotations

from concord.extract.initiative.pointed_back import initials, one_place_by_letters
from tests.conftest import Analyse, kinds_in


def test_place_told_again_by_its_initials(analyse: Analyse) -> None:
    text = (
        "В СЗФО построят завод по переработке льна. "
        "Компания «Северлён» намерена построить в Северо-Западном федеральном округе (СЗФО) "
        "завод по переработке льна."
    )
    assert len(kinds_in(analyse, text)) == 1, kinds_in(analyse, text)


def test_two_schools_in_one_town_stay_apart(analyse: Analyse) -> None:
    text = "В Липовке построят школу на 600 мест. Вторую школу построят в соседнем квартале."
    assert len(kinds_in(analyse, text)) == 2, kinds_in(analyse, text)


def test_initials_of_a_hyphenated_name() -> None:
    assert initials("Северо-Западный федеральный округ") == "СЗФО"
    assert one_place_by_letters(["ЮФО"], ["Южный федеральный округ"])
    assert not one_place_by_letters(["ЮФО"], ["Северо-Западный федеральный округ"])
    assert not one_place_by_letters(["Тверь"], ["Калуга"])
