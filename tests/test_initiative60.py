"""Round 60: sentences of ordinary city news that tell no launch at all. A body's work
("проверил работу больницы"), a body named by its trade ("завод по выпуску труб"), a past
participle describing another noun ("штрафы, наложенные на комбинат"), a topic made by a
linking verb ("Главной темой встречи стало строительство моста") and a routine intake
("прием граждан начнётся", "набор учеников") are no new undertakings. Positives: launches
told plainly stay claims, and an intake of applications may open a new service.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, initiative_kinds_in


@pytest.mark.parametrize(
    "text",
    [
        "Работу городской поликлиники проверил министр здравоохранения Москвы.",
        "Заместитель мэра Олег Титов поздравил коллектив «Липецкого хлебозавода», подчеркнув, "
        "что благодаря их слаженной работе завод стал известен за пределами Липецкой области.",
        "Сотрудники «Уральского приборного завода», одного из крупнейших предприятий по "
        "разработке медицинской техники, отметили юбилей.",
        "На комбинате в ответ на ограничения, введенные в отношении предприятия властями, "
        "сняли фильм.",
        "Главными темами встречи стали строительство нового моста и ремонт набережной.",
        "Прием граждан начнётся в 11:00 в здании администрации.",
        "Гимназия начнёт набор учеников в первые классы с апреля.",
        "Врачи новой поликлиники начали прием пациентов.",
    ],
)
def test_sentence_without_launch_gives_no_claim(analyse: Analyse, text: str) -> None:
    assert initiative_kinds_in(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("В Тамбове открыли новый завод по выпуску стальных труб.", "завод"),
        ("Компания начала строительство торгового центра на окраине города.", "центр"),
        ("Главным событием года стало открытие новой школы в микрорайоне.", "школа"),
        ("В поселке открыли поликлинику для приема взрослых пациентов.", "поликлиника"),
        ("Компания «Регион-Телеком» начала приём заявок на подключение к новой сети.", "приём"),
    ],
)
def test_launch_told_stays_a_claim(analyse: Analyse, text: str, kind: str) -> None:
    kinds = initiative_kinds_in(analyse, text)
    assert any(kind in " ".join(found) for found in kinds), kinds
