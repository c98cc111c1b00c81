"""Occupations, round 26: recall on text nobody tuned on — a team's post held at the
national team the report named, the head of an organisation told by a passive participle,
a post told by a participle of holding an office, a director at the one company named.
Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def test_a_coach_is_held_at_the_national_team_named_just_before(analyse: Analyse) -> None:
    text = "Сборная Чехии сыграла вничью. Главный тренер Павел Новак остался доволен."
    assert ("главный тренер", "Сборная Чехии") in posts_of(analyse, text, "Павел Новак")


def test_a_team_with_no_name_is_the_place_as_written(analyse: Analyse) -> None:
    text = (
        "Тренер назвал Ивана Петрова первым вратарём сборной команды. "
        "Игорь Сомов (второй тренер) поддержал это решение."
    )
    found = posts_of(analyse, text, "Игорь Сомов")
    assert any(post == "второй тренер" and "сборн" in place for post, place in found)


def test_a_team_post_takes_the_latest_team_not_an_opponent_named_before(
    analyse: Analyse,
) -> None:
    text = (
        "После игры со сборной Бразилии тренер был мрачен. Он давно руководит сборной. "
        "Капитаном стал Михаил Орлов."
    )
    found = posts_of(analyse, text, "Михаил Орлов")
    assert found and all("Бразил" not in place for _, place in found)


def test_two_countries_teams_leave_the_player_without_place(analyse: Analyse) -> None:
    text = "Сборная Чехии обыграла сборную Польши. Вратарь Павел Новак отразил пенальти."
    assert ("вратарь", "") in posts_of(analyse, text, "Павел Новак")


def test_no_team_named_leaves_the_coach_without_place(analyse: Analyse) -> None:
    text = "Завод выпустил новую модель. Главный тренер Павел Новак остался доволен."
    assert ("главный тренер", "") in posts_of(analyse, text, "Павел Новак")


def test_the_agent_of_a_passive_head_participle_heads_the_organisation(
    analyse: Analyse,
) -> None:
    text = (
        "Полиция задержала двести активистов Либеральной партии, возглавляемой Андреем Сидоровым."
    )
    assert ("", "Либеральная партия") in posts_of(analyse, text, "Андрей Сидоров")


def test_a_passive_participle_of_another_verb_gives_no_place_of_work(analyse: Analyse) -> None:
    text = "Компания «Ромашка», основанная Андреем Сидоровым, открыла новый офис."
    assert not posts_of(analyse, text, "Андрей Сидоров")


def test_a_participle_of_holding_an_office_gives_its_post(analyse: Analyse) -> None:
    text = (
        "Пётр Иванов, ранее занимавший должность первого заместителя губернатора "
        "Курской области, возглавил банк «Заря»."
    )
    assert ("первый заместитель губернатора", "Курская область") in posts_of(
        analyse, text, "Пётр Иванов"
    )


def test_a_participle_of_holding_an_office_on_an_oblique_name(analyse: Analyse) -> None:
    text = "Встреча с Олегом Сомовым, занимающим пост мэра Твери, прошла в понедельник."
    assert ("мэр", "Тверь") in posts_of(analyse, text, "Олег Сомов")


def test_a_participle_of_holding_a_place_in_a_ranking_is_no_post(analyse: Analyse) -> None:
    text = "Олег Сомов, занимающий первое место в рейтинге, дал интервью."
    assert not posts_of(analyse, text, "Олег Сомов")


def test_a_general_director_is_held_at_the_one_company_introduced(analyse: Analyse) -> None:
    text = (
        "Компания «Ромашка» сменила руководство. "
        "Олег Сомов отправлен в отставку с поста генерального директора."
    )
    assert ("генеральный директор", "Ромашка") in posts_of(analyse, text, "Олег Сомов")
