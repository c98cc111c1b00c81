"""Round 52: false projects in a mixed national news feed. Products put on sale, measures
of policy a state introduces, launches a measure bans, checks started and papers drawn up
for a launch are no projects (docs/notes/gold.md). Positives: a plant's line, a building
put into service, a unit formed, works inside a check and a project a document provides
for stay claims. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, kinds_in


@pytest.mark.parametrize(
    "text",
    [
        # products and their sales
        "Компания Xiaomi начнёт продажи нового смартфона в России в марте.",
        "Производитель объявил, что в будущем ожидается старт глобальных продаж часов.",
        "Официальный старт продаж нового планшета состоится в пятницу в Германии и Франции.",
        # measures of policy introduced
        "ЕС введет санкции против фирм, которые возят запрещенные станки в Белоруссию.",
        "В Киргизии введен шестимесячный запрет на экспорт сена.",
        # a launch banned
        "Новые ограничения запрещают инвестировать в морские порты и аэропорты страны.",
        # a check started
        "Учения стартовали в войсках. Штабы армии, Северного флота и ВВС, а также воинские "
        "части приступили к проверке боеготовности.",
        # papers for a launch
        "Чиновник помогал оформлять документы на ввод в эксплуатацию торгового центра.",
        "Застройщик получил разрешение на ввод в эксплуатацию жилого комплекса.",
    ],
)
def test_sales_measures_checks_and_papers_are_no_projects(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Холдинг объявил о запуске производства смартфонов на новом заводе в Калуге.",
         "производство"),
        ("Корпорация запустила выпуск планшетов на заводе в Зеленограде.", "выпуск"),
        ("В Казани введен в эксплуатацию новый корпус онкодиспансера.", "корпус"),
        ("Минобороны сформировало новые воинские части на западе страны.", "част"),
        ("Прокуратура приступила к проверке строительства школы.", "школа"),
        ("Документ предусматривает создание технопарка в Казани.", "технопарк"),
        ("Власти начали строительство школы на 800 мест.", "школа"),
    ],
)
def test_a_plants_line_a_building_and_works_stay_projects(
    analyse: Analyse, text: str, kind: str
) -> None:
    assert any(kind in found for found in kinds_in(analyse, text))
