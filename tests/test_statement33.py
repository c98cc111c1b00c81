"""Statement forms of round 33, on sentences written for it: an organisation a report goes
on calling by a pro-form or a descriptive noun is the one it named as the speaker — "в
ведомстве" after "В X сообщили, что … в Министерстве Y" is X, not the ministry named
inside what X said; "Там добавили" after a body spoke is that body. Negatives: "там" with
no body that spoke stays silent, and a pronoun keeps going to the person named before."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2024-03-10")


# --- the body that spoke, not one named in what it said ----------------------------------------


def test_agency_goes_on_with_the_ministry_that_spoke(speakers: Read) -> None:
    text = (
        "В Минтрансе области сообщили, что заявка на ремонт моста находится на рассмотрении "
        "в Министерстве финансов РФ. Также в ведомстве напомнили о сроках подачи документов."
    )
    assert speakers(text) == ["Минтранс", "Минтранс"]


def test_agency_after_the_service_spoke_of_a_ministry(speakers: Read) -> None:
    text = (
        "В Росприроднадзоре заявили, что жалобу жителей передали в Министерство "
        "экологии края. В ведомстве добавили, что проверка займёт месяц."
    )
    # the name's normal form may keep its case ending; both claims are the service's
    assert [speaker[:15] for speaker in speakers(text)] == ["Росприроднадзор"] * 2


# --- "там": the body that spoke before ----------------------------------------------------------


def test_there_goes_on_with_the_representatives_body(speakers: Read) -> None:
    text = (
        "Такими данными поделились представители регионального Минэкономразвития. "
        "Там добавили: в области открыли двадцать новых производств."
    )
    assert speakers(text)[-1] == "региональное Минэкономразвития"
    assert len(speakers(text)) == 2


def test_there_after_a_body_reported(speakers: Read) -> None:
    text = (
        "Представители Минтранса области сообщили о ремонте трассы. Там добавили, что "
        "работы завершат к осени."
    )
    assert speakers(text) == ["Минтранс", "Минтранс"]


def test_there_with_no_body_that_spoke_stays_silent(speakers: Read) -> None:
    text = "Новый завод построили в Твери. Там добавили, что работы завершат к осени."
    assert speakers(text) == []


# --- pronouns stay with the person named before -------------------------------------------------


def test_she_after_a_woman_stays_hers(speakers: Read) -> None:
    text = (
        "Министр экономики Ирина Соколова встретилась с руководством компании «Северный "
        "терминал». Она заявила, что порт расширят к 2027 году."
    )
    assert speakers(text) == ["Ирина Соколова"]


def test_she_keeps_an_unknown_gender_name_when_no_body_fits(speakers: Read) -> None:
    text = "На встрече выступил посол Нгуен Ван Тхань. Она заявила, что визит прошёл успешно."
    assert speakers(text) == ["Нгуен Ван Тхань"]
