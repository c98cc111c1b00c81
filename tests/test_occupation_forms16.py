"""Occupations on real news wording, round 16: an organisation named in another sentence
than the post (a club, a joint-stock company, a university, a plant), a board chairman kept
whole, and an owner's stake that is no post. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def test_a_coach_with_no_club_takes_the_club_the_report_introduced(analyse: Analyse) -> None:
    text = (
        "Хоккейный клуб «Буран-Воронеж» объявил о кадровых переменах. Главный тренер Игорь "
        "Сомов покинул команду после шестого поражения подряд."
    )
    assert ("Игорь Сомов", "главный тренер", "Буран-Воронеж") in posts(analyse, text)


def test_a_coach_between_two_clubs_stays_without_place(analyse: Analyse) -> None:
    text = (
        "Футбольный клуб «Волга-Тверь» принимал на своем поле клуб «Сокол-Саратов». Главный "
        "тренер Павел Ершов остался недоволен судейством."
    )
    found = [p for p in posts(analyse, text) if p[0] == "Павел Ершов"]
    assert found and all(not place for _, _, place in found)


def test_a_joint_stock_company_named_before_is_the_post_s_place(analyse: Analyse) -> None:
    text = (
        "Вчера в Кургане собрался совет директоров ОАО «Курганприбор». Генеральным директором "
        "акционерного общества назначен Виктор Лыков, а председателем совета директоров Роман "
        "Гусев."
    )
    found = posts(analyse, text)
    assert ("Виктор Лыков", "генеральный директор", "Курганприбор") in found
    assert ("Роман Гусев", "председатель совета директоров", "Курганприбор") in found


def test_an_owner_s_stake_is_no_post(analyse: Analyse) -> None:
    text = "Владелец 40% акций «Верхнекамской бумаги» Игорь Пастухов отказался от комментариев."
    assert not [p for p in posts(analyse, text) if "40" in p[1]]
    assert not posts(analyse, "Совладелец 25 процентов компании Мария Зотова промолчала.")


def test_a_bare_university_headed_is_the_one_named_before(analyse: Analyse) -> None:
    text = (
        "В Томском политехническом университете выбрали нового ректора. Вуз возглавил "
        "профессор Олег Ракитин."
    )
    places = [place for who, _, place in posts(analyse, text) if who == "Олег Ракитин"]
    assert "Томский политехнический университет" in places


def test_a_described_plant_headed_is_not_referred_back(analyse: Analyse) -> None:
    text = (
        "Банк «Северный кредит» купил завод «Электроприбор». Новый завод возглавил Игорь Шаров."
    )
    assert not [p for p in posts(analyse, text) if p[0] == "Игорь Шаров" and p[2]]
