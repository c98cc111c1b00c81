"""initiative78: a listed facility told by a verb of its own rather than a launching word
is a project: planned by a planning verb ("Мэрия наметила школу", "предусмотрен детский
сад", "планируется поликлиника"), received new or as one's own ("жители получили
собственную амбулаторию"), working new ("работает новая котельная") or settling into a
place to come ("расположится аптека"). Negatives: a plan called unreal, a project
demanded, a check only planned, a plan denied, an award received, a school that works
with nothing new, a library that stands where it is, a facility settling somewhere
with nothing new, a new one told by how it will run, goods whose making is planned. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, kinds_and_modalities_in


@pytest.mark.parametrize(
    ("text", "words", "modality"),
    [
        ("Администрация наметила на пустыре новую школу и детский сад.",
         "школа", Modality.PLANNED),
        ("Администрация наметила на пустыре новую школу и детский сад.",
         "детский сад", Modality.PLANNED),
        ("Проектом планировки квартала предусмотрена поликлиника на 300 посещений.",
         "поликлиника", Modality.PLANNED),
        ("Генпланом предусмотрен детский сад на 200 мест.", "детский сад", Modality.PLANNED),
        ("В бюджете следующего года запланирован новый бассейн.", "бассейн", Modality.PLANNED),
        ("В новом квартале планируется поликлиника.", "поликлиника", Modality.PLANNED),
        ("Новый стадион планируют в будущем.", "стадион", Modality.PLANNED),
        ("Жители села получили собственную амбулаторию.",
         "собственная амбулатория", Modality.FACT),
        ("Школа получит новый спортзал.", "спортзал", Modality.PLANNED),
        ("В бывшем здании почты разместится новый центр занятости.",
         "центр занятости", Modality.PLANNED),
        ("На первом этаже дома расположится новая аптека.", "аптека", Modality.PLANNED),
        ("В райцентре уже работает новый молочный цех.", "молочный цех", Modality.FACT),
        ("С сентября работает новая котельная.", "котельная", Modality.FACT),
    ],
)  # fmt: skip
def test_facility_told_by_its_own_verb_is_a_project(
    analyse: Analyse, text: str, words: str, modality: Modality
) -> None:
    assert (words, modality) in kinds_and_modalities_in(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Планы создания технопарка в области нереальны, считают эксперты.",
        "Жители потребовали построить новую школу.",
        "Сотрудники готовятся к намеченной проверке школы.",
        "Школу в этом году не планируют.",
        "Директор завода получил награду.",
        "Спортсмен получил награду за победу.",
        "Больница получила новое оборудование.",
        "В селе работает школа.",
        "Библиотека располагается на втором этаже дома культуры.",
        "На первом этаже дома расположится аптека.",
        "До весны новая котельная будет работать на старом оборудовании.",
        "На заводе планируется сборка автобусов.",
    ],
)
def test_no_new_facility_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_and_modalities_in(analyse, text) == []
