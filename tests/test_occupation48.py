"""Occupations, round 48: a city's relative adjective before a region's or a city's post
places it ("ярославский губернатор X" → Ярославская область, "новосибирский мэр X" →
Новосибирск); duties laid on one who stands by a post of their own ("возложено на первого
замглавы X"), or taken up under a fronted decree ("Согласно приказу министра обязанности
начальника исполняет X"); a post said again for a further name with the verb left out
("Министром финансов назначен X, министром экономики — Y"). Sentences written for the
tests."""

from __future__ import annotations

from concord.claim import Claim
from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def _claims_of(analyse: Analyse, text: str, person: str) -> list[Claim]:
    return [
        c
        for c in analyse(text).claims
        if c.type == "occupation" and c.values("who") == [person]
    ]


def test_a_city_adjective_before_a_governor_names_the_region(analyse: Analyse) -> None:
    text = "Советником министра назначен тульский губернатор Алексей Громов."
    assert ("губернатор", "Тульская область") in posts_of(analyse, text, "Алексей Громов")


def test_a_krai_adjective_names_the_krai(analyse: Analyse) -> None:
    text = "На совещании выступил пермский губернатор Иван Сергеев."
    assert posts_of(analyse, text, "Иван Сергеев") == {("губернатор", "Пермский край")}


def test_a_city_adjective_before_a_mayor_names_the_city(analyse: Analyse) -> None:
    text = "Новосибирский мэр Олег Петров заявил о росте тарифов."
    assert posts_of(analyse, text, "Олег Петров") == {("мэр", "Новосибирск")}


def test_a_stem_alternation_still_finds_the_city(analyse: Analyse) -> None:
    text = "Калужский губернатор Виктор Ерохин посетил завод."
    assert posts_of(analyse, text, "Виктор Ерохин") == {("губернатор", "Калужская область")}


def test_an_adjective_of_no_place_places_nothing(analyse: Analyse) -> None:
    # near miss: "городской глава", "бывший губернатор": no city the adjective is made from
    text = "Бывший губернатор Павел Лукин и городской глава Семен Юдин выступили."
    assert all(place == "" for _, place in posts_of(analyse, text, "Павел Лукин"))
    assert all(place == "" for _, place in posts_of(analyse, text, "Семен Юдин"))


def test_a_state_adjective_keeps_its_state(analyse: Analyse) -> None:
    # near miss: a state's adjective is read as before, not made into a region
    text = "Российский президент Иван Орлов прибыл в Минск."
    assert posts_of(analyse, text, "Иван Орлов") == {("президент", "Россия")}


def test_duties_laid_on_one_with_a_post_of_their_own(analyse: Analyse) -> None:
    text = "Исполнение обязанностей главы администрации возложено на первого замглавы Алексея Никонова."
    found = {post for post, _ in posts_of(analyse, text, "Алексей Никонов")}
    assert found == {"первый замглавы", "исполняющий обязанности главы"}


def test_duties_laid_by_the_one_with_the_post_are_not_his(analyse: Analyse) -> None:
    # near miss: the governor lays the duties; he takes none of them up
    text = "Губернатор Олег Петров возложил обязанности министра спорта на Ивана Сидорова."
    assert {post for post, _ in posts_of(analyse, text, "Олег Петров")} == {"губернатор"}


def test_duties_taken_up_under_a_fronted_decree(analyse: Analyse) -> None:
    text = (
        "Согласно приказу министра обязанности начальника областного управления лесного "
        "хозяйства исполняет Мария Орлова."
    )
    found = {post for post, _ in posts_of(analyse, text, "Мария Орлова")}
    assert found == {"исполняющий обязанности начальника"}


def test_a_post_said_again_for_a_further_name(analyse: Analyse) -> None:
    text = "Министром финансов назначен Игорь Смолин, министром экономики — Андрей Рябов."
    assert {p for p, _ in posts_of(analyse, text, "Андрей Рябов")} == {"министр экономики"}
    assert {p for p, _ in posts_of(analyse, text, "Игорь Смолин")} == {"министр финансов"}


def test_a_dash_after_no_verb_of_appointing_gives_no_post(analyse: Analyse) -> None:
    # near miss: no verb of taking a post; "коллега" is no post in the instrumental
    text = "На встрече выступил министр финансов Игорь Смолин, а также его коллега — Андрей Рябов."
    assert not _claims_of(analyse, text, "Андрей Рябов")


def test_a_macro_regions_adjective_names_no_oblast(analyse: Analyse) -> None:
    # near miss: "уральский" is made from "Урал", a town too, yet names no one region
    text = "Уральский губернатор Степан Жуков посетил выставку."
    assert all(place == "" for _, place in posts_of(analyse, text, "Степан Жуков"))
