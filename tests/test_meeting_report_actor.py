"""Round 10 of meetings across a report: who a subject pronoun stands for when a host
acted on the report's topic in between, audiences and visits paid to a person, and
meetings held one by one ("провёл встречи с Y и Z"). Sentences written for the tests."""

from __future__ import annotations

from concord.analysis import Token
from concord.extract.lexicons.ru import MEETING
from concord.extract.meeting.subjects import _undeclined_as_genitive
from tests.conftest import Analyse
from tests.test_meeting_reports import meetings


def people_meeting(analyse: Analyse, text: str) -> list[set[str]]:
    return [people for people, _ in meetings(analyse, text)]


def test_a_pronoun_goes_on_with_the_guest_a_host_received_not_the_host(
    analyse: Analyse,
) -> None:
    text = (
        "Министр торговли Чили Эдуардо Пардо прибыл в Ханой. Его принял премьер-министр "
        "Вьетнама Тран Ван Хоа. Затем он встретился с послом Чили Хорхе Ривасом."
    )
    found = people_meeting(analyse, text)
    assert {"Эдуардо Пардо", "Хорхе Ривас"} in found
    assert {"Тран Ван Хоа", "Хорхе Ривас"} not in found


def test_a_pronoun_carried_on_by_a_bare_post_the_host_received(analyse: Analyse) -> None:
    text = (
        "Губернатор Тульской области Игорь Дюмин прилетел в Минск. Российского губернатора "
        "принял премьер-министр Белоруссии Роман Головко. Позже он побеседовал с ректором "
        "университета Андреем Королем."
    )
    found = people_meeting(analyse, text)
    assert {"Игорь Дюмин", "Андрей Король"} in found
    assert {"Роман Головко", "Андрей Король"} not in found


def test_a_pronoun_after_a_host_who_received_a_named_guest_stays_with_the_host(
    analyse: Analyse,
) -> None:
    text = (
        "Президент Армении Ваган Хачатурян принял посла Японии Масаси Окаду. "
        "Затем он провёл встречу с министром финансов Ваге Ованнисяном."
    )
    found = people_meeting(analyse, text)
    assert {"Ваган Хачатурян", "Ваге Ованнисян"} in found


def test_an_audience_given_to_a_person_is_a_meeting(analyse: Analyse) -> None:
    text = "Король Иордании Абдалла II дал аудиенцию министру культуры Греции Никосу Папасу."
    assert {"Абдалла II", "Никос Папас"} in people_meeting(analyse, text)


def test_a_visit_paid_to_a_person_is_a_meeting(analyse: Analyse) -> None:
    text = "Мэр Казани Ильсур Метшин нанёс визит президенту Татарстана Рустаму Минниханову."
    assert {"Ильсур Метшин", "Рустам Минниханов"} in people_meeting(analyse, text)


def test_advice_given_to_a_person_is_no_meeting(analyse: Analyse) -> None:
    text = "Тренер сборной Валерий Карпин дал совет нападающему Фёдору Смолову."
    assert people_meeting(analyse, text) == []


def test_meetings_in_the_plural_are_one_meeting_with_each_companion(analyse: Analyse) -> None:
    text = (
        "Глава МИД Индии Субраманьям Джайшанкар провёл в Каире встречи с министром "
        "иностранных дел Египта Самехом Шукри и генсеком Лиги арабских государств Ахмедом "
        "Абуль-Гейтом. Перед началом переговоров Джайшанкар и Шукри обменялись рукопожатием."
    )
    found = people_meeting(analyse, text)
    assert {"Субраманьям Джайшанкар", "Самех Шукри"} in found
    assert {"Субраманьям Джайшанкар", "Ахмед Абуль-Гейт"} in found
    assert all(len(people) == 2 for people in found)


def test_a_meeting_in_the_singular_with_two_companions_stays_one(analyse: Analyse) -> None:
    text = (
        "Министр спорта Олег Матыцин провёл встречу с тренером Иваном Беловым и врачом "
        "Ниной Осиповой."
    )
    assert {"Олег Матыцин", "Иван Белов", "Нина Осипова"} in people_meeting(analyse, text)


def test_a_bare_mans_surname_tagged_genitive_is_read_as_the_nominative() -> None:
    """ "После аудиенции Земан провёл …" with "Земан" tagged the genitive of "аудиенции":
    a man's genitive would be "Земана", so the bare form is the subject the parser missed;
    "Меркель" (a woman's) and "Земана" (with its ending) stay genitives."""

    def surname(text: str, lemma: str, gender: str) -> Token:
        feats = {"Case": "Gen", "Gender": gender, "Animacy": "Anim", "Number": "Sing"}
        return Token(0, len(text), text, lemma, "PROPN", feats, 1, "nmod")

    assert _undeclined_as_genitive(surname("Земан", "земан", "Masc"), MEETING)
    assert not _undeclined_as_genitive(surname("Земана", "земан", "Masc"), MEETING)
    assert not _undeclined_as_genitive(surname("Меркель", "меркель", "Fem"), MEETING)
    assert not _undeclined_as_genitive(surname("Шойгу", "шойгу", "Masc"), MEETING)
