"""Round 23 of meetings, from misses on unselected Russian news excerpts (not kept in the
repository): a delegation's people named apart from its meeting ("В состав делегации также
вошли Y и Z"), a host telling or showing the guests something ("рассказал гостям",
"продемонстрировал делегации"), "члены делегации встретились с Z", a received delegation
whose leader the parser hangs inside it, and the sides of the clause a meeting began with
("встреча началась с того, что X передал Y …"). Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_meeting_real_text import people_meeting


def test_a_received_delegation_is_met_through_its_leader(analyse: Analyse) -> None:
    text = (
        "Губернатор Тверской области Олег Морозов принял делегацию Республики Сербия во "
        "главе с министром сельского хозяйства Марко Петровичем."
    )
    assert {"Олег Морозов", "Марко Петрович"} in people_meeting(analyse, text)


def test_members_named_in_the_next_sentence_join_the_meeting(analyse: Analyse) -> None:
    text = (
        "Губернатор Тверской области Олег Морозов принял делегацию Республики Сербия во "
        "главе с министром сельского хозяйства Марко Петровичем. В состав сербской "
        "делегации также вошли депутаты Ана Йович и Драган Илич."
    )
    assert {"Олег Морозов", "Марко Петрович", "Ана Йович", "Драган Илич"} in people_meeting(
        analyse, text
    )


def test_a_host_telling_the_guests_meets_the_party(analyse: Analyse) -> None:
    text = (
        "Во вторник в составе делегации Чили завод посетили вице-министр Пабло Сото и "
        "советник посольства Луис Мендоса. Директор завода Игорь Белов рассказал гостям о "
        "новых станках."
    )
    assert {"Игорь Белов", "Пабло Сото", "Луис Мендоса"} in people_meeting(analyse, text)


def test_a_host_presenting_to_the_delegation_named_after(analyse: Analyse) -> None:
    text = (
        "Декан Андрей Зуев продемонстрировал делегации лаборатории факультета. Факультет "
        "посетила делегация Мадридского университета во главе с проректором Хавьером "
        "Морено и профессором Еленой Руис."
    )
    assert {"Андрей Зуев", "Хавьер Морено", "Елена Руис"} in people_meeting(analyse, text)


def test_members_of_the_delegation_meet_someone(analyse: Analyse) -> None:
    text = (
        "В составе делегации Чили завод посетили вице-министр Пабло Сото и советник "
        "посольства Луис Мендоса. Вечером члены делегации встретились с мэром Ниной Орловой."
    )
    assert {"Нина Орлова", "Пабло Сото", "Луис Мендоса"} in people_meeting(analyse, text)


def test_a_meeting_began_with_a_message_handed_over(analyse: Analyse) -> None:
    text = (
        "Встреча началась с того, что посол Игорь Левин передал министру Павлу Котову "
        "послание премьера Анны Крюковой."
    )
    assert people_meeting(analyse, text) == [{"Игорь Левин", "Павел Котов"}]


def test_telling_journalists_is_no_meeting_with_the_party(analyse: Analyse) -> None:
    text = (
        "В составе делегации Чили завод посетили вице-министр Пабло Сото и советник "
        "посольства Луис Мендоса. Директор завода Игорь Белов рассказал журналистам о "
        "новых станках."
    )
    assert all("Игорь Белов" not in people for people in people_meeting(analyse, text))


def test_guests_with_no_party_named_lend_nobody(analyse: Analyse) -> None:
    text = (
        "Завод посетила делегация из Чили. Директор завода Игорь Белов рассказал гостям о "
        "новых станках."
    )
    assert people_meeting(analyse, text) == []


def test_two_delegations_lend_no_party(analyse: Analyse) -> None:
    text = (
        "В Минск прибыла делегация Перу во главе с министром Хуаном Торресом. Накануне "
        "прибыла делегация Кении во главе с министром Джозефом Оумой. Министр Ольга Белова "
        "рассказала гостям о программе форума."
    )
    assert all("Ольга Белова" not in people for people in people_meeting(analyse, text))


def test_members_of_a_delegation_with_no_meeting_are_no_meeting(analyse: Analyse) -> None:
    text = "В состав делегации вошли депутаты Ана Йович и Драган Илич."
    assert people_meeting(analyse, text) == []


def test_a_meeting_with_someone_who_won_is_not_an_opening(analyse: Analyse) -> None:
    text = "Ректор Олег Зуев рассказал, что встреча прошла, и Анна Крюкова вручила Павлу Котову цветы."
    assert {"Анна Крюкова", "Павел Котов"} not in people_meeting(analyse, text)
