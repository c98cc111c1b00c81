"""Round 32 of meetings, from real Russian reports (not kept in the repository): a
companion named by a post or a counterpart word with a national adjective ("с турецким
президентом", "с эстонским коллегой") stands for the one person the report introduced
with that country; nobody when no one, or more than one, was. Sentences written for the
tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_meeting_real_text import people_meeting


def test_national_post_companion_is_the_person_introduced_with_the_country(
    analyse: Analyse,
) -> None:
    text = (
        "Президент Финляндии Микко Лехтинен и его шведский коллега Ларс Берг обсудили "
        "по телефону ситуацию в регионе. Ранее с финским президентом по телефону "
        "поговорил канцлер Германии Ханс Мюллер."
    )
    assert {"Микко Лехтинен", "Ханс Мюллер"} in people_meeting(analyse, text)


def test_national_post_on_a_meeting_noun_is_its_holder(analyse: Analyse) -> None:
    text = (
        "Премьер-министр Норвегии Ула Хансен прибыл в Рим. Глава итальянского "
        "правительства Марко Бьянки провел переговоры с норвежским премьером."
    )
    assert {"Марко Бьянки", "Ула Хансен"} in people_meeting(analyse, text)


def test_national_counterpart_is_the_person_introduced_with_the_country(
    analyse: Analyse,
) -> None:
    text = (
        "Президент Эстонии Тоомас Кару прибыл в Ригу. Латвийский президент Янис "
        "Берзиньш провел переговоры с эстонским коллегой."
    )
    assert {"Янис Берзиньш", "Тоомас Кару"} in people_meeting(analyse, text)


def test_counterpart_of_a_country_nobody_came_from_names_nobody(analyse: Analyse) -> None:
    text = (
        "Президент Польши Анджей Ковальский прибыл в Хельсинки. В тот же день он "
        "встретился с эстонским коллегой."
    )
    found = people_meeting(analyse, text)
    assert found and all(people <= {"Анджей Ковальский", "коллега"} for people in found), found


def test_counterpart_does_not_take_a_person_from_a_shared_post_of_two_countries(
    analyse: Analyse,
) -> None:
    text = (
        "Президенты Польши и Литвы Анджей Ковальский и Гитанас Петрайтис встретились "
        "в Вильнюсе. Открывая встречу с литовским коллегой, Ковальский подчеркнул "
        "важность сотрудничества."
    )
    assert {"Анджей Ковальский", "коллега"} in people_meeting(analyse, text)
