"""Round 13 of meetings across long reports: a possessive pronoun on a meeting noun, an
object pronoun in a clause joined to others, a name's gender when its words disagree, a
broker of talks, a denied report, a plural "они" and a talk retold with one side.
Sentences written for the tests."""

from __future__ import annotations

from concord.claim import Modality
from concord.extract.sentence_view import name_gender, name_genders
from tests.conftest import Analyse
from tests.test_meeting_reports import meetings


def people_meeting(analyse: Analyse, text: str) -> list[set[str]]:
    return [people for people, modality in meetings(analyse, text) if modality != Modality.NEGATED]


def test_a_possessive_pronoun_is_the_actor_before_not_the_protagonist(analyse: Analyse) -> None:
    text = (
        "Мэр Самары Дмитрий Азаров встретился с депутатами городской думы. "
        "Министр спорта Виталий Мутко в среду осмотрел стадион и затем уехал в Тольятти. "
        "Там вечером запланирована его встреча с мэром Тольятти Сергеем Андреевым."
    )
    found = people_meeting(analyse, text)
    assert {"Виталий Мутко", "Сергей Андреев"} in found
    assert {"Дмитрий Азаров", "Сергей Андреев"} not in found


def test_an_object_pronoun_in_a_joined_clause_is_the_shared_subject(analyse: Analyse) -> None:
    text = (
        "Днём премьер Молдавии Влад Филат обсудил с Сергеем Шойгу помощь пострадавшим, "
        "затем побеседовал с Виктором Зубковым, а вечером его принял Дмитрий Медведев."
    )
    found = people_meeting(analyse, text)
    assert {"Влад Филат", "Дмитрий Медведев"} in found
    assert {"Виктор Зубков", "Дмитрий Медведев"} not in found


def test_a_misread_first_name_does_not_make_a_woman_a_man(analyse: Analyse) -> None:
    text = (
        "Эмомали Рахмон встретился с Нурсултаном Назарбаевым, затем побеседовал с "
        "президентом Киргизии Розой Отунбаевой, а вечером уехал."
    )
    analysed = analyse(text)
    woman = next(m for m in analysed.mentions if text[m.start : m.end] == "Розой Отунбаевой")
    assert set(name_genders(analysed, woman)) == {"Masc", "Fem"}  # the tagger's split reading
    assert name_gender(analysed, woman) == "Fem"


def test_a_broker_of_talks_is_one_of_their_sides(analyse: Analyse) -> None:
    text = (
        "Лидеры Сербии и Косово Борис Тадич и Хашим Тачи провели в Брюсселе переговоры "
        "при посредничестве Кэтрин Эштон."
    )
    assert {"Борис Тадич", "Хашим Тачи", "Кэтрин Эштон"} in people_meeting(analyse, text)


def test_talks_with_someone_taking_part_held_at_are_one_meeting(analyse: Analyse) -> None:
    text = "Переговоры Виктора Ющенко и Михаила Саакашвили прошли при участии Леха Качиньского."
    assert {"Виктор Ющенко", "Михаил Саакашвили", "Лех Качиньский"} in people_meeting(
        analyse, text
    )


def test_a_denied_report_of_talks_is_no_meeting(analyse: Analyse) -> None:
    text = (
        "Владелец «Челси» Роман Абрамович опроверг сообщения британских газет о переговорах "
        "с Жозе Моуриньо. По данным газет, Абрамович якобы прилетал в Милан."
    )
    assert meetings(analyse, text) == [({"Роман Абрамович", "Жозе Моуриньо"}, Modality.NEGATED)]


def test_a_plural_pronoun_after_a_host_and_his_guest_names_both(analyse: Analyse) -> None:
    text = (
        "Глава «Роснано» Анатолий Чубайс во вторник прилетел в Новосибирск. "
        "Проект обсуждали почти год. "
        "Губернатор области Василий Юрченко провёл гостя по цехам нового завода. "
        "На встрече в администрации они договорились о льготах для резидентов технопарка."
    )
    assert {"Анатолий Чубайс", "Василий Юрченко"} in people_meeting(analyse, text)


def test_a_plural_pronoun_after_a_plural_noun_stands_for_that_noun(analyse: Analyse) -> None:
    text = (
        "Посол Франции Жан де Глиниасти выступил в университете. "
        "Правозащитник Лев Пономарёв обвинил чиновников в том, что они ведут переговоры тайно."
    )
    assert people_meeting(analyse, text) == []


def test_a_talk_retold_with_one_side_is_the_meeting_before(analyse: Analyse) -> None:
    text = (
        "Мэр Омска Виктор Шрейдер и глава «Газпром нефти» Александр Дюков в пятницу "
        "провели переговоры о реконструкции завода. "
        "В ходе беседы Шрейдер предложил ему вложить деньги в новую набережную."
    )
    found = [people for people, _ in meetings(analyse, text)]
    assert found == [{"Виктор Шрейдер", "Александр Дюков"}] * 2
