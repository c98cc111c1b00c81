"""initiative89: a work two or more parties do together is a project even where the thing
made is no project noun: "совместная разработка самолёта" under a verb or an agreement,
"совместно разработают дрон", two coordinated parties starting a work ("Испания и Египет
приступят к разработке танкера"), "сотрудничество с X в разработке батарей", joint research
or an expedition held or organised, and an alliance formed for a work of making. Near misses
stay silent: a wish to cooperate, a joint statement or press conference, a work given up or
only weighed, a document drawn up together, a goal with no verb. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, holds_kind, initiatives_in, kinds_and_modalities_in, runners_of


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("Airbus и Hitachi займутся совместной разработкой грузового дрона.", "дрон",
         Modality.PLANNED),
        ("Испания и Египет ведут совместную разработку истребителя.", "истребител",
         Modality.FACT),
        ("Финляндия и Вьетнам совместно разработают морской дрон.", "дрон", Modality.PLANNED),
        ("Фармкомпании будут совместно производить новые лекарства.", "лекарства",
         Modality.PLANNED),
        ("Siemens и Daewoo подписали соглашение о совместной разработке турбин.", "турбин",
         Modality.PLANNED),
        ("Испания и Египет приступят к разработке нового танкера в ближайшее время.", "танкер",
         Modality.PLANNED),
        ("Корпорация объявила о старте совместных с Бразилией работ по созданию вертолета.",
         "вертолет", Modality.FACT),
        ("Компании ведут совместную работу в сфере создания умных датчиков.", "датчик",
         Modality.FACT),
        ("Toyota объявила о сотрудничестве с Hitachi в разработке аккумуляторов.", "аккумулятор",
         Modality.FACT),
        ("Кабмин разрешил двум компаниям совместно добывать газ на шельфе.", "газ",
         Modality.PLANNED),
    ],
)  # fmt: skip
def test_joint_work_of_making_is_a_project(
    analyse: Analyse, text: str, word: str, modality: Modality
) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, word, modality), found


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        # "организовать" has both aspects; news telling a joint work with it look ahead,
        # as the round's own gold marks them (settled in the seventeenth session)
        ("Норвегия и Чили организуют совместную экспедицию в Южный океан.", "экспедиция",
         Modality.PLANNED),
        ("Норвегия и Чили организовали совместную экспедицию в Южный океан.", "экспедиция",
         Modality.FACT),
        ("Учёные Норвегии и Чили проведут совместные исследования в Андах.", "исследования",
         Modality.PLANNED),
        ("Геологи двух стран договорились о проведении совместных исследований на Камчатке.",
         "исследования", Modality.PLANNED),
        ("Компании Siemens и Daewoo договорились об объединении в альянс для разработки "
         "беспилотников.", "альянс", Modality.PLANNED),
    ],
)  # fmt: skip
def test_joint_research_and_alliances_for_a_work(
    analyse: Analyse, text: str, word: str, modality: Modality
) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, word, modality), found


def test_both_parties_run_the_joint_work(analyse: Analyse) -> None:
    analysed = analyse("Toyota объявила о сотрудничестве с Hitachi в разработке аккумуляторов.")
    assert set(runners_of(analysed, "аккумулятор")) == {"Toyota", "Hitachi"}


def test_alliance_purpose_is_no_second_claim(analyse: Analyse) -> None:
    text = "Компании Siemens и Daewoo договорились об объединении в альянс для разработки дронов."
    assert len(initiatives_in(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Стороны договорились развивать сотрудничество.",
        "Министры двух стран подписали совместное заявление.",
        "Лидеры провели совместную пресс-конференцию.",
        "Компании Гамма и Дельта отказались от совместной разработки беспилотника.",
        "Корпорация рассматривает возможность совместного производства двигателей.",
        "Индия выразила готовность к совместному производству вертолетов.",
        "Две компании будут вместе создавать условия для роста.",
        "Министерства совместно разработают новые правила.",
        "Цель партнёрства – совместное создание новых материалов.",
    ],
)
def test_wishes_statements_and_given_up_works_are_no_projects(analyse: Analyse, text: str) -> None:
    assert initiatives_in(analyse, text) == []


def test_parties_announcing_a_decision_do_not_make_the_work_joint(analyse: Analyse) -> None:
    text = "Президент Чили и премьер-министр Перу объявили решение о создании общей зоны торговли."
    assert not holds_kind(kinds_and_modalities_in(analyse, text), "зон", Modality.FACT)


@pytest.mark.parametrize(
    "text",
    [
        "Президенты Чили и Перу выпустили совместное заявление о партнерстве.",
        "Чили и Перу изучают перспективы сотрудничества.",
        "Прежде компании десять лет выпускали вместе прицепы и рамы.",
    ],
)
def test_statements_prospects_and_past_trades_are_no_joint_works(
    analyse: Analyse, text: str
) -> None:
    assert initiatives_in(analyse, text) == []


def test_work_inside_a_programme_is_that_programme(analyse: Analyse) -> None:
    text = "Завод запустил собственную программу разработки моторов вместе с институтом."
    kinds = [kind for kind, _ in kinds_and_modalities_in(analyse, text)]
    assert kinds == ["собственная программа разработки моторов"]  # the work no claim of its own
