"""Round 20 of meetings, from misses recorded on real news excerpts (not kept in the
repository): a plural possessive on a meeting noun ("их встреча с Z") stands for the list of
people named last before it; people who took part in "the meeting" with nothing of its own
("во встрече участвовали Z и W") join the sides of the meeting just named. Sentences written
for the tests."""

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


def test_participants_of_the_meeting_just_named_join_its_sides(analyse: Analyse) -> None:
    text = (
        "Вчера глава Удмуртии Олег Морозов встретился с послом Венгрии Ласло Ковачем. Во "
        "встрече также участвовали вице-премьер Игорь Зотов и мэр Ижевска Пётр Буров."
    )
    expected = {"Олег Морозов", "Ласло Ковач", "Игорь Зотов", "Пётр Буров"}
    assert expected in people_meeting(analyse, text)


def test_participants_of_another_gathering_do_not_join(analyse: Analyse) -> None:
    text = (
        "Вчера глава Удмуртии Олег Морозов встретился с послом Венгрии Ласло Ковачем. Затем "
        "в совещании по вопросам ЖКХ принял участие мэр Ижевска Пётр Буров."
    )
    assert not any("Пётр Буров" in meeting and "Ласло Ковач" in meeting
                   for meeting in people_meeting(analyse, text))  # fmt: skip
