"""Round 45: initiatives in national and international news. A work named as an office's
trade ("Дирекция по строительству ГЭС"), land given for a work ("участок под строительство
терминала"), what a thing is for ("оборудование для прокладки кабеля") and money for works
over classes of things ("на строительство и ремонт социальных объектов") launch nothing;
a plant told again as "предприятие" or as "проект по созданию …", or by a company's short
Latin name, is one project; a body "формируется" is being set up. Positives: the same words
launching a project. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, holds_kind, kinds_and_modalities_in, kinds_in


@pytest.mark.parametrize(
    "text",
    [
        # an office named by its trade signs a contract; the work is its remit
        "Дирекция по строительству ГЭС при Минэнерго и компания «Гидрострой» подписали "
        "договор о поставке турбин.",
        # what a thing is for
        "Холдинг закупил оборудование для прокладки оптического кабеля.",
        # money for works over classes of things in general
        "Кабмин решил направить ещё 40 млрд рублей на строительство и капитальный ремонт "
        "социальных объектов.",
        "Около 12 млрд рублей пойдут на строительство, реконструкцию и ремонт спортивных и "
        "культурных учреждений.",
    ],
)
def test_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a plant, then the same plant as "предприятие" placed "на базе"
        (
            "Итальянская компания построит в Тверской области завод стеклянной тары.\n"
            "Компания «Витро» вложит 40 млн евро в создание предприятия по производству "
            "стеклянной тары на базе ОАО «Льнозавод».",
            1,
        ),
        # a short Latin name and the full name
        (
            "KIA подтвердила намерение построить завод в Казахстане.\n"
            "По данным агентства, KIA Motors намерена построить завод в Казахстане.",
            1,
        ),
        # the building of a plant, then "проект по созданию" it
        (
            "Вчера прошла церемония начала строительства ГЭС в Киргизии компанией «Гидрострой».\n"
            "«Мы приступаем к реализации проекта по созданию ГЭС», — сказали в компании.",
            1,
        ),
    ],
)
def test_told_again(analyse: Analyse, text: str, count: int) -> None:
    assert len(kinds_in(analyse, text)) == count, kinds_in(analyse, text)


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # a body being formed
        (
            "В Москве формируется фонд развития туризма.",
            "фонд",
            Modality.FACT,
        ),
        # the same words launching a project
        (
            "Компания «Портинвест» начала строительство зернового терминала.",
            "терминал",
            Modality.FACT,
        ),
        (
            "Правительство выделит 3 млрд рублей на строительство нового моста через Волгу.",
            "мост",
            Modality.PLANNED,
        ),
        (
            "Город направит 200 млн рублей на строительство и ремонт школы № 5.",
            "школ",
            Modality.PLANNED,
        ),
        ("В Калуге построят завод по производству стеклянной тары.", "завод", Modality.PLANNED),
    ],
)
def test_still_launched(analyse: Analyse, text: str, kind: str, modality: Modality) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, kind, modality), found


def test_site_is_not_the_project(analyse: Analyse) -> None:
    """Land handed over for a work: the terminal is the planned project, not the site."""
    text = "Компании «Портинвест» передадут площадку под строительство зернового терминала."
    found = kinds_in(analyse, text)
    assert not any("площадк" in kind for kind in found), found
    assert any("терминал" in kind for kind in found), found


def test_two_plants_stay_two(analyse: Analyse) -> None:
    """A plant and another, differently described "предприятие" are two projects."""
    text = (
        "Холдинг построит в Калуге завод стеклянной тары.\n"
        "Кроме того, в Туле будет создано предприятие по выпуску картона."
    )
    assert len(kinds_in(analyse, text)) == 2, kinds_in(analyse, text)


@pytest.mark.parametrize(
    ("text", "project", "place"),
    [
        ("Фонд поставил задачу создать лабораторию в университете.", "лаборатория", "университет"),
        ("Город построит новый спортзал в гимназии № 3.", "спортзал", "гимназия"),
    ],
)
def test_place_of_the_project(analyse: Analyse, text: str, project: str, place: str) -> None:
    """A project noun after "в" on the project launched is its place, no second project."""
    found = kinds_in(analyse, text)
    assert any(project in kind for kind in found), found
    assert not any(place in kind for kind in found), found
