"""initiative64: a thing told again by its class and an adjective made from its noun is one
project, not two ("заменят маммограф" … "заменят маммографический аппарат", "ремонт моста"
… "ремонт мостового сооружения"); the later telling adds the roles the first lacks.
Negatives: two machines or two bridges in different places stay two, and a general noun
with an adjective of something else ("ультразвуковой аппарат" after "маммограф") stays
another thing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, initiatives_in


@pytest.mark.parametrize(
    "text",
    [
        "В Лысковской больнице заменят маммограф\n"
        "По решению областного минздрава в Лысковской больнице заменят маммографический "
        "аппарат до конца года.",
        "Кузнецкая поликлиника получила новый флюорограф\n"
        "На покупку флюорографического аппарата поликлиника потратила 9 млн рублей.",
        "В Вешкайме начался капитальный ремонт моста через реку Урень.\n"
        "Подрядчик ведёт ремонт мостового сооружения по одной полосе.",
    ],
)
def test_thing_told_again_by_its_class_is_one_project(analyse: Analyse, text: str) -> None:
    assert len(initiatives_in(analyse, text)) == 1


def test_the_later_telling_adds_its_place(analyse: Analyse) -> None:
    text = (
        "Новый томограф появится к осени\n"
        "Томографический аппарат установят в больнице Сергача."
    )
    claims = initiatives_in(analyse, text)
    assert len(claims) == 1
    assert claims[0].values("location")


@pytest.mark.parametrize(
    "text",
    [
        "В Лукоянове заменят маммограф.\n"
        "В Сергаче в поликлинике установят новый ультразвуковой аппарат.",
        "В Починках отремонтируют мост через реку Алатырь.\n"
        "В Гагине построят мостовое сооружение через реку Пьяну.",
    ],
)
def test_two_things_stay_two(analyse: Analyse, text: str) -> None:
    assert len(initiatives_in(analyse, text)) == 2
