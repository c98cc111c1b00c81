"""initiative79: a company body founded under no name of its own is a body set up when its
field is told ("создаст холдинг по выпуску станков", "решение о формировании холдинга
медицинской техники"); the field after "по" is what the body will do, no project of its
own. A company that only runs something, or one founded with nothing told of it, stays
no project. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, kinds_in


@pytest.mark.parametrize(
    "text",
    [
        "Госкорпорация «Росатом» создаст холдинг по выпуску медицинских изотопов.",
        "Совет директоров «Роснано» одобрил решение о формировании холдинга "
        "промышленной робототехники.",
        "Концерн «Калашников» учредил компанию по производству беспилотников.",
        "Оператор «Мегафон» намерен создать дочернюю компанию по хранению данных.",
    ],
)
def test_company_founded_with_its_field_is_one_body(analyse: Analyse, text: str) -> None:
    kinds = kinds_in(analyse, text)
    assert len(kinds) == 1
    assert {"холдинг", "компания"} & set(kinds[0].split())


def test_field_after_po_is_no_project_of_its_own(analyse: Analyse) -> None:
    kinds = kinds_in(analyse, "Госкорпорация «Росатом» создаст холдинг по выпуску изотопов.")
    assert not any(kind.startswith("выпуск") for kind in kinds)


@pytest.mark.parametrize(
    "text",
    [
        # the company runs the project; it is not founded
        "Компания по выпуску станков открыла цех в Липецке.",
        # founded with nothing told of it: no body in particular
        "Выпускники университета часто создают компанию сразу после учёбы.",
        # conditions created for a holding's work: nothing founded
        "Правительство создало условия для работы холдинга по выпуску станков.",
    ],
)
def test_company_not_founded_is_no_body_set_up(analyse: Analyse, text: str) -> None:
    kinds = kinds_in(analyse, text)
    assert not any({"холдинг", "компания"} & set(kind.split()) for kind in kinds)
