"""Round 48: one project claimed twice in national news. A headline tells a withdrawal by
its verb and the body by the act's noun; a company's short name ("Сбер") and its full name
run one branch; a set of offices told in the plural is the same set when its number comes
next; "линейная часть трубопровода" (its length told, another item joined) is a part of
the pipeline told before. Negatives: two different projects of one kind in a report stay two claims.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, kinds_in


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a verb in the headline, the act's noun in the body
        (
            "Франция выведет своих военных из Мали\n"
            "Франция намерена осуществить вывод своих военных из Мали. Об этом сообщил "
            "министр обороны.\n",
            "вывод",
        ),
        # a short name, then the full one
        (
            "Сбер планирует открыть филиал в Индии\n"
            "Об этом сообщил зампред банка. Ранее Сбербанк заявлял, что планирует открыть "
            "полноценный филиал в Индии.\n",
            "филиал",
        ),
        # a set in the plural, then its number
        (
            "Банк планирует открыть первые отделения в Казахстане\n"
            "Банк планирует до конца года открыть первые 12 отделений в Казахстане, сообщил "
            "председатель правления.\n",
            "отделения",
        ),
    ],
)
def test_one_project_is_one_claim_each(analyse: Analyse, text: str, kind: str) -> None:
    found = kinds_in(analyse, text)
    assert len(found) == 1 and kind in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Компания построит газопровод до границы. В рамках проекта будет построена "
        "линейная часть газопровода длиной 300 км.",
        "Компания построит газопровод до границы. В рамках проекта будут построены "
        "линейная часть газопровода и две компрессорные станции.",
    ],
)
def test_a_part_of_the_pipeline_is_no_project_of_its_own(analyse: Analyse, text: str) -> None:
    assert not any("часть" in kind for kind in kinds_in(analyse, text))
    assert "газопровод" in kinds_in(analyse, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # one new zoo, then eight other parks: a single project is no set
        (
            "Город построит новый зоопарк. Кроме того, мэрия планирует благоустроить "
            "восемь парков.",
            2,
        ),
        # two branches in two countries
        (
            "Сбер планирует открыть филиал в Индии. Сбербанк также откроет филиал в Китае.",
            2,
        ),
        # a part of another pipeline
        (
            "Компания построит газопровод до границы. Затем будет построена часть "
            "нефтепровода длиной 300 км.",
            2,
        ),
        # two withdrawals from two countries
        (
            "Франция выведет войска из Мали. Германия завершила вывод войск из Нигера.",
            2,
        ),
    ],
)
def test_different_projects_stay_apart(analyse: Analyse, text: str, count: int) -> None:
    assert len(kinds_in(analyse, text)) == count
