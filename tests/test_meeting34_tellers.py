"""Round 34 of meetings, from real Russian reports (not kept in the repository): an aide who
tells of his chief's call is no side of it ("Пресс-секретарь президента X подтвердил, что
разговор двух лидеров состоялся"), an aide's introduction gives him no chief's post, a
plural post is nobody's one name; a meeting noun under a noun of its calling off or its
preparing did not happen (yet). Sentences written for the tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, meetings_at

_CALL = (
    "Президенты Франции и Италии Эмманюэль Макрон и Джорджа Мелони провели телефонный "
    "разговор. "
)


def test_aide_confirming_a_call_of_two_leaders_is_no_side(analyse: Analyse) -> None:
    text = _CALL + (
        "Пресс-секретарь французского президента Жан Дюпон подтвердил журналистам, что "
        "телефонный разговор двух лидеров состоялся."
    )
    found = meetings_at(analyse, text, "Пресс-секретарь")
    assert found and all("Жан Дюпон" not in people for people, _ in found)


def test_earlier_talks_of_presidents_are_not_the_aides(analyse: Analyse) -> None:
    text = _CALL + (
        "Пресс-секретарь французского президента Жан Дюпон подтвердил это журналистам. "
        "Предыдущие переговоры президентов состоялись в мае."
    )
    found = meetings_at(analyse, text, "Предыдущие")
    assert all("Жан Дюпон" not in people for people, _ in found)


def test_a_plural_post_is_not_the_one_last_holder(analyse: Analyse) -> None:
    text = (
        "Президент Чили Габриэль Рохас посетил выставку. Затем он осмотрел порт. "
        "Переговоры президентов прошли в закрытом режиме."
    )
    found = meetings_at(analyse, text, "Переговоры")
    assert all(people != {"Габриэль Рохас"} for people, _ in found)


def test_called_off_meeting_is_negated(analyse: Analyse) -> None:
    text = "В Казани объяснили отмену встречи мэра с послом Канады Робертом Смитом."
    found = meetings_at(analyse, text, "В Казани")
    assert found and all(m == Modality.NEGATED.value for _, m in found)


def test_meeting_being_prepared_is_planned(analyse: Analyse) -> None:
    text = (
        "На совещании обсуждались вопросы подготовки встречи министра Ивана Орлова с "
        "министром Петром Соколовым."
    )
    found = meetings_at(analyse, text, "На совещании")
    assert found and all(m == Modality.PLANNED.value for _, m in found)


def test_results_of_a_meeting_stay_a_fact(analyse: Analyse) -> None:
    """Near miss: a noun over the meeting that tells no calling off or preparing."""
    text = "Итоги встречи Ивана Орлова и Петра Соколова подвели журналисты."
    found = meetings_at(analyse, text, "Итоги")
    assert ({"Иван Орлов", "Петр Соколов"}, Modality.FACT.value) in found


def test_president_himself_still_stands_for_his_post(analyse: Analyse) -> None:
    """Near miss: the chief's own introduction still names him for a bare post."""
    text = (
        "Президент Чили Габриэль Рохас прибыл в Лиму. Встреча президента с премьером "
        "Перу Луисом Варгасом прошла во дворце."
    )
    found = meetings_at(analyse, text, "Встреча")
    assert any({"Габриэль Рохас", "Луис Варгас"} <= people for people, _ in found)


def test_spokesman_telling_of_his_own_talks_stays_a_side(analyse: Analyse) -> None:
    """Near miss: a teller of talks named with their companion may be a side himself."""
    text = (
        "Министр Олег Зуев сообщил, что переговоры с послом Канады Робертом Смитом "
        "прошли успешно."
    )
    found = meetings_at(analyse, text, "Министр")
    assert any({"Олег Зуев", "Роберт Смит"} <= people for people, _ in found)


def test_aide_of_a_country_is_not_its_president(analyse: Analyse) -> None:
    text = (
        "Начались переговоры между президентом Чили Габриэлем Рохасом и президентом Перу "
        "Луисом Варгасом. «Пресс-секретарь президента Чили Мигель Торрес сообщил мне, что "
        "сейчас идут переговоры президентов Чили и Перу», — написал репортер."
    )
    found = meetings_at(analyse, text, "«Пресс-секретарь")
    assert found and all("Мигель Торрес" not in people for people, _ in found)
