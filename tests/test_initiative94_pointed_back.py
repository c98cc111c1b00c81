"""initiative94: a later sentence that names the project only by "его", "их" or "объект",
which the reference reading resolved to the project told before, is that project though it
is told in another state ("строится … ввести объект планируют"); a place told again by its initials ("ЮФО" …
"Южный федеральный округ") is the same place. Look-alikes stay two claims: two schools in
one town, "ещё один", a second stage, another place told with "тоже", another runner's
project. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.extract.initiative.pointed_back import initials, one_place_by_letters
from tests.conftest import Analyse, kinds_in


@pytest.mark.parametrize(
    "text",
    [
        # a launch under way, then its opening planned, told by "объект"
        "Новая поликлиника строится в посёлке Заречный. "
        "Ввести объект в эксплуатацию планируют уже осенью.",
        # a work under way, then its opening promised by "он"
        "В селе Луговом строится новый спортзал. "
        "Глава района уверен, что к концу марта он будет открыт.",
        # "его" as the object of the planned opening
        "В Ишиме строят крытый бассейн. Открыть его планируют к концу года.",
        # an opening planned, then "их" told in the past
        "Сегодня в стране откроют пять новых реабилитационных центров. "
        "Их возводили силами строительной корпорации.",
    ],
)  # fmt: skip
def test_pointer_resolved_to_the_project_told_before(analyse: Analyse, text: str) -> None:
    assert len(kinds_in(analyse, text)) == 1, kinds_in(analyse, text)


def test_place_told_again_by_its_initials(analyse: Analyse) -> None:
    text = (
        "В СЗФО построят завод по переработке льна. "
        "Компания «Северлён» намерена построить в Северо-Западном федеральном округе (СЗФО) "
        "завод по переработке льна."
    )
    assert len(kinds_in(analyse, text)) == 1, kinds_in(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        # two schools in one town
        "В Липовке построят школу на 600 мест. Вторую школу построят в соседнем квартале.",
        # "ещё один" project of the same kind
        "В городе открыли детский сад на 200 мест. "
        "Ещё один детский сад откроют в мае на улице Садовой.",
        # another place, told with "тоже" (in another state: no plan-then-launch fold)
        "В Твери в прошлом году построили ледовую арену. В Калуге её тоже построят к 2027 году.",
        # another runner's project
        "Компания «Агроплюс» построит в Орле элеватор. "
        "Компания «Зерновой союз» построит в Курске мукомольный завод.",
    ],
)  # fmt: skip
def test_other_projects_stay_apart(analyse: Analyse, text: str) -> None:
    assert len(kinds_in(analyse, text)) == 2, kinds_in(analyse, text)


def test_initials_of_a_hyphenated_name() -> None:
    assert initials("Северо-Западный федеральный округ") == "СЗФО"
    assert one_place_by_letters(["ЮФО"], ["Южный федеральный округ"])
    assert not one_place_by_letters(["ЮФО"], ["Северо-Западный федеральный округ"])
    assert not one_place_by_letters(["Тверь"], ["Калуга"])
