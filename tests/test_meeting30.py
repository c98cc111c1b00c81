"""Round 30 of meetings, from the classes recurring across the seen real-text batches (not
kept in the repository): a side named by its post and country far after the report
introduced its holder ("Президент Узбекистана встретится с Y" five sentences on), and a
subject pronoun of the verb a meeting noun hangs on ("Такое заявление он сделал в ходе
встречи с Y"). Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_meeting_real_text import people_meeting


def test_post_with_its_country_reaches_back_to_its_introduction(analyse: Analyse) -> None:
    text = (
        "Президент Монголии Ухнаагийн Хурэлсух прибыл в Париж. В аэропорту гостя встречали "
        "дети с цветами. Затем кортеж проехал по центру города. Вечером был дан концерт. "
        "Погода в городе стояла теплая. Президент Монголии встретится с президентом "
        "Франции Эммануэлем Макроном."
    )
    found = people_meeting(analyse, text)
    assert {"Ухнаагийн Хурэлсух", "Эммануэль Макрон"} in found


def test_post_with_another_country_does_not_reach_back(analyse: Analyse) -> None:
    text = (
        "Президент Монголии Ухнаагийн Хурэлсух прибыл в Париж. В аэропорту гостя встречали "
        "дети с цветами. Затем кортеж проехал по центру города. Вечером был дан концерт. "
        "Погода в городе стояла теплая. Президент Казахстана встретится с президентом "
        "Франции Эммануэлем Макроном."
    )
    found = people_meeting(analyse, text)
    assert not any("Ухнаагийн Хурэлсух" in people for people in found)


def test_subject_pronoun_of_a_verb_over_a_meeting_noun_is_a_side(analyse: Analyse) -> None:
    text = (
        "Посол пригласил Травникова на форум\n"
        "Посол Вьетнама Данг Минь Кхой пригласил губернатора Андрея Травникова на форум. "
        "Такое приглашение он передал в четверг в ходе встречи с мэром Новосибирска "
        "Максимом Кудрявцевым."
    )
    found = people_meeting(analyse, text)
    assert {"Данг Минь Кхой", "Максим Кудрявцев"} in found
    assert {"Андрей Травников", "Максим Кудрявцев"} not in found


def test_pronoun_with_nobody_named_before_adds_nobody(analyse: Analyse) -> None:
    text = (
        "Форум откроется в четверг. Такое решение он принял в ходе встречи с мэром "
        "Новосибирска Максимом Кудрявцевым."
    )
    found = people_meeting(analyse, text)
    assert all(len(people) <= 1 for people in found)
