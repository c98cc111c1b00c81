"""initiative82: cooperation news between states. A headline's project told again in the
body's lead with other describing words is one claim ("Филиалы ещё четырёх вузов откроются
в Казани" … "В Казани планируется открыть филиалы ещё четырёх технических университетов");
a branch of a named body opened is a project though the recogniser reads "филиал МГУ" as one
organisation; a transport corridor formed is a project, a corridor of a building or a
humanitarian one is not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, initiatives_in


@pytest.mark.parametrize(
    "text",
    [
        "Филиалы ещё четырёх вузов откроются в Казани\n\n"
        "В Казани планируется открыть филиалы ещё четырёх технических университетов.",
        "Концерн Orion построит завод в России\n\n"
        "В сентябре концерн Orion приступит к строительству собственного завода, "
        "расположенного в Калужской области.",
    ],
)
def test_headline_project_told_again_in_the_lead_is_one_claim(
    analyse: Analyse, text: str
) -> None:
    assert len(initiatives_in(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the body's project lies in another town than the headline's
        "Завод построят в Казани\n\nЕщё один завод построят в Самаре.",
        # the lead is over: the fourth sentence tells a plan of its own
        "Компания построит завод в Казани\n\n"
        "Об этом сообщили в пресс-службе. Завод будет выпускать краски. Проект одобрили. "
        "Кроме того, компания построит завод по выпуску лаков в Самаре.",
    ],
)
def test_other_projects_after_a_headline_stay_claims(analyse: Analyse, text: str) -> None:
    assert len(initiatives_in(analyse, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "В Казани откроется филиал МГУ.",
        "В Самарканде откроется филиал Новосибирского государственного университета.",
        "В Бишкеке открылось отделение Российского центра науки и культуры.",
    ],
)
def test_branch_of_a_named_body_opened_is_a_project(analyse: Analyse, text: str) -> None:
    claims = initiatives_in(analyse, text)
    assert len(claims) == 1
    kind = next(a.value for a in claims[0].arguments if a.role == "kind")
    assert kind in {"филиал", "отделение"}


@pytest.mark.parametrize(
    "text",
    [
        "Филиал МГУ провел олимпиаду для школьников.",
        "Директор филиала МГУ рассказал о планах.",
    ],
)
def test_branch_acting_or_named_is_no_project(analyse: Analyse, text: str) -> None:
    assert initiatives_in(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Страны подписали меморандум о формировании мультимодального транспортного коридора.",
        "Три страны договорились о формировании контейнерного коридора.",
    ],
)
def test_transport_corridor_formed_is_a_project(analyse: Analyse, text: str) -> None:
    claims = initiatives_in(analyse, text)
    assert len(claims) == 1
    kind = next(a.value for a in claims[0].arguments if a.role == "kind")
    assert kind.endswith("коридор")


def test_humanitarian_corridor_is_no_project(analyse: Analyse) -> None:
    assert initiatives_in(analyse, "Стороны откроют гуманитарный коридор.") == []
