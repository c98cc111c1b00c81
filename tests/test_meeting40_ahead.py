"""Round 40 of meetings, from real Russian reports (not kept in the repository): a meeting
told as only possible ("встреча может состояться", "могут встретиться"), as being worked
out ("встреча прорабатывается", "организация встречи прорабатывается"), as what
something comes before ("в преддверии встречи X и Y") or as an infinitive completing a
noun ("задачу продолжить переговоры", "предложением провести встречу") is still ahead
when told. A meeting
held "в преддверии саммита", one "смогли" or "удалось" hold, and a report's "могут" about something
else beside a held meeting stay facts. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, meetings_at

AHEAD = [
    "Встреча министра финансов Ивана Петрова и главы банка Олега Сидорова может состояться "
    "на следующей неделе.",
    "Иван Петров и Олег Сидоров могут встретиться в Казани.",
    "Организация переговоров губернатора Павла Орлова с гендиректором завода Андреем "
    "Лосевым прорабатывается.",
    "Сейчас прорабатывается встреча Павла Орлова и Андрея Лосева.",
    "В преддверии встречи Ивана Петрова с Олегом Сидоровым эксперты подготовили доклад.",
    "Премьер Игорь Нестеров поставил главе концерна Артему Лунину задачу продолжить "
    "переговоры с министром Олегом Сидоровым.",
    "Губернатор Игорь Нестеров выступил с предложением провести встречу с мэром Артемом "
    "Луниным.",
]

HELD = [
    "Иван Петров смог встретиться с Олегом Сидоровым в Казани.",
    "Иван Петров встретился с Олегом Сидоровым в преддверии саммита.",
    "Переговоры Ивана Петрова и Олега Сидорова прошли, и стороны могут продолжить работу.",
    "Иван Петров обсудил с Олегом Сидоровым вопросы, проработанные на встрече экспертов.",
    "Игорю Нестерову удалось провести переговоры с Артемом Луниным.",
    "Игорь Нестеров провёл переговоры с Артемом Луниным, чтобы обсудить поставки.",
]


@pytest.mark.parametrize("text", AHEAD)
def test_a_meeting_told_as_possible_or_worked_out_is_ahead(analyse: Analyse, text: str) -> None:
    found = meetings_at(analyse, text, text[:12])
    assert found and all(modality == "planned" for _, modality in found)


@pytest.mark.parametrize("text", HELD)
def test_a_held_meeting_beside_such_words_stays_held(analyse: Analyse, text: str) -> None:
    found = meetings_at(analyse, text, text[:12])
    assert found and all(modality == "fact" for _, modality in found)


def test_before_this_meeting_is_ahead_of_it(analyse: Analyse) -> None:
    text = (
        "Президент Чили Мануэль Рохас и президент Перу Хорхе Кастро встретятся в Лиме. "
        "В преддверии этой встречи намечена беседа министров иностранных дел двух стран."
    )
    found = meetings_at(analyse, text, "В преддверии")
    assert all(modality == "planned" for _, modality in found)
    assert found
