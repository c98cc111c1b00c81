"""Round 40 of meetings, from real Russian reports (not kept in the repository): a meeting
whose one side left is a place ("встреча нового премьера Латвии с послом Литвы" read as
"Латвия", "беседа с сотрудниками Елисейского дворца", "встреча с руководителями
муниципалитетов Тверской области") is no claim: a place is no person at a meeting, and
alone it names no delegation. Two countries' delegations stay two sides, and a post whose
holder the report names is that person. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, meeting_sides_at

PLACE_ALONE = [
    "Как прошла первая встреча нового премьера Латвии с послом Литвы",
    "На днях состоялась беседа с сотрудниками Елисейского дворца, сообщил посол.",
    "Об этом губернатор заявил на встрече с руководителями муниципалитетов Тверской области.",
]


@pytest.mark.parametrize("text", PLACE_ALONE)
def test_a_place_alone_makes_no_meeting(analyse: Analyse, text: str) -> None:
    assert meeting_sides_at(analyse, text, text[:12]) == []


def test_two_delegations_stay_two_sides(analyse: Analyse) -> None:
    text = "Делегации Латвии и Эстонии провели переговоры в Риге."
    assert meeting_sides_at(analyse, text, text[:12]) == [{"Латвия", "Эстония"}]


def test_a_post_whose_holder_is_named_is_that_person(analyse: Analyse) -> None:
    text = (
        "Премьер-министр Латвии Янис Круминьш вступил в должность в понедельник. "
        "Во вторник премьер-министр Латвии встретился с Андресом Таммом."
    )
    assert meeting_sides_at(analyse, text, "Во вторник") == [{"Янис Круминьш", "Андрес Тамм"}]
