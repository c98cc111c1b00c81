"""Round 16 of meetings, from misses on real news excerpts (not kept in the repository):
a meeting nested in what sides agreed on, an infinitive's possessor, a body of people
standing for its organisation, a delegation led by a named person. Sentences written for
the tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse
from tests.test_meeting_reports import meetings


def people_meeting(analyse: Analyse, text: str) -> list[set[str]]:
    return [people for people, modality in meetings(analyse, text) if modality != Modality.NEGATED]


def test_a_meeting_named_in_what_others_agreed_on_is_read(analyse: Analyse) -> None:
    text = (
        "Послы договорились о подготовке встречи премьер-министров Арвида Лиепы "
        "и Тоомаса Сарва."
    )
    assert {"Арвид Лиепа", "Тоомас Сарв"} in people_meeting(analyse, text)


def test_agreeing_without_a_named_meeting_stays_none(analyse: Analyse) -> None:
    text = "Стороны договорились о подготовке нового соглашения о торговле зерном."
    assert people_meeting(analyse, text) == []


def test_an_infinitive_completing_a_possessed_noun_is_the_possessors(analyse: Analyse) -> None:
    text = (
        "Премьер Словении Марко Зупан в четверг прилетит в Санкт-Петербург. "
        "В его планах провести переговоры с губернатором Георгием Полтавченко."
    )
    assert {"Марко Зупан", "Георгий Полтавченко"} in people_meeting(analyse, text)


def test_management_met_stands_for_its_company(analyse: Analyse) -> None:
    text = "Губернатор Тамбовской области Олег Бетин встретился с руководством ООО «Агроцентр»."
    analysed = analyse(text)
    sides = [set(c.values("participants")) for c in analysed.claims if c.type == "meeting"]
    assert {"Олег Бетин", "Агроцентр"} in sides


def test_the_head_of_a_company_is_no_body_standing_for_it(analyse: Analyse) -> None:
    text = "Губернатор Тамбовской области Олег Бетин встретился с главой компании «Агроцентр»."
    analysed = analyse(text)
    sides = [set(c.values("participants")) for c in analysed.claims if c.type == "meeting"]
    assert {"Олег Бетин", "Агроцентр"} not in sides


def test_a_delegation_led_by_a_named_person_is_that_person(analyse: Analyse) -> None:
    text = (
        "Мэр Казани Ильсур Метшин встретился с делегацией концерна «Фольксваген» "
        "во главе с вице-президентом Томасом Ланге."
    )
    found = people_meeting(analyse, text)
    assert {"Ильсур Метшин", "Томас Ланге"} in found
    assert not any("Фольксваген" in name for people in found for name in people)


def test_who_took_part_through_a_relative_clause_is_a_side(analyse: Analyse) -> None:
    text = (
        "Решение поддержал вице-премьер Олег Рудин, который в пятницу участвовал во встрече "
        "губернатора Ивана Белова с главой «Росагролизинга» Петром Лановым."
    )
    assert {"Олег Рудин", "Иван Белов", "Петр Ланов"} in people_meeting(analyse, text)


def test_companions_joined_by_a_также_are_met_one_by_one(analyse: Analyse) -> None:
    text = (
        "В Сочи премьер Олег Вятский также проведёт переговоры с канцлером Австрии Карлом "
        "Гессом, а также с премьер-министром Греции Никосом Павлидисом."
    )
    found = people_meeting(analyse, text)
    assert {"Олег Вятский", "Карл Гесс"} in found
    assert {"Олег Вятский", "Никос Павлидис"} in found
    assert {"Олег Вятский", "Карл Гесс", "Никос Павлидис"} not in found


def test_companions_joined_by_и_stay_one_meeting(analyse: Analyse) -> None:
    text = "Губернатор Иван Белов встретился с Олегом Дериным и Петром Лановым."
    assert {"Иван Белов", "Олег Дерин", "Петр Ланов"} in people_meeting(analyse, text)


def test_a_meeting_of_teams_is_a_match(analyse: Analyse) -> None:
    text = "Встреча команд Алексея Гусева и Дмитрия Попова завершилась со счётом 2:1."
    assert people_meeting(analyse, text) == []


def test_a_meeting_of_named_people_is_still_one(analyse: Analyse) -> None:
    text = "Встреча Алексея Гусева и Дмитрия Попова прошла в мэрии Самары."
    assert {"Алексей Гусев", "Дмитрий Попов"} in people_meeting(analyse, text)
