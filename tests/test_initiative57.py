"""Round 57: plant moves claimed rightly. A named plant's move names the plant in its kind
("завод «Красный пролетарий» переедет": the kind says what moves, as for an institution
without a name); a move only raised as a topic is talk ("подняли тему о переносе
фабрики"); a plant's move told again with other words folds into the first. Positives: a
plain plant moved, a court moving by its own name, two companies each moving production.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse


def _initiatives(analyse: Analyse, text: str) -> list[list[str]]:
    return [claim.values("kind") for claim in analyse(text).claims if claim.type == "initiative"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Завод «Красный пролетарий» переедет за черту города.", "завод"),
        ("Фабрика «Рассвет» перебазируется в промзону на окраине Твери.", "фабрика"),
        ("Завод «Красный пролетарий» готовится к переезду в промзону.", "завод"),
    ],
)
def test_named_plant_moving_names_the_plant(analyse: Analyse, text: str, word: str) -> None:
    kinds = _initiatives(analyse, text)
    assert len(kinds) == 1
    assert word in " ".join(kinds[0])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Завод перенесут за город.", ["завод"]),
        ("Верховный суд переедет в Санкт-Петербург в следующем году.", ["переезд"]),
    ],
)
def test_plain_plant_and_court_by_its_name_keep_their_kinds(
    analyse: Analyse, text: str, kind: list[str]
) -> None:
    assert _initiatives(analyse, text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "На совещании в мэрии подняли тему о переносе фабрики «Рассвет» за город.",
        "Жители снова подняли проблему переезда завода за город.",
    ],
)
def test_move_raised_as_a_topic_is_talk(analyse: Analyse, text: str) -> None:
    assert _initiatives(analyse, text) == []


def test_plant_move_told_again_is_one_move(analyse: Analyse) -> None:
    text = (
        "Производство фабрики «Рассвет» перенесут из центра Твери. Директор сообщил, что "
        "фабрику закроют, а швейное производство перенесут на новую площадку за городом."
    )
    assert len(_initiatives(analyse, text)) == 1


def test_two_companies_moving_production_are_two_moves(analyse: Analyse) -> None:
    text = (
        "Компания «Вектор» перенесёт производство из Москвы в Тверь. Компания «Заря» "
        "перенесёт производство из Твери в Москву."
    )
    assert len(_initiatives(analyse, text)) == 2
