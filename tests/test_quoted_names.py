"""Quoted organisation names (issue 16): after a noun of a kind of organisation, in a list
of quoted organisations, and not after a noun of a work or an event. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from concord.knowledge.enterprise_nouns import is_kind_noun, is_place_kind
from tests.conftest import Analyse, organisation_normals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of quoted organisations: the model tends to drop the last item
        ("Склад арендуют компании «Гранит», «Базальт» и «Кварц».", {"Гранит", "Базальт", "Кварц"}),
        (
            "Акционерами стали фонды «Восход», «Закат» или «Полдень».",
            {"Восход", "Закат", "Полдень"},
        ),
        ("Кредиты выдали банки «Север», «Юг», а также «Запад».", {"Север", "Юг", "Запад"}),
        # compound kind nouns, each with its own name
        (
            "В агрохолдинг входят птицефабрика «Утро», маслозавод «Солнечный» и элеватор «Нива».",
            {"Утро", "Солнечный", "Нива"},
        ),
        ("Медиахолдинг «Волжские вести» сменил директора.", {"Волжские вести"}),
        ("Агрофирма «Колосок» закупила тракторы.", {"Колосок"}),
        # the field a body works in between its kind and its name
        ("Контракт получил разработчик программ «Код».", {"Код"}),
        ("Офис в Перми открыл производитель молочной продукции «Луговое».", {"Луговое"}),
        ("Группа компаний «Сфера» построит завод.", {"Сфера"}),
        # other kinds
        ("Вклады принимают банк «Рубикон» и кредитный союз «Опора».", {"Рубикон", "Опора"}),
        ("Лицензию отозвали у страховщика «Гарант».", {"Гарант"}),
        ("Эфир прервал телеканал «Пятый океан».", {"Пятый океан"}),
        ("Партия «Зелёный дом» прошла в парламент.", {"Зелёный дом"}),
        ("Суда разгружают в морском порту «Восточный».", {"Восточный"}),
        # the kind noun the model took for the body is not one of its own
        ("Инвестфонд «Горизонт» купил долю в сети.", {"Горизонт"}),
        ("Заказ выполнит IT-компания «Бит».", {"Бит"}),
        # a title beside an organisation: only the organisation
        ("Книга «Тихая гавань» вышла в издательстве «Парус».", {"Парус"}),
        # a quoted genitive after a title noun names whose the work is
        (
            "Совет директоров одобрил стратегию «Северстали» до 2030 года.",
            {"Совет директоров", "Северсталь"},
        ),
    ],
)
def test_quoted_organisations(analyse: Analyse, text: str, expected: set[str]) -> None:
    assert organisation_normals(analyse, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # titles of works, laws, operations and programmes
        "Зрители посмотрели фильм «Гроза» и сериал «Сосед».",
        "Песни «Ветер», «Дождь» и «Снег» вошли в альбом.",
        "Депутаты одобрили закон «О недрах».",
        "Военные провели операцию «Гром».",
        "Программа «Чистый берег» рассчитана на пять лет.",
        # citations
        "Мэр назвал эту идею «Полной чепухой».",
        "Директор компании заявил: «Мы построим новый цех».",
    ],
)
def test_quoted_titles_and_citations_are_no_organisations(analyse: Analyse, text: str) -> None:
    assert organisation_normals(analyse, text) == set()


def test_a_list_after_one_body_and_its_field_is_the_fields_items(analyse: Analyse) -> None:
    """ "разработчик игр «Луна» и «Марс»": games, not the developer (the model's own
    reading of «Марс» is left as it is)."""
    text = "Фирма «Сигма», разработчик игр «Луна» и «Марс», открыла офис в Туле."
    assert "Луна" not in organisation_normals(analyse, text)


def test_a_lower_case_quote_after_a_kind_noun_is_no_name(analyse: Analyse) -> None:
    assert "поддержит проекты" not in organisation_normals(
        analyse, "Фонд «поддержит проекты» не сразу."
    )


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("компания", True),
        ("медиахолдинг", True),
        ("инвестфонд", True),
        ("молокозавод", True),
        ("медиа-холдинг", True),
        ("спорт", False),
        ("транспорт", False),
        ("фильм", False),
        ("медиа", False),
    ],
)
def test_kind_nouns(word: str, expected: bool) -> None:
    assert is_kind_noun(word) is expected


def test_place_kinds() -> None:
    assert is_place_kind("аэропорт") and not is_place_kind("элеватор")
