"""Round 19 of meetings, from misses recorded on real news excerpts (not kept in the
repository): a phone call to a person named in the dative ("губернатору X позвонил Y"), a
conjoined subject whose name hangs on its own post ("министр X и госсекретарь Y начали
переговоры"), a guest the parser hangs on "у себя", a received delegation that stands for
the leader named before, and a speaker who only tells of a meeting with its own sides.
Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_meeting_real_text import people_meeting


def test_a_call_to_a_person_in_the_dative_is_a_phone_conversation(analyse: Analyse) -> None:
    text = (
        "Во вторник главе Удмуртии Олегу Морозову позвонил председатель правительства "
        "Виктор Карпов."
    )
    assert {"Олег Морозов", "Виктор Карпов"} in people_meeting(analyse, text)


def test_a_call_to_a_place_is_no_meeting(analyse: Analyse) -> None:
    text = "Бизнесмен Игорь Савельев позвонил в полицию и сообщил о краже."
    assert people_meeting(analyse, text) == []


def test_a_conjoined_subject_brings_its_own_name(analyse: Analyse) -> None:
    text = (
        "Министр экономики Польши Ян Ковальский и вице-премьер Чехии Петр Новотны начали "
        "переговоры в Праге."
    )
    assert {"Ян Ковальский", "Петр Новотны"} in people_meeting(analyse, text)


def test_a_guest_hung_on_the_reflexive_is_the_hosts_guest(analyse: Analyse) -> None:
    text = (
        "Глава Марий Эл Роман Тихонов 5 мая принял у себя посла Турции в России Мехмета "
        "Озтюрка."
    )
    assert {"Роман Тихонов", "Мехмет Озтюрк"} in people_meeting(analyse, text)


def test_a_received_delegation_stands_for_its_leader_named_before(analyse: Analyse) -> None:
    text = (
        "Делегация Пермского края во главе с губернатором Олегом Чиркуновым прибыла в "
        "Казахстан. Главной темой поездки стали поставки удобрений. Делегацию принял "
        "премьер-министр Казахстана Карим Масимов."
    )
    assert {"Олег Чиркунов", "Карим Масимов"} in people_meeting(analyse, text)


def test_a_delegation_without_a_leader_names_nobody(analyse: Analyse) -> None:
    text = (
        "Делегация Пермского края прибыла в Казахстан. Делегацию принял премьер-министр "
        "Казахстана Карим Масимов."
    )
    assert not any(len(met) >= 2 for met in people_meeting(analyse, text))


def test_a_speaker_does_not_join_a_meeting_with_its_own_sides(analyse: Analyse) -> None:
    text = (
        "Пресс-секретарь президента Алексей Громов сообщил, что в Сочи проходит встреча "
        "президента Владимира Жукова с премьером Турции Мехметом Озтюрком."
    )
    met = people_meeting(analyse, text)
    assert {"Владимир Жуков", "Мехмет Озтюрк"} in met
    assert not any("Алексей Громов" in sides for sides in met)


def test_a_speaker_still_fills_a_missing_side(analyse: Analyse) -> None:
    text = "Министр Сергей Ланин сказал, что встреча с послом Японии Кэндзи Сато прошла хорошо."
    assert {"Сергей Ланин", "Кэндзи Сато"} in people_meeting(analyse, text)


def test_one_person_is_one_side(analyse: Analyse) -> None:
    text = (
        "Торговля растет, считает министр экономики Латвии Андрис Озолс. Об этом он заявил "
        "во время встречи с главой казначейства Литвы Римасом Казлаускасом, сообщает ТАСС "
        "В эти дни по приглашению Озолса, Казлаускас находится в Риге с официальным визитом."
    )
    sides = [
        claim.values("participants") for claim in analyse(text).claims if claim.type == "meeting"
    ]
    assert sides
    assert all(len(values) == len(set(values)) for values in sides)
