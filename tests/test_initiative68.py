"""initiative68: money for the work on a project told before is no project of its own ("В
селе отремонтировали школу. На капитальный ремонт выделили 40 млн рублей"): a work noun
with no thing of its own under a preposition of purpose restates the project just told,
which keeps its claim and takes the money sentence's missing roles. Negatives: a work on a
named thing in another place, a new thing, and a bare work after another thing named in
between stay claims of their own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, initiatives_in


@pytest.mark.parametrize(
    "text",
    [
        "В селе Ивановка отремонтировали школу.\n"
        "На капитальный ремонт выделили 40 миллионов рублей из областного бюджета.",
        "Жители поселка Сосновка сами построили новый водопровод.\n"
        "На его сооружение из районного бюджета выделено 3 миллиона рублей.",
        "В Каменке реконструировали дом культуры.\n"
        "Всего на реконструкцию было потрачено более 8 миллионов рублей.",
    ],
)
def test_money_for_the_work_told_before_is_one_project(analyse: Analyse, text: str) -> None:
    assert len(initiatives_in(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "В селе Ивановка отремонтировали школу.\n"
        "На ремонт школы в селе Петровка выделили 30 миллионов рублей.",
        "В селе Ивановка построили фельдшерско-акушерский пункт.\n"
        "На строительство нового пункта в селе Луговом выделено 9 миллионов рублей.",
        "В Ивановке после ремонта открылся детский сад.\n"
        "В Петровке возобновила работу школа.\n"
        "На реконструкцию выделили 46 миллионов рублей.",
    ],
)
def test_other_projects_stay_two(analyse: Analyse, text: str) -> None:
    assert len(initiatives_in(analyse, text)) >= 2


def test_money_for_another_work_in_the_same_sentence_stays_its_own(analyse: Analyse) -> None:
    text = (
        "В районной больнице построят новый корпус, а на капремонт старого здания область "
        "выделит 120 млн рублей."
    )
    assert len(initiatives_in(analyse, text)) >= 2


def test_money_for_a_work_told_beside_another_project_stays_its_own(analyse: Analyse) -> None:
    text = (
        "Больницу в Сосновке реконструируют.\n"
        "До осени там откроют новый корпус, а в старом сделают капремонт, установят новое "
        "оборудование.\n"
        "На капремонт область выделит 90 млн рублей."
    )
    claims = initiatives_in(analyse, text)
    assert any("капремонт" in kind for claim in claims for kind in claim.values("kind"))
