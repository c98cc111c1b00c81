"""Meetings stated across a report, round 6: delegations of two countries led by people
named in two clauses, an object pronoun that stands for the guest before, a guest hung on
the place's genitive, a pronoun that goes on with a post subject ("глава госкорпорации"),
a summit's listed participants, envoys handing credentials, and a talk "о программе" that
is no show."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse
from tests.test_meeting_reports import meetings


def people(analyse: Analyse, text: str) -> list[set[str]]:
    return [found for found, modality in meetings(analyse, text) if modality == Modality.FACT]


def test_delegations_of_two_countries_led_in_two_clauses(analyse: Analyse) -> None:
    text = (
        "Французскую делегацию возглавил министр финансов Эрик Ломбар, японскую — министр "
        "экономики Ёдзи Муто. Переговоры продолжались три часа."
    )
    assert {"Эрик Ломбар", "Ёдзи Муто"} in people(analyse, text)


def test_one_delegation_and_its_members_meet_nobody(analyse: Analyse) -> None:
    text = (
        "В Женеве прошли консультации по климату. Делегацию возглавил министр Эрик Ломбар, "
        "в неё вошли советник Пьер Дюваль и посол Жан Мартен. Переговоры продолжались три часа."
    )
    assert people(analyse, text) == []


def test_an_object_pronoun_stands_for_the_guest_not_the_host(analyse: Analyse) -> None:
    text = (
        "Президента Чили Габриэля Борича в понедельник принял в Ватикане папа римский Лев. "
        "Беседа длилась полчаса. Затем его принял государственный секретарь Ватикана кардинал "
        "Пьетро Паролин."
    )
    found = people(analyse, text)
    assert {"Габриэль Борич", "Пьетро Паролин"} in found
    assert {"Лев", "Пьетро Паролин"} not in found


def test_an_object_pronoun_stands_for_a_guest_named_by_country(analyse: Analyse) -> None:
    text = (
        "Президент Индонезии Прабово Субианто прилетел в Казань. В аэропорту индонезийского "
        "гостя встречал глава Татарстана Рустам Минниханов. Вечером его принял в загородной "
        "резиденции Завидово Михаил Мишустин."
    )
    found = people(analyse, text)
    assert {"Прабово Субианто", "Михаил Мишустин"} in found
    assert all("Рустам Минниханов" not in side for side in found)  # a greeting is none


def test_a_guest_hung_on_the_place_genitive(analyse: Analyse) -> None:
    text = "Глава Сбербанка Герман Греф принял в офисе банка министра финансов Антона Силуанова."
    assert {"Герман Греф", "Антон Силуанов"} in people(analyse, text)
    delegation = "Глава Сбербанка Герман Греф принял в офисе банка делегацию из Китая."
    assert people(analyse, delegation) == []


def test_a_pronoun_goes_on_with_a_post_subject_of_its_holder(analyse: Analyse) -> None:
    text = (
        "Мэр Казани Ильсур Метшин принял генерального директора компании «Татнефть» Наиля "
        "Маганова. Затем глава компании выступил перед студентами. Он также побеседовал с "
        "ректором университета Ленаром Сафиным о новой учебной программе."
    )
    found = people(analyse, text)
    assert {"Наиль Маганов", "Ленар Сафин"} in found
    assert {"Ильсур Метшин", "Ленар Сафин"} not in found


def test_the_listed_participants_of_a_summit_meet(analyse: Analyse) -> None:
    text = (
        "В Минске открылся саммит ОДКБ. В нём приняли участие Владимир Путин, Александр "
        "Лукашенко и Касым-Жомарт Токаев."
    )
    assert any(
        {"Владимир Путин", "Александр Лукашенко", "Касым-Жомарт Токаев"} <= found
        for found in people(analyse, text)
    )
    festival = (
        "В Казани открылся фестиваль джаза. В нём участвуют пианист Денис Мацуев и "
        "саксофонист Игорь Бутман."
    )
    assert people(analyse, festival) == []


def test_a_host_taking_credentials_meets_each_envoy(analyse: Analyse) -> None:
    text = (
        "Президент Казахстана Касым-Жомарт Токаев принял верительные грамоты у посла Италии "
        "Марко Росси и посла Египта Ахмеда Фаруха."
    )
    found = people(analyse, text)
    assert {"Касым-Жомарт Токаев", "Ахмед Фарух"} in found
    later = (
        "Президент Белоруссии Александр Лукашенко в пятницу принял верительные грамоты у послов "
        "семи государств. Среди новых дипломатов — посол Японии Кэндзи Мацумото и посол "
        "Бразилии Паулу Родригис."
    )
    assert any({"Александр Лукашенко", "Кэндзи Мацумото"} == side for side in people(analyse, later))
