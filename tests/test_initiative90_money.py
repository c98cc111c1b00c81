"""initiative90: projects told through the money given for them. Equipping counted
facilities under a named programme or for a sum is a work of its own; "на протяжении",
"на основании" fund nothing; money for an unnamed plural of facilities spread over
territories named only by their class is a budget line. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import (
    Analyse,
    amounts_with_units,
    holds_kind,
    initiatives_in,
    kinds_and_modalities_in,
    kinds_in,
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("В рамках программы «Доступная среда» в Брянске оборудуют пандусами 35 остановок.",
         "остановк"),
        ("По программе «Безбарьерный город» пандусами оснастят 18 пешеходных переходов в Калуге.",
         "переход"),
        ("На 3 млн рублей в Орле оборудуют поручнями 15 подъездов.", "подъезд"),
    ],
)
def test_equipping_under_a_programme_or_for_a_sum_is_a_work(
    analyse: Analyse, text: str, kind: str
) -> None:
    assert any(kind in found for found in kinds_in(analyse, text))


def test_equipping_keeps_its_count_as_a_figure(analyse: Analyse) -> None:
    """Both claims hold for one sentence: the work and the count of facilities."""
    analysed = analyse("В рамках программы «Доступная среда» в Брянске оборудуют пандусами 35 остановок.")
    assert (35.0, "остановка") in amounts_with_units(analysed)
    assert any("остановк" in " ".join(c.values("kind")) for c in analysed.claims if c.type == "initiative")


@pytest.mark.parametrize(
    "text",
    [
        "До конца года пандусами оборудуют 120 школ.",  # where the ramps go, nothing more
        "В Твери пандусами оборудуют 40 подъездов, сообщил мэр.",
    ],
)
def test_bare_equipping_stays_silent(analyse: Analyse, text: str) -> None:
    assert initiatives_in(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Холдинг вложит 3 млрд рублей в модернизацию литейного цеха на протяжении четырёх лет.",
        "Средства в размере 60 млн рублей выделены на основании распоряжения губернатора.",
    ],
)
def test_compound_prepositions_fund_no_work(analyse: Analyse, text: str) -> None:
    kinds = kinds_in(analyse, text)
    assert not any("протяжени" in k or "основани" in k for k in kinds)


def test_the_real_work_beside_a_span_of_time_stays(analyse: Analyse) -> None:
    kinds = kinds_in(
        analyse, "Холдинг вложит 3 млрд рублей в модернизацию литейного цеха на протяжении четырёх лет."
    )
    assert any("цех" in k for k in kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Правительство направит 3 млрд рублей на строительство поликлиник в регионах.",
        "Кабмин выделит свыше 4 миллиардов рублей на ремонт и восстановление школ и детских "
        "садов в пострадавших регионах.",
        "Минздрав распределит 6 млрд рублей на реконструкцию больниц в субъектах федерации.",
    ],
)
def test_money_over_classes_of_territories_is_no_project(analyse: Analyse, text: str) -> None:
    assert initiatives_in(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a named place: the schools there are the project
        ("Кабмин выделит 200 млн рублей на ремонт школы и детсадов в Ишиме.", "школ"),
        # a count: these twelve schools are the project, wherever they stand
        ("Правительство направит 4 млрд рублей на строительство 12 школ в регионах.", "школ"),
        # named regions, one airport each
        ("Правительство выделит 2 млрд рублей на реконструкцию аэропортов в Бурятии и Туве.",
         "аэропорт"),
    ],
)
def test_named_or_counted_facilities_stay_projects(analyse: Analyse, text: str, kind: str) -> None:
    assert any(kind in found for found in kinds_in(analyse, text))


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("В рамках программы «Формирование комфортной городской среды» в Ельце благоустроят "
         "9 дворов.", Modality.PLANNED),
        ("В прошлом году в Ельце благоустроили 12 дворов.", Modality.FACT),
    ],
)
def test_yards_improved_are_works(analyse: Analyse, text: str, modality: Modality) -> None:
    assert holds_kind(kinds_and_modalities_in(analyse, text), "двор", modality)


def test_a_yard_asked_for_is_no_work(analyse: Analyse) -> None:
    assert initiatives_in(analyse, "Жители попросили главу района благоустроить двор.") == []


def test_plural_works_over_territories_without_money_are_left_to_other_rules(
    analyse: Analyse,
) -> None:
    """The budget-line reading needs money told: a plural work over districts someone
    counts as a success stays what round 24 made it."""
    text = "Главным итогом года мэр называет строительство спортивных площадок в районах."
    assert len(kinds_in(analyse, text)) == 1
