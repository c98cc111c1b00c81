"""Round 20 of meetings, from misses recorded on real news excerpts (not kept in the
repository): a plural possessive on a meeting noun ("их встреча с Z") stands for the list of
people named last before it. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_meeting_real_text import people_meeting


def test_their_meeting_is_the_meeting_of_the_list_named_before(analyse: Analyse) -> None:
    text = (
        "Договор подписали министры финансов двух стран Олег Дубровин и Марат Сеитов. "
        "Вечером состоялась их совместная встреча с вице-премьером Игорем Луниным."
    )
    assert {"Олег Дубровин", "Марат Сеитов", "Игорь Лунин"} in people_meeting(analyse, text)


def test_their_meeting_after_two_unlisted_people_is_not_theirs(analyse: Analyse) -> None:
    text = (
        "Министр Олег Дубровин встретил в аэропорту гостей, которых привёз пилот Марат "
        "Сеитов. Их встреча с вице-премьером Игорем Луниным прошла вечером."
    )
    assert not any({"Олег Дубровин", "Марат Сеитов"} <= meeting
                   for meeting in people_meeting(analyse, text))  # fmt: skip
