"""Round 10 of meetings across a report: who a subject pronoun stands for when a host
acted on the report's topic in between, audiences and visits paid to a person, and
meetings held one by one ("провёл встречи с Y и Z"). Sentences written for the tests."""

from __future__ import annotations

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
