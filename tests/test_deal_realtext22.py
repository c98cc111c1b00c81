"""Deal classes seen on real news in round 22: transfers told by movement words ("перешел из
«A» в «B»", "переход X в «B»"), guarded against job moves and moves only spoken of; a news
agency's credit line is no side; what a side owns or runs, told in a participle phrase on
it, is no side. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two clubs and the player are the sides, as the benchmark lists them (deal28)
        ("Защитник Олег Баранов перешел из «Волги» в «Ростов» за два миллиона евро.",
         {"Ростов", "Волга", "Олег Баранов"}),
        # a noun of movement; the club left is the genitive of the player's noun
        ("Вчера состоялся переход нападающего «Сибири» Павла Крылова в «Томь».",
         {"Томь", "Сибирь", "Павел Крылов"}),
        # a participle on the player's name
        ("Форвард Илья Котов, перешедший из «Томи» в «Урал», забил первый гол.",
         {"Урал", "Томь", "Илья Котов"}),
        # the parser hangs "из «Томи»" on "в «Урал»": each name's own preposition counts
        ("Полузащитник Антон Белов провел в «Томи» три сезона. Летом Белов перешел в «Урал» "
         "из «Томи».", {"Урал", "Томь", "Антон Белов"}),
        # no club left named: the player stays a side (buyer and player)
        ("Вратарь Игорь Лапин перешел в «Волгу».", {"Волга", "Игорь Лапин"}),
    ],
)
def test_a_players_move_is_a_transfer(analyse: Analyse, text: str, expected: set[str]) -> None:
    found = deals(analyse(text).claims)
    assert any(kind == "купля/продажа" and sides >= expected for sides, kind in found), found
    assert all(len(sides) == len(expected) for sides, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a job move, told with the job noun
        "Бывший вице-губернатор Олег Петров перешел на работу в «Газпром».",
        # a coach is no player: his move is a job move
        "Тренер Сергей Нестеров перешел из «Амкара» в «Ростов».",
        "Заместитель министра Анна Крылова перешла в правительство области.",
        # a move only possible or planned
        "Нападающий Илья Котов может перейти из «Томи» в «Урал».",
        "Клубы ведут переговоры о переходе защитника Олега Баранова в «Ростов».",
    ],
)
def test_a_job_move_or_a_move_spoken_of_is_no_transfer(analyse: Analyse, text: str) -> None:
    assert not deals(analyse(text).claims)


def test_a_news_agencys_credit_line_is_no_side(analyse: Analyse) -> None:
    found = deals(analyse(
        "Москва. 12 марта. INTERFAX.RU - Группа «Лента» закрыла сделку по покупке 100% акций "
        "ЗАО «Невский берег»."
    ).claims)
    assert found == {(frozenset({"Лента", "Невский берег"}), "купля/продажа")}


def test_a_side_opening_the_report_before_a_dash_stays_a_side(analyse: Analyse) -> None:
    found = deals(analyse("Сбербанк – крупнейший банк страны – выдал кредит компании «Рамус».")
                  .claims)
    assert found == {(frozenset({"Сбербанк", "Рамус"}), "займ/возвращение займа")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Холдинг «Вектор» купил компанию «Радуга-Центр», владеющую сетью «Радуга» и "
         "магазинами «Кубик».", {"Вектор", "Радуга-Центр"}),
        # the parser hangs the clause's last name on the company it follows
        ("Банк «Заря» купил долю в компании «Тест-Групп», развивающей сеть аптек «Панацея».",
         {"Заря", "Тест-Групп"}),
        # a list of brands in a relative clause on the bought company
        ("Сеть «Колос» купила компанию «Нива», которая работает под брендами «Жатва», "
         "«Пашня» и «Урожай».", {"Колос", "Нива"}),
    ],
)
def test_what_a_side_owns_or_runs_is_no_side(
    analyse: Analyse, text: str, expected: set[str]
) -> None:
    assert deals(analyse(text).claims) == {(frozenset(expected), "купля/продажа")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pronoun stands for the player named before; no club paid: payer and player
        ("Полузащитник Сергей Рябов вырос в «Волге». За него «Ростов» заплатил четыре "
         "миллиона евро.", {"Ростов", "Сергей Рябов"}),
        # the club paid is the seller
        ("«Ростов» заплатил клубу «Волга» за вратаря два миллиона евро.", {"Ростов", "Волга"}),
        # the player named beside both clubs (deal28)
        ("За защитника Олега Баранова «Ростов» заплатил «Тюмени» три миллиона евро.",
         {"Ростов", "Тюмень", "Олег Баранов"}),
    ],
)
def test_a_payment_for_a_player_is_a_transfer(
    analyse: Analyse, text: str, expected: set[str]
) -> None:
    assert deals(analyse(text).claims) == {(frozenset(expected), "купля/продажа")}


def test_a_payment_for_someone_who_is_no_player_is_no_transfer(analyse: Analyse) -> None:
    found = deals(analyse("Министр Иван Сомов вырос в Туле. За него «Ростов» заплатил штраф.")
                  .claims)
    assert all(kind != "купля/продажа" for _, kind in found), found


def test_a_bare_name_moving_in_a_report_on_players_is_a_transfer(analyse: Analyse) -> None:
    # the report speaks of players and no post names him; the parser hangs both
    # prepositions on the club joined, so each name's nearest one counts
    found = deals(analyse(
        "Летом клуб подписал трех игроков. О переходе Игоря Лапина из «Волги» в «Ростов» "
        "объявили в понедельник."
    ).claims)
    assert found == {(frozenset({"Ростов", "Волга", "Игорь Лапин"}), "купля/продажа")}


@pytest.mark.parametrize(
    "text",
    [
        # a report on players, but a post names the one who moves
        "Летом клуб подписал трех игроков. Тренер Сергей Нестеров перешел из «Волги» в "
        "«Ростов».",
        # no players in the report: a manager's move between companies
        "Олег Петров перешел из «Роснефти» в «Лукойл».",
    ],
)
def test_a_bare_name_moving_elsewhere_is_no_transfer(analyse: Analyse, text: str) -> None:
    assert not deals(analyse(text).claims)
