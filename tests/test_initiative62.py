"""initiative62: a machine of diagnosis put into service is a clinic's project ("в ЦРБ
появился новый флюорограф", "поликлиника закупила цифровой маммограф", "больница приобрела
ультразвуковой аппарат"); a proposal is no project ("по инициативе совета ветеранов",
"поддержали инициативу строительства бассейна": the work is claimed from its own noun).
Negatives: a plain purchase of equipment, an apparatus of no diagnosis, a machine named in
passing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, initiative_kinds_in


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("В Кстовской районной больнице появился новый флюорограф.", "флюорограф"),
        ("Городская поликлиника № 3 закупила цифровой маммограф.", "маммограф"),
        ("В областную больницу поступил новый компьютерный томограф.", "томограф"),
        ("В поликлинике ввели в эксплуатацию цифровой рентген-аппарат.", "рентген-аппарат"),
        ("Больница приобрела ультразвуковой аппарат за 6 миллионов рублей.", "аппарат"),
        ("Область выделила 12 млн рублей на закупку двух маммографов.", "маммограф"),
    ],
)
def test_machine_put_into_service_is_a_project(analyse: Analyse, text: str, word: str) -> None:
    assert any(word in " ".join(kinds) for kinds in initiative_kinds_in(analyse, text))


@pytest.mark.parametrize(
    "text",
    [
        "Завод закупил оборудование у немецкого поставщика.",
        "Избирком получил новые аппараты для голосования.",
        "Врач рассказал, что флюорограф помогает найти болезнь на ранней стадии.",
        "Пациентов направляют в соседний район, где есть маммограф.",
    ],
)
def test_no_machine_put_into_service_gives_no_claim(analyse: Analyse, text: str) -> None:
    assert initiative_kinds_in(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Концерт был организован по инициативе совета ветеранов.",
        "Программа ремонта клубов появилась по инициативе областной думы в прошлом году.",
        "Жители поддержали инициативу строительства бассейна.",
    ],
)
def test_proposal_is_no_project(analyse: Analyse, text: str) -> None:
    assert not any("инициатив" in " ".join(kinds) for kinds in initiative_kinds_in(analyse, text))


def test_work_proposed_is_still_claimed(analyse: Analyse) -> None:
    text = "Жители поддержали инициативу строительства бассейна."
    assert any("бассейн" in " ".join(kinds) for kinds in initiative_kinds_in(analyse, text))


def test_initiative_launched_stays_a_project(analyse: Analyse) -> None:
    text = "Мэрия запустила новую инициативу «Чистый двор»."
    assert initiative_kinds_in(analyse, text) != []
