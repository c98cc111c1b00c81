"""Round 17 of meetings, from misses recorded on real news excerpts (not kept in the
repository): a third-person pronoun as the companion ("встретился с ним"), and the subject
of a said clause ("X сказал, что рассчитывает на встречу с Y"). Sentences written for the
tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_meeting_real_text import people_meeting


def test_a_companion_pronoun_stands_for_the_person_named_before(analyse: Analyse) -> None:
    text = (
        "Премьер-министр Эстонии Андрус Ансип прибыл в Ригу. Вечером глава латвийского "
        "правительства Валдис Домбровскис встретился с ним."
    )
    assert {"Андрус Ансип", "Валдис Домбровскис"} in people_meeting(analyse, text)


def test_a_companion_pronoun_after_a_meeting_noun(analyse: Analyse) -> None:
    text = (
        "Президент Чили Себастьян Пиньера начал визит в Аргентину. Кристина Киршнер "
        "рассчитывает на обстоятельную встречу с ним в Буэнос-Айресе."
    )
    assert {"Себастьян Пиньера", "Кристина Киршнер"} in people_meeting(analyse, text)


def test_a_companion_pronoun_is_not_the_subject_itself(analyse: Analyse) -> None:
    text = "Андрус Ансип прибыл в Ригу. Вечером Андрус Ансип встретился с ним."
    assert all(len(people) < 2 for people in people_meeting(analyse, text))


def test_a_companion_pronoun_after_an_unnamed_person_is_that_person(analyse: Analyse) -> None:
    text = (
        "Губернатор Омской области Леонид Полежаев осмотрел новый элеватор. Он похвалил "
        "работу директора комбината и пообещал встретиться с ним еще раз осенью."
    )
    assert all(len(people) < 2 for people in people_meeting(analyse, text))


def test_a_said_clause_without_a_subject_has_the_speakers(analyse: Analyse) -> None:
    text = (
        "Президент Чили Себастьян Пиньера начал визит в Аргентину. Президент Аргентины "
        "Кристина Киршнер сказала, что рассчитывает на встречу с Себастьяном Пиньерой."
    )
    assert {"Себастьян Пиньера", "Кристина Киршнер"} in people_meeting(analyse, text)


def test_speaking_at_the_meeting_just_named_is_no_meeting_of_the_speaker_alone(
    analyse: Analyse,
) -> None:
    text = (
        "В Риге прошла встреча министров обороны Латвии и Эстонии с делегацией "
        "Конгресса США. Выступая на встрече, министр обороны Латвии Артис Пабрикс "
        "подчеркнул, что сотрудничество остаётся тесным."
    )
    start = text.index("Выступая")
    second = [
        claim
        for claim in analyse(text).claims
        if claim.type == "meeting" and claim.evidence.start >= start
    ]
    assert [claim.values("participants") for claim in second] != [["Артис Пабрикс"]]
