"""Occupations on real news wording, round 18: board members elected in a list, posts left
by a verb of leaving, and a post one may take read as a candidacy. Sentences written for the
tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def test_every_board_member_of_a_list_is_a_member(analyse: Analyse) -> None:
    text = (
        "В состав совета директоров ОАО «Камский порт» избраны Игорь Мельников, Анна Сорокина "
        "и Пётр Гусев."
    )
    found = {(who, place) for who, post, place in posts(analyse, text) if "член" in post}
    assert found == {
        ("Игорь Мельников", "Камский порт"),
        ("Анна Сорокина", "Камский порт"),
        ("Пётр Гусев", "Камский порт"),
    }


def test_a_board_of_a_company_named_before_by_its_kin_noun(analyse: Analyse) -> None:
    text = (
        "Собрание акционеров банка «Волжский кредит» прошло в Казани. В совет директоров банка "
        "избраны Олег Рыбин и Юлия Карпова."
    )
    found = posts(analyse, text)
    assert ("Олег Рыбин", "член совета директоров", "Волжский кредит") in found
    assert ("Юлия Карпова", "член совета директоров", "Волжский кредит") in found


def test_a_described_company_is_not_the_one_named_before(analyse: Analyse) -> None:
    text = (
        "Собрание акционеров банка «Волжский кредит» прошло в Казани. В совет директоров "
        "нового банка избран Олег Рыбин."
    )
    assert not [p for p in posts(analyse, text) if p[2] == "Волжский кредит"]


def test_a_post_left_is_a_post_held(analyse: Analyse) -> None:
    text = "Андрей Кольцов покинул пост министра финансов Карелии."
    assert ("Андрей Кольцов", "министр финансов", "Карелия") in posts(analyse, text)


def test_a_post_left_by_a_preposition_is_a_post_held(analyse: Analyse) -> None:
    text = "Дмитрий Ракитин ушёл с поста главного редактора газеты «Северный вестник»."
    found = sorted(p for p in posts(analyse, text) if p[0] == "Дмитрий Ракитин")
    assert found and found[0][1] == "главный редактор" and "Северный вестник" in found[0][2]


def test_one_who_will_leave_a_post_holds_it_now(analyse: Analyse) -> None:
    document = analyse("Сергей Нилов покинет пост ректора Северного университета в июле.")
    claims = [c for c in document.claims if c.type == "occupation"]
    assert claims and all(c.modality.value == "fact" for c in claims)


def test_leaving_a_hall_is_no_post(analyse: Analyse) -> None:
    text = "В знак протеста Павел Рудаков покинул зал заседаний."
    assert not [p for p in posts(analyse, text) if p[0] == "Павел Рудаков"]


def test_a_post_one_may_take_is_not_held(analyse: Analyse) -> None:
    document = analyse("Возглавить концерн «Энергомаш» может Виктор Лапин.")
    claims = [c for c in document.claims if c.type == "occupation"]
    assert all(c.modality.value != "fact" for c in claims)
