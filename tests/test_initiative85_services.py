"""initiative85: a service noun ("услуга", "функция", "опция", "решение") taken directly by a
word of launching or introducing is a service launched (fact) or to come (planned), run by
the launching verb's subject; a service rendered, priced, raised in price or only presented
as a design launches nothing, nor does a tariff sold as a "новая услуга". Sentences written
for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_of, kinds_and_modalities_in, kinds_in


@pytest.mark.parametrize(
    ("text", "noun", "modality"),
    [
        ("Перевозчик «Дорога» запустил опцию бронирования мест.", "опция", Modality.FACT),
        ("Оператор «Север» вводит услугу доставки документов на дом.", "услуга", Modality.FACT),
        ("Авиакомпания «Полёт» введёт функцию выбора места в приложении.", "функция",
         Modality.PLANNED),
        ("В компании «Ладога» сообщили о запуске новой функции для пассажиров.", "функция",
         Modality.FACT),
        ("Холдинг «Сфера» запускает новое решение для малого бизнеса.", "решение",
         Modality.FACT),
        ("Банк «Заря» представил новую услугу для вкладчиков.", "услуга", Modality.FACT),
    ],
)  # fmt: skip
def test_service_launched(analyse: Analyse, text: str, noun: str, modality: Modality) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert len(found) == 1
    kind, got = found[0]
    assert kind.split()[0] == noun
    assert got == modality


def test_launching_subject_runs_the_service(analyse: Analyse) -> None:
    (claim,) = initiatives_of(analyse("Перевозчик «Дорога» запустил опцию бронирования мест."))
    assert any("Дорога" in value for value in claim.values("organisations"))


@pytest.mark.parametrize(
    "text",
    [
        "Банк «Восток» повысил стоимость услуги с 1 марта.",
        "Банк «Заря» оказывает услуги населению.",
        "Оператор «Север» запустил услугу, в которой звонки стоят 3 рубля в минуту.",
        "Оператор «Север» представил услугу по цене 5 рублей в сутки.",
        "Банк «Заря» представил суду проект решения.",
        "Клиенты банка «Заря» пользуются функцией перевода по номеру телефона.",
    ],
)
def test_rendered_priced_or_presented_service_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []
