"""Round 41: one project told again in a report is one claim. The same noun repeated bare
in one sentence ("в восстановлении водоема, водоем восстановили"), a plan told in the past
after the project's launch (the back story: "открыли фонтан … было решено построить
фонтан"), a fence told as "забор" and "ограждение", a body told again as "новый орган", and a launch a
subsidy "помогла" make (done, so the next sentence's "Магазин построен" restates it).
Negatives: a second item described on its own, a plan still ahead or of a new thing, a
body described otherwise, a word pointing back to a thing only said to exist. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, kinds_and_modalities_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same noun again, bare, in one sentence
        (
            "В деревне Гусево была нужда в восстановлении пожарного водоема, водоем "
            "восстановили за месяц.",
            [("пожарный водоем", Modality.FACT)],
        ),
        # a plan told in the past after the launch
        (
            "В субботу в селе Ключи открыли памятник землякам, погибшим на фронте. Весной на "
            "собрании жителей было решено установить памятник.",
            [("памятник", Modality.FACT)],
        ),
        (
            "В поселке Дубки торжественно открыли фонтан. Еще прошлой осенью на сходе граждан "
            "было решено построить фонтан.",
            [("фонтан", Modality.FACT)],
        ),
        # a fence, in two words
        (
            "Вдоль детской площадки установили забор. В управляющей компании сообщили, что "
            "установка металлического ограждения была в планах на этот год.",
            [("забор", Modality.FACT)],
        ),
        (
            "Возле школы установили ограждение. Как пояснили в администрации, установка "
            "забора была в плане работ на прошлый год.",
            [("ограждение", Modality.FACT)],
        ),
        # a body told again as a bare "орган"
        (
            "В министерстве экономики будет создана структура для связи с бизнесом. По словам "
            "министра, при каком ведомстве будет сформирован новый орган, решит правительство.",
            [("структура", Modality.PLANNED)],
        ),
        # a launch helped is done, and the next sentence tells it again
        (
            "Областная субсидия помогла открыть в деревне Липки продуктовый магазин. Магазин "
            "построен на средства гранта для начинающих фермеров.",
            [("продуктовый магазин", Modality.FACT)],
        ),
        (
            "Субсидия помогла фермеру запустить цех по переработке молока.",
            [("цех", Modality.FACT)],
        ),
    ],
)
def test_a_project_told_again_is_one_claim(
    analyse: Analyse, text: str, expected: list[tuple[str, Modality]]
) -> None:
    assert kinds_and_modalities_in(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second item with words of its own
        (
            "В поселке построили школу и отремонтировали школу в селе Кальное.",
            [("школа", Modality.FACT), ("школа", Modality.FACT)],
        ),
        # a plan still ahead, or of a new one
        (
            "В субботу в селе Ключи открыли памятник землякам. Летом планируют установить "
            "памятник в соседнем селе.",
            [("памятник", Modality.FACT), ("памятник", Modality.PLANNED)],
        ),
        (
            "В субботу в селе Ключи открыли памятник землякам. Весной жители решили установить "
            "новый памятник.",
            [("памятник", Modality.FACT), ("памятник", Modality.PLANNED)],
        ),
        # a body described otherwise
        (
            "В мэрии будет создана структура по привлечению инвестиций. Также будет "
            "сформирован орган по надзору за стройками.",
            [("структура", Modality.PLANNED), ("орган", Modality.PLANNED)],
        ),
        # a word pointing back to a thing only said to exist: its works are news
        (
            "Возле стадиона пустовала площадка. Тренеры решили её обустроить.",
            [("площадка", Modality.FACT), ("площадка", Modality.PLANNED)],
        ),
        # help only promised is no launch done
        ("Власти обещали помочь открыть школу.", [("школа", Modality.PLANNED)]),
    ],
)
def test_other_projects_stay_apart(
    analyse: Analyse, text: str, expected: list[tuple[str, Modality]]
) -> None:
    assert kinds_and_modalities_in(analyse, text) == expected
