"""Posts of the region in Russian and English as concepts: аким = akim = hokim (a city's
mayor or a region's governor), вице-премьер = Deputy Prime Minister, "глава МИД Киргизии"
is Kyrgyzstan's foreign minister. Names and sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from concord.analysis import AnalysedDocument
from concord.knowledge.concepts import post_concept, posts_agree

Analyse = Callable[..., AnalysedDocument]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("аким Алматы", "Almaty Mayor"),
        ("аким", "mayor"),
        ("хоким", "akim"),
        ("hokim", "губернатор"),
        ("аким области", "Governor"),
        ("вице-премьер", "Deputy Prime Minister"),
        ("заместитель премьер-министра", "vice premier"),
        ("первый вице-премьер", "First Deputy Prime Minister"),
        ("первый вице-премьер", "вице-премьер"),
        ("госсекретарь", "Secretary of State"),
        ("председатель правления", "chairman of the management board"),
        ("председатель правления", "CEO"),
        ("председатель совета директоров", "chairman of the board"),
        ("глава МИД Киргизии", "Kyrgyzstan's Foreign Minister"),
    ],
)
def test_one_post_in_both_languages_both_ways(first: str, second: str) -> None:
    assert posts_agree(first, second) is True
    assert posts_agree(second, first) is True


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("аким", "министр иностранных дел"),
        ("mayor", "governor"),
        ("председатель правления", "chairman of the board"),
        ("председатель совета директоров", "CEO"),
        ("вице-премьер", "Prime Minister"),
        ("первый вице-премьер", "премьер-министр"),
        ("госсекретарь", "Foreign Secretary"),
    ],
)
def test_different_posts_in_both_languages_both_ways(first: str, second: str) -> None:
    assert posts_agree(first, second) is False
    assert posts_agree(second, first) is False


def test_an_akim_of_a_city_is_the_akim_concept() -> None:
    assert post_concept("аким города") == post_concept("Akim") == "akim"


def _occupations(document: AnalysedDocument) -> list[dict[str, str]]:
    return [
        {argument.role: argument.value for argument in claim.arguments}
        for claim in document.claims
        if claim.type == "occupation"
    ]


def test_head_of_a_ministry_is_its_minister_where_the_country_is(analyse: Analyse) -> None:
    (post,) = _occupations(analyse("Об этом сообщил глава МИД Киргизии Нурлан Бекмуратов."))
    assert post["position"] == "министр иностранных дел" and post["where"] == "Киргизия"
    (post,) = _occupations(
        analyse("Руководитель Минфина Казахстана Арман Сейтжанов заявил об этом.")
    )
    assert post["position"] == "министр финансов" and post["where"] == "Казахстан"


def test_other_posts_at_a_body_stay_as_they_are(analyse: Analyse) -> None:
    (post,) = _occupations(analyse("Представитель МИД Китая Ли Вэньхуа заявил об этом."))
    assert post["position"] == "представитель" and post["where"] == "МИД Китая"
    (post,) = _occupations(analyse("Глава компании «Нордтранс» Олег Савченко заявил об этом."))
    assert post["position"] == "глава"


def test_an_english_post_opening_with_a_place_is_held_there(analyse: Analyse) -> None:
    (english,) = _occupations(
        analyse("Almaty Mayor Yerlan Dosayev opened a new park on Monday, the city said.")
    )
    (russian,) = _occupations(analyse("В понедельник аким Алматы Ерлан Досаев открыл новый парк."))
    assert english["where"] == russian["where"] == "Алматы"
    assert posts_agree(english["position"], russian["position"])


def test_the_head_of_a_government_stays_the_head_of_that_body(analyse: Analyse) -> None:
    (post,) = _occupations(
        analyse("Заседание провел глава правительства Молдавии Андрей Мунтяну.")
    )
    assert post["position"] == "глава" and post["where"] == "правительство Молдавии"
