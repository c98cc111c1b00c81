"""Occupations, round 51: the "held a post" wordings. "Ранее этот пост занимал X",
"Данную должность занимала X", "Ранее занимавший эту должность X": an office noun that
points back stands for the post the sentence before (or the one before it) gave someone
else; the holder held it too, a former post when the past is said. Near misses: a place
in a ranking, an office with no post, a traffic police post, a pointing noun with nothing
named before or only a rank. Sentences written for the tests."""

from __future__ import annotations

from concord.claim import Claim
from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def _claims(analyse: Analyse, text: str, name: str) -> list[Claim]:
    return [
        claim
        for claim in analyse(text).claims
        if claim.type == "occupation" and claim.values("who") == [name]
    ]


def test_this_post_held_before_is_the_post_named_in_the_sentence_before(analyse: Analyse) -> None:
    text = (
        "Новым командующим Южного военного округа стал генерал-майор Олег Валуев. "
        "Ранее этот пост занимал Игорь Сомов."
    )
    claims = _claims(analyse, text, "Игорь Сомов")
    assert [(c.values("position"), c.values("held")) for c in claims] == [
        (["командующий"], ["former"])
    ]
    assert any("Южн" in place for place in claims[0].values("where"))


def test_a_sentence_naming_no_post_in_between_does_not_break_the_reference(
    analyse: Analyse,
) -> None:
    text = (
        "Губернатор назначил Дениса Ордина министром финансов Пензенской области. "
        "Об этом сообщает пресс-служба. Данную должность прежде занимала Вера Лукина."
    )
    assert ("министр финансов", "Пензенская область") in posts_of(analyse, text, "Вера Лукина")


def test_a_participle_holding_this_post_gives_the_name_its_post(analyse: Analyse) -> None:
    text = (
        "Новым директором завода «Искра» стал Максим Рудин. "
        "Ранее занимавший эту должность Олег Фадин ушел на пенсию."
    )
    claims = _claims(analyse, text, "Олег Фадин")
    assert [c.values("position") for c in claims] == [["директор"]]
    assert claims[0].values("held") == ["former"]


def test_the_rank_of_the_new_holder_is_not_the_post_pointed_to(analyse: Analyse) -> None:
    text = "Указом президента полковник Павел Жаров повышен в звании. Ранее этот пост занимал Глеб Мохов."
    assert not posts_of(analyse, text, "Глеб Мохов")


def test_this_post_with_nothing_named_before_is_no_claim(analyse: Analyse) -> None:
    text = "Погода в регионе испортилась. Этот пост занимал Глеб Мохов."
    assert not posts_of(analyse, text, "Глеб Мохов")


def test_first_place_in_a_ranking_is_no_post(analyse: Analyse) -> None:
    text = "Команда Петра Зуева занимает первое место в турнире. Этот пост занимает Глеб Мохов."
    assert not posts_of(analyse, text, "Петр Зуев")
    assert not posts_of(analyse, text, "Глеб Мохов")


def test_an_office_in_a_company_with_no_post_named_is_no_post(analyse: Analyse) -> None:
    text = "Ольга Титова занимает должность в компании уже пять лет."
    assert not posts_of(analyse, text, "Ольга Титова")


def test_a_traffic_police_post_is_no_office(analyse: Analyse) -> None:
    text = "Инспектор Антон Рябов на посту ГИБДД остановил машину."
    assert posts_of(analyse, text, "Антон Рябов") == {("инспектор", "")}


def test_the_post_given_in_the_instrumental_is_meant_not_the_appointees_own(
    analyse: Analyse,
) -> None:
    text = (
        "Губернатор назначил вице-премьера правительства края Игоря Лосева министром транспорта. "
        "Ранее этот пост занимал Юрий Гаев."
    )
    assert {post for post, _ in posts_of(analyse, text, "Юрий Гаев")} == {"министр транспорта"}


def test_a_post_standing_by_its_holders_name_is_not_the_post_pointed_to(analyse: Analyse) -> None:
    text = (
        "Глава города Твери Олег Дронов предложил сократить должность заместителя. "
        "Ранее этот пост занимал Юрий Гаев."
    )
    assert not posts_of(analyse, text, "Юрий Гаев")
