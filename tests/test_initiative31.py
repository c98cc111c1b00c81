"""Round 31: the leftovers of the never-fitted batches. A bare accusative the parser hung as
an oblique is still a fitting word's object; surfacing and paving words work roads and yards;
a part of a facility ("элементы площадки", "корпус больницы") is fitted, or ready, as the
whole; placing words fit a listed fitted thing only; a fitted thing listed among a work's
items belongs to the project claimed; flower beds are greening; a pronoun object of a making,
building or fitting verb restates the project told before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.test_initiative30 import kinds_in


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Компания «Вектор» обустроит в Твери логистический центр.", "логистический центр"),
        ("Сейчас во дворе дома рабочие асфальтируют проезд.", "проезд"),
        ("К осени подрядчик заасфальтирует тротуар вдоль школы.", "тротуар"),
        (
            "Благодаря гранту во дворе были установлены элементы спортивной площадки.",
            "спортивная площадка",
        ),
        ("На улице Лесной установили новые столбы освещения.", "освещение"),
        ("Готовность корпуса районной больницы составляет 70 процентов.", "больница"),
        ("Летом в посёлке установили хоккейную коробку.", "хоккейная коробка"),
    ],
)
def test_works_no_rule_read(analyse: Analyse, text: str, kind: str) -> None:
    kinds = kinds_in(analyse, text)
    assert len(kinds) == 1 and kind in kinds[0], kinds


def test_pronoun_object_of_a_making_verb_restates_the_project(analyse: Analyse) -> None:
    text = "Жители села гордятся новым фонтаном. Его своими руками сделали местные умельцы."
    assert kinds_in(analyse, text) == ["фонтан"]


def test_listed_parts_of_a_work_stay_with_its_project(analyse: Analyse) -> None:
    text = (
        "Активисты завершают обустройство детской площадки. Проведены работы по планировке "
        "грунта, установке ограждения и обустройству освещения."
    )
    assert kinds_in(analyse, text) == ["детская площадка"]


def test_a_fitted_thing_of_its_own_stays_a_claim(analyse: Analyse) -> None:
    kinds = kinds_in(analyse, "Во дворе установили новый забор и отремонтировали детскую площадку.")
    assert len(kinds) == 2, kinds


@pytest.mark.parametrize(
    "text",
    [
        "Жители благоустроили двор путём установки цветочных клумб.",
        "У подъезда высадили клумбы и засеяли газон.",
        "Руководитель поставил задачу завершить отчёт к пятнице.",
        "Школу поставили на учёт как памятник архитектуры.",
        "Журналист сделал заявление. Его сделали в спешке.",
        "Певица записала новую песню. Её сделали за неделю.",
        "Элементы мозаики собрали за два дня.",
        "Готовность корпуса к зиме проверила комиссия.",
    ],
)
def test_other_senses_stay_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []
