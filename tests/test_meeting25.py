"""Round 25 of meetings, from misses recurring across rounds 21–24's real-text batches
(not kept in the repository): a first-person quote whose speaker is a side ("«Встретились
с Y, обсудили …», — рассказал X"), a side given by a post or group of an organisation whose
holder is told in the sentences after ("с главой Тверской ОГА. … председатель Тверской ОГА
Y"; "с руководством банка. … приехал председатель правления банка Y"), and a meeting verb
completing a short adjective ("X готов встретиться с Y"). Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_meeting_real_text import people_meeting


def _together(found: list[set[str]], *names: str) -> bool:
    """Whether some meeting holds all the names."""
    return any(set(names) <= people for people in found)


def _anyone_with(found: list[set[str]], name: str) -> bool:
    """Whether some meeting holds the name beside someone else."""
    return any(name in people and len(people) > 1 for people in found)


def test_the_speaker_of_a_quote_with_a_plural_meeting_verb_is_a_side(analyse: Analyse) -> None:
    text = (
        "«Сегодня встретились с губернатором Иваном Петровым, обсудили ремонт дорог», — "
        "рассказал мэр Сергей Кузнецов."
    )
    assert _together(people_meeting(analyse, text), "Сергей Кузнецов", "Иван Петров")


def test_the_speaker_given_by_a_post_is_its_holder_named_before(analyse: Analyse) -> None:
    text = (
        "Мэр Сергей Кузнецов вернулся из Москвы. «Встретился с министром Андреем Волковым, "
        "обсудили строительство моста», — рассказал мэр."
    )
    assert _together(people_meeting(analyse, text), "Сергей Кузнецов", "Андрей Волков")


def test_a_first_person_pronoun_in_a_quote_is_its_speaker(analyse: Analyse) -> None:
    text = "«Я встречался с губернатором Иваном Петровым», — сказал министр Олег Смирнов."
    assert _together(people_meeting(analyse, text), "Олег Смирнов", "Иван Петров")


def test_a_planned_meeting_in_a_quote_has_its_speaker(analyse: Analyse) -> None:
    text = "«Завтра встретимся с губернатором Иваном Петровым», — сообщил министр Олег Смирнов."
    assert _together(people_meeting(analyse, text), "Олег Смирнов", "Иван Петров")


def test_a_third_person_meeting_in_a_quote_is_not_the_speakers(analyse: Analyse) -> None:
    text = "«Встретится с министром Андреем Волковым», — сказал пресс-секретарь Олег Смирнов."
    assert not _together(people_meeting(analyse, text), "Олег Смирнов", "Андрей Волков")


def test_a_quoted_meeting_of_others_keeps_its_own_sides(analyse: Analyse) -> None:
    text = (
        "«Губернатор Иван Петров встретится с министром Андреем Волковым», — сообщил "
        "пресс-секретарь Олег Смирнов."
    )
    found = people_meeting(analyse, text)
    assert _together(found, "Иван Петров", "Андрей Волков")
    assert not _anyone_with(found, "Олег Смирнов")


def test_a_post_of_an_organisation_met_is_its_holder_told_after(analyse: Analyse) -> None:
    text = (
        "Глава района Олег Смирнов провел встречу с директором завода «Прогресс». Директор "
        "завода «Прогресс» Андрей Волков рассказал о планах модернизации."
    )
    assert _together(people_meeting(analyse, text), "Олег Смирнов", "Андрей Волков")


def test_a_leader_arriving_after_a_meeting_with_the_organisations_leadership(
    analyse: Analyse,
) -> None:
    text = (
        "Губернатор Олег Смирнов встретился с руководством компании «Прогресс». В регион "
        "приехал генеральный директор компании «Прогресс» Андрей Волков."
    )
    assert _together(people_meeting(analyse, text), "Олег Смирнов", "Андрей Волков")


def test_a_told_meeting_with_a_post_and_its_holder_in_the_quote_after(analyse: Analyse) -> None:
    text = (
        "Тренер Олег Смирнов рассказал о встрече с главой Тверской ОГА. «Вчера базу посетил "
        "председатель Тверской ОГА Андрей Волков. Говорили о стадионе», — сказал Смирнов."
    )
    assert _together(people_meeting(analyse, text), "Олег Смирнов", "Андрей Волков")


def test_a_post_of_another_organisation_joins_nothing(analyse: Analyse) -> None:
    text = (
        "Губернатор Олег Смирнов встретился с руководством компании «Прогресс». В регион "
        "приехал генеральный директор завода «Меридиан» Андрей Волков."
    )
    assert not _anyone_with(people_meeting(analyse, text), "Андрей Волков")


def test_a_meeting_with_residents_takes_no_official_told_after(analyse: Analyse) -> None:
    text = (
        "Губернатор Олег Смирнов встретился с жителями района. Глава района Андрей Волков "
        "рассказал о дорогах."
    )
    assert not _anyone_with(people_meeting(analyse, text), "Андрей Волков")


def test_who_is_ready_to_meet_is_a_side(analyse: Analyse) -> None:
    text = "Министр Олег Смирнов готов встретиться с губернатором Андреем Волковым."
    assert _together(people_meeting(analyse, text), "Олег Смирнов", "Андрей Волков")


def test_a_short_adjective_with_no_meeting_verb_names_no_meeting(analyse: Analyse) -> None:
    text = "Министр Олег Смирнов готов к диалогу о строительстве моста с губернатором."
    assert not _anyone_with(people_meeting(analyse, text), "Олег Смирнов")


def test_a_quote_naming_nobody_met_makes_no_meeting_of_its_speaker(analyse: Analyse) -> None:
    text = "«Мы встречались не раз и всегда договаривались», — сказал министр Олег Смирнов."
    assert not any("Олег Смирнов" in people for people in people_meeting(analyse, text))
