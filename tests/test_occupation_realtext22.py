"""Occupations on real news wording, round 22: a roster noun naming the post that "Ими
стали X, Y и Z" stands for (each listed name holds it), a region's post ("губернатор") with
no place taking the region named before, and "полпред президента РФ в … округе" held in
the district, not the principal's state. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts

ROSTER = (
    "В Курганской области прошло заседание правительства. Состав вице-губернаторов огласил "
    "на нем Петр Лыков. Ими стали Антон Сорокин (финансы), Вера Гончар (культура) и "
    "Илья Мартов (транспорт)."
)


def test_a_roster_noun_names_the_post_a_plural_pronoun_stands_for(analyse: Analyse) -> None:
    found = posts(analyse, ROSTER)
    for name in ("Антон Сорокин", "Вера Гончар", "Илья Мартов"):
        assert any(p[0] == name and "вице-губернатор" in p[1] for p in found), name


def test_the_listed_names_hold_it_in_the_region_named_before(analyse: Analyse) -> None:
    assert any(
        p[0] == "Вера Гончар" and p[2] == "Курганская область" for p in posts(analyse, ROSTER)
    )


def test_a_singular_verb_gives_the_post_to_its_own_subject_only(analyse: Analyse) -> None:
    text = (
        "Клуб объявил о назначении нового тренера. Им стал Антон Сорокин, а Илья Мартов "
        "остался его помощником."
    )
    found = posts(analyse, text)
    assert any(p[0] == "Антон Сорокин" and p[1] == "тренер" for p in found)
    assert not any(p[0] == "Илья Мартов" and p[1] == "тренер" for p in found)


def test_a_governor_with_no_place_takes_the_region_named_before(analyse: Analyse) -> None:
    text = "В Омской области сменился министр здравоохранения. Указ подписал губернатор Петр Лыков."
    assert any(
        p[0] == "Петр Лыков" and p[1] == "губернатор" and p[2] == "Омская область"
        for p in posts(analyse, text)
    )


def test_a_governor_of_a_place_named_elsewhere_takes_no_region(analyse: Analyse) -> None:
    text = "В Калифорнии прошли выборы. Губернатор Марк Ли поздравил победителей."
    assert not any(p[0] == "Марк Ли" and p[2] for p in posts(analyse, text))


def test_a_board_a_relative_clause_is_on(analyse: Analyse) -> None:
    text = (
        "Акционеры «Балтийского порта» избрали совет директоров, в который вошли "
        "министр транспорта Антон Сорокин и профессор Вера Гончар."
    )
    found = posts(analyse, text)
    for name in ("Антон Сорокин", "Вера Гончар"):
        assert any(
            p[0] == name and p[1] == "член совета директоров" and "Балтийский порт" in p[2]
            for p in found
        ), name


def test_a_relative_clause_on_another_noun_is_no_board(analyse: Analyse) -> None:
    text = "Антон Сорокин вспомнил город, в который вошел с войсками в 1945 году."
    assert not any(p[0] == "Антон Сорокин" for p in posts(analyse, text))


def test_an_artistic_director_at_the_theatre_introduced_before(analyse: Analyse) -> None:
    text = "Курский драматический театр показал премьеру. Спектакль поставил худрук Илья Мартов."
    assert any(
        p[0] == "Илья Мартов" and p[2] == "Курский драматический театр"
        for p in posts(analyse, text)
    )


def test_a_director_after_two_museums_takes_neither(analyse: Analyse) -> None:
    text = (
        "Русский музей и Исторический музей подписали соглашение. Его одобрил директор Илья Мартов."
    )
    assert not any(p[0] == "Илья Мартов" and p[2] for p in posts(analyse, text))


def test_an_organisation_inside_the_relative_clause_is_no_board_owner(analyse: Analyse) -> None:
    text = (
        "Акционеры «Балтийского порта» избрали совет директоров, в который вошел ректор "
        "Курского государственного университета Антон Сорокин."
    )
    found = [p for p in posts(analyse, text) if p[0] == "Антон Сорокин" and "член" in p[1]]
    assert found and all("Балтийский порт" in p[2] for p in found)
