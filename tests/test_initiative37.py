"""Round 37: initiative precision on ordinary news. Works listed after a dash that follows
a topic noun, works measured by a rate or a volume, a year's review told with a perfective
participle, works only sped up, stops of a visit still to come, a schedule of visits,
institutions in the plural, a start noun that dates, an agenda item, a list of aims after
"это", routine upkeep, programmes in general and a venue arranged for a holiday report no
project. Controls: counted or placed works, a visit that saw works, an opening attended, a
start that launches, a named programme, an overhaul, an opening at a holiday. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, kinds_in


@pytest.mark.parametrize(
    "text",
    [
        # a topic listed after a dash
        "Вопросы, с которыми обращались учителя, созвучны темам, поднимаемым родителями, – "
        "работа столовых, ремонт спортзала, транспорт.",
        # a rate or a volume of works
        "Губернатор отметил рекордные показатели в производстве зерна, высокие темпы "
        "строительства дорог.",
        "Район стал лидером по объёму ремонта дорог.",
        # a year's review with a perfective participle, nothing counted or named
        "В прошлом году в районе построены новые спортивные площадки и детские сады.",
        # works only sped up
        "Жильцы в основном просят посодействовать в ускорении проведения капитального ремонта "
        "жилых домов.",
        # stops of a visit still to come
        "Губернатор намерен посетить ферму и осмотреть отремонтированные дороги.",
        # a schedule of visits
        "Утверждена программа визита делегации в регион.",
        # institutions, not a founding
        "Особое внимание уделяется социальным учреждениям — школам, поликлиникам.",
        # a start noun that dates
        "В начале марта больница отметит свой юбилей.",
        # an agenda item
        "Первым пунктом значится выполнение областной программы ремонта дорог.",
        # a list of aims after "это"
        "Это строительство и ремонт школ и детских садов, модернизация системы водоснабжения "
        "и доступность транспорта.",
        # routine upkeep
        "Коммунальщики приступили к текущему ремонту дорог.",
        "Начались сезонные работы по благоустройству парков.",
        # programmes in general
        "Депутаты следят за реализацией госпрограмм.",
        # a venue arranged for an event
        "На празднике двора устроили игровые зоны для малышей.",
    ],
)
def test_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("В этом году в Самаре построены две новые школы.", "школа"),
        ("Губернатор осмотрел строящуюся школу в Самаре.", "школа"),
        ("Губернатор посетил открытие новой школы.", "школа"),
        ("В начале марта в Самаре откроется новая поликлиника.", "поликлиника"),
        ("Правительство запустило программу «Чистая вода».", "программа"),
        ("В Самаре начался капитальный ремонт поликлиники.", "ремонт"),
        ("Строительство нового моста начнётся в мае.", "мост"),
        ("На празднике улицы открыли новую спортивную площадку.", "площадка"),
    ],
)
def test_controls_still_read(analyse: Analyse, text: str, kind: str) -> None:
    assert any(kind in found for found in kinds_in(analyse, text))
