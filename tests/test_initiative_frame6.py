"""Initiatives read from the launching word's frame rather than a list of project nouns:
any concrete object of a building word, a placed or sized object of an opening word,
compounds of a project noun, the project whose foundation stone is laid — and the frames
that report no project (a design, talk, a hedge, a standing facility, a so-called one, an
illegal build, a past plan given up, events, products, people). Sentences written for
these tests."""

from __future__ import annotations

from concord.claim import Modality
from concord.extract.initiative.projects import _compound_project
from concord.extract.lexicons.ru import INITIATIVE
from tests.conftest import Analyse, initiatives_of, kinds_of


def test_any_concrete_object_of_a_building_word_is_a_project(analyse: Analyse) -> None:
    (claim,) = initiatives_of(analyse("Компания «Сибагро» возвела зернохранилище под Омском."))
    assert claim.values("kind") == ["зернохранилище"]
    assert claim.values("organisations") == ["Сибагро"]
    assert claim.modality == Modality.FACT


def test_the_object_of_a_building_noun_is_the_project(analyse: Analyse) -> None:
    (claim,) = initiatives_of(analyse("«Лукойл» приступил к возведению причала на берегу Каспия."))
    assert claim.values("kind") == ["причал"]


def test_an_opened_object_with_a_place_or_a_size_is_a_facility(analyse: Analyse) -> None:
    assert kinds_of(analyse("«Ростех» открыл в Самаре планетарий.")) == ["планетарий"]
    assert kinds_of(analyse("Сбербанк открыл коворкинг на 200 мест.")) == ["коворкинг"]


def test_an_opened_object_without_either_is_not_read(analyse: Analyse) -> None:
    assert not initiatives_of(analyse("Губернатор открыл совещание."))


def test_a_compound_of_a_project_noun_is_a_project(analyse: Analyse) -> None:
    assert kinds_of(analyse("«РусГидро» запустит гидроэлектростанцию на Алтае.")) == [
        "гидроэлектростанция"
    ]


def test_a_word_only_ending_like_a_project_noun_is_none() -> None:
    assert _compound_project("автозавод", INITIATIVE)
    assert not _compound_project("сотрудник", INITIATIVE)  # "сот" + "рудник"
    assert not _compound_project("кооперация", INITIATIVE)


def test_the_project_of_a_laid_foundation_stone(analyse: Analyse) -> None:
    (claim,) = initiatives_of(
        analyse("«Газпром» заложил в Тюмени первый камень нового спорткомплекса.")
    )
    assert claim.values("kind") == ["спорткомплекс"]
    assert claim.values("organisations") == ["Газпром"]


def test_people_events_products_and_time_are_no_projects(analyse: Analyse) -> None:
    assert not initiatives_of(analyse("В Перми открыли выставку на 300 картин."))
    assert not initiatives_of(analyse("«Аэрофлот» построил в Москве карьеру пилотов."))
    assert not initiatives_of(analyse("Верфь построит для флота четыре корабля."))
    assert not initiatives_of(analyse("Завод создал в городе 400 рабочих мест."))


def test_a_design_is_no_launch(analyse: Analyse) -> None:
    assert not initiatives_of(analyse("Эскиз моста разработало бюро «Стрелка»."))


def test_talk_and_hedges_report_no_project(analyse: Analyse) -> None:
    assert not initiatives_of(analyse("Мэрия Томска обсуждает строительство нового вокзала."))
    assert not initiatives_of(analyse("Эксперты говорили о возможном строительстве порта."))
    assert not initiatives_of(
        analyse("Депутаты подняли вопрос о выделении денег для покупки домов или строительства жилья.")
    )


def test_a_standing_facility_is_no_launch(analyse: Analyse) -> None:
    assert not initiatives_of(analyse("Действующий вокзал построен в 1950-х годах."))


def test_a_so_called_or_illegal_build_is_no_project(analyse: Analyse) -> None:
    assert not initiatives_of(analyse("Активисты открыли в Твери «народный музей»."))
    assert not initiatives_of(analyse("Дачники самовольно построили на берегу пирс."))


def test_a_past_plan_given_up_is_no_project(analyse: Analyse) -> None:
    assert not initiatives_of(
        analyse("В 2018 году банк собирался построить офис в Туле, однако отказался от планов.")
    )


def test_a_part_built_on_a_named_project_is_not_its_own(analyse: Analyse) -> None:
    assert not initiatives_of(analyse("На ней установят десять скамеек и построят две беседки."))


def test_a_compound_common_noun_stands_for_its_organisation(analyse: Analyse) -> None:
    claims = initiatives_of(
        analyse(
            "Агрохолдинг «Поле» запустил в Орле элеватор. Его мощность 100 тысяч тонн. "
            "Урожай продадут в Москве. Зерно повезут по реке. "
            "Затем холдинг вложит 2 млрд рублей в возведение мельницы."
        )
    )
    mill = [c for c in claims if c.values("kind") == ["мельница"]]
    assert mill and mill[0].values("organisations") == ["Поле"]
    assert mill[0].modality == Modality.PLANNED
