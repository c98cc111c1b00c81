"""initiative70: one project told twice in the two states is one claim ("В селе начали
строить бассейн … Напомним, что бассейн планируют построить до конца года"): a later
sentence naming the same noun, or the abbreviation of the noun told in full ("фельдшерско-
акушерский пункт" … "ФАП"), with nothing describing it that the first telling lacks, restates
that project, whose first telling keeps the claim. Negatives: two ФАПs in two villages, a
school repaired and a new school to be opened, and another one of a kind stay two.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, initiatives_in


@pytest.mark.parametrize(
    "text",
    [
        "В поселке Заречный начали строить плавательный бассейн.\n"
        "Подрядчик уже завез технику на участок, где планируется возвести бассейн.",
        "В микрорайоне Южный строят детскую поликлинику.\n"
        "Сейчас рабочие монтируют перекрытия второго этажа.\n"
        "Напомним, что детскую поликлинику планируют построить до конца этого года.",
        "В деревне Липовка заложили фельдшерско-акушерский пункт.\n"
        "Строительство ФАПа начнется в мае и закончится в августе.",
        "Власти района подписали контракт на строительство котельной в поселке Лесном.\n"
        "Котельную построили за четыре месяца.",
    ],
)
def test_one_project_told_in_two_states_is_one_claim(analyse: Analyse, text: str) -> None:
    assert len(initiatives_in(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "В селе Ивановка открыли фельдшерско-акушерский пункт.\n"
        "В селе Петровка фельдшерско-акушерский пункт построят в следующем году.",
        "В селе Ивановка построили фельдшерско-акушерский пункт.\n"
        "Строительство ФАПа в селе Петровка начнется в мае.",
        "В поселке Сосновка завершили капитальный ремонт школы.\n"
        "Новую школу в поселке планируют открыть в 2027 году.",
        "В городе открыли бассейн на улице Мира.\n"
        "Второй бассейн планируют построить в следующем году.",
    ],
)
def test_other_projects_of_one_kind_stay_two(analyse: Analyse, text: str) -> None:
    assert len(initiatives_in(analyse, text)) >= 2


def test_the_works_done_do_not_tell_another_thing(analyse: Analyse) -> None:
    text = (
        "В селе Ивановка открылась обновлённая библиотека.\n"
        "Жители Сосновского района отметили открытие отремонтированной библиотеки в селе "
        "Ивановка."
    )
    assert len(initiatives_in(analyse, text)) == 1


def test_a_renewed_school_in_another_village_stays_its_own(analyse: Analyse) -> None:
    text = (
        "В селе Ивановка открылась обновлённая школа.\n"
        "В Петровке открыли отремонтированную школу."
    )
    assert len(initiatives_in(analyse, text)) == 2
