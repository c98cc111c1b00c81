"""Statement forms of statement49 (classes recorded on real news excerpts: J10 and J13,
and wire pages read for it): "X надеется, что …" states a position, as "рассчитывает,
что …" does. Near misses: a hope with no clause ("надеется на помощь") and a wait for
something ("ожидает решения суда") state nothing; unnamed residents are nobody. "обратил
внимание на X" / "заострил внимание на X" states X, as "указал на X" does; not
attention to a person, nor "обратил средства на X" (no "внимание")."""

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


def test_attention_drawn_to_a_problem_is_a_statement(speakers: Read) -> None:
    text = "Глава Минздрава Олег Петров обратил внимание на рост цен на лекарства."
    assert speakers(text) == ["Олег Петров"]


def test_attention_stressed_with_the_object_first(speakers: Read) -> None:
    text = "Особое внимание мэр Иван Сидоров заострил на нехватке врачей в сёлах."
    assert speakers(text) == ["Иван Сидоров"]


def test_attention_to_a_person_is_none(speakers: Read) -> None:
    assert speakers("Глава района Иван Сидоров обратил внимание на пациента.") == []


def test_funds_turned_to_a_purpose_is_none(speakers: Read) -> None:
    assert speakers("Министр Олег Петров обратил средства на развитие школ.") == []


_FAR_MAYOR = (
    "Во второй тур выходит мэр города Олег Петров. Второе место в гонке заняла партия. "
    "Кандидат Анна Белова осталась третьей.\n\n"
    "Итоги выборов в совет объявлены. Совет снова будет пёстрым.\n\n"
)


def test_post_means_its_holder_named_beyond_reach(speakers: Read) -> None:
    text = _FAR_MAYOR + "По словам градоначальника, работать с новым советом будет непросто."
    assert speakers(text) == ["Олег Петров"]


def test_hope_of_a_post_named_beyond_reach(speakers: Read) -> None:
    text = _FAR_MAYOR + (
        "В беседе с журналистами это признал и сам градоначальник, хотя и надеется, что "
        "работать с советом ему будет легче."
    )
    assert speakers(text) == ["Олег Петров"]


def test_post_with_no_holder_keeps_the_one_named_last(speakers: Read) -> None:
    text = (
        "Во второй тур выходит депутат Олег Петров. Второе место в гонке заняла партия. "
        "Кандидат Анна Белова осталась третьей.\n\n"
        "По словам кандидата, работать с новым советом будет непросто."
    )
    assert speakers(text) == ["Анна Белова"]
