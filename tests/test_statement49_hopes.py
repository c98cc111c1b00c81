"""Statement forms of statement49 (a class recorded on real news excerpts: J10 and J13,
and wire pages read for it): "X надеется, что …" states a position, as "рассчитывает,
что …" does. Near misses: a hope with no clause ("надеется на помощь") and a wait for
something ("ожидает решения суда") state nothing; unnamed residents are nobody."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2024-05-14")


def test_hope_with_a_clause_is_a_statement(speakers: Read) -> None:
    text = "Мэр Костромы Олег Петров надеется, что ремонт моста закончат к осени."
    assert speakers(text) == ["Олег Петров"]


def test_hope_coordinated_after_another_verb(speakers: Read) -> None:
    text = (
        "Министр Анна Белова настаивает на жёстких мерах и надеется, что виновных "
        "скоро найдут."
    )
    assert speakers(text) == ["Анна Белова"]


def test_hope_for_help_with_no_clause_is_none(speakers: Read) -> None:
    assert speakers("Глава района Иван Сидоров надеется на помощь области.") == []


def test_waiting_for_a_ruling_is_none(speakers: Read) -> None:
    assert speakers("Директор завода Пётр Козлов ожидает решения суда.") == []


def test_unnamed_residents_hoping_are_nobody(speakers: Read) -> None:
    assert speakers("Жители посёлка надеются, что дорогу откроют до зимы.") == []
