"""Occupations on real news wording, round 21: "X является председателем Y" (the post its own
predicate only), a participle on the post a name stands by ("бывший глава A X, возглавивший
Y"), a head verb's object the parser hung elsewhere, "мэр города" finding the city named
before, and "съезд судей" telling no post. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts


def test_a_post_as_the_predicate_of_yavlyatsya(analyse: Analyse) -> None:
    text = "Председателем совета директоров Промсвязьбанка является Глеб Ершов."
    assert any(
        p[0] == "Глеб Ершов" and p[1] == "председатель совета директоров"
        and "Промсвязьбанк" in p[2]
        for p in posts(analyse, text)
    )


def test_yavlyatsya_with_a_kin_noun_tells_no_post(analyse: Analyse) -> None:
    text = "Глеб Ершов является зятем директора комбината «Север»."
    assert not [p for p in posts(analyse, text) if p[0] == "Глеб Ершов"]


def test_a_participle_hung_on_the_post_beside_the_name(analyse: Analyse) -> None:
    text = "Прежний глава Уралсиба Глеб Ершов, возглавивший Аэрофлот, дал интервью."
    assert any(p[0] == "Глеб Ершов" and p[2] == "Аэрофлот" for p in posts(analyse, text))


def test_a_participles_object_after_its_date(analyse: Analyse) -> None:
    text = (
        "Комиссия одобрила кандидатуру Глеба Ершова, возглавлявшего с 2009 года "
        "Арбитражный суд Курской области."
    )
    assert any(
        p[0] == "Глеб Ершов" and p[2] == "Арбитражный суд Курской области"
        for p in posts(analyse, text)
    )


def test_a_bare_court_is_the_court_named_before(analyse: Analyse) -> None:
    text = (
        "Указ о новом председателе Курского областного суда подписан. Нину Белову, "
        "возглавлявшую суд десять лет, проводили на пенсию."
    )
    assert any(p[0] == "Нина Белова" and "суд" in p[2].lower() for p in posts(analyse, text))


def test_the_city_of_a_mayor_is_the_one_named_before(analyse: Analyse) -> None:
    text = "Горсовет Кунгура принял отставку главы города Глеба Ершова."
    assert ("Глеб Ершов", "глава города", "Кунгур") in posts(analyse, text)


def test_a_known_city_before_a_quarter_of_it(analyse: Analyse) -> None:
    text = "В Москве открыли сквер в Лефортове. Мэр города Глеб Ершов пришёл на открытие."
    assert ("Глеб Ершов", "мэр города", "Москва") in posts(analyse, text)


def test_a_district_is_the_district_named_before(analyse: Analyse) -> None:
    text = "В Приволжском районе Казани сменился руководитель. Главой района стал Глеб Ершов."
    assert any(p[0] == "Глеб Ершов" and "Приволжский" in p[2] for p in posts(analyse, text))


def test_a_city_noun_with_a_country_before_finds_no_city(analyse: Analyse) -> None:
    text = "Компания открыла завод в Польше. Мэр города Глеб Ершов приветствовал это."
    assert ("Глеб Ершов", "мэр города", "") in posts(analyse, text)


def test_a_territory_with_words_of_its_own_is_not_looked_back(analyse: Analyse) -> None:
    text = "Кунгур встретил гостей. Глава соседнего района Глеб Ершов приехал."
    assert not [p for p in posts(analyse, text) if p[2] == "Кунгур"]


def test_a_congress_named_by_its_members_is_no_post(analyse: Analyse) -> None:
    text = (
        "Делегатами на съезд нотариусов России избраны президент Курской нотариальной "
        "палаты Глеб Ершов и нотариус Нина Белова."
    )
    found = posts(analyse, text)
    assert ("Глеб Ершов", "президент", "Курская нотариальная палата") in found
    assert not [p for p in found if p[1] == "нотариусы" or p[1] == "нотариусов"]


def test_a_participle_of_another_gender_is_not_the_names(analyse: Analyse) -> None:
    text = (
        "Совет рекомендовал Глеба Ершова, руководившего с 2010 года Арбитражным судом "
        "Курской области, и Нину Белову, возглавлявшую с 2008 года Арбитражный суд Орловской "
        "области."
    )
    assert not [
        p for p in posts(analyse, text) if p[0] == "Глеб Ершов" and "Орловской" in p[2]
    ]
