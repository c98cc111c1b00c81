"""Round 22: a report returns to its project in words the fold did not read as the same
project (a compound noun, other praise, the same ordinal, a bare "предприятие", a shop of a
set); projects a report tells apart stay apart. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import Analyse, kinds_in


def test_a_compound_noun_restates_its_spelt_out_plant(analyse: Analyse) -> None:
    text = (
        "Компания «Стальпром» построит металлургический комбинат под Тулой. "
        "«Стальпром» вложит 5 млрд рублей в строительство меткомбината."
    )
    assert len(kinds_in(analyse, text)) == 1


def test_a_compound_of_another_word_is_another_plant(analyse: Analyse) -> None:
    text = (
        "Компания «Стальпром» построит металлургический комбинат под Тулой. "
        "Кроме того, «Стальпром» построит мясокомбинат."
    )
    assert len(kinds_in(analyse, text)) == 2


def test_other_praise_restates_the_same_centre(analyse: Analyse) -> None:
    text = (
        "В Пензе построят новый высокотехнологичный кардиологический центр. "
        "Как сообщили в областном минздраве, современный кардиологический центр возведут "
        "рядом с городской больницей."
    )
    assert len(kinds_in(analyse, text)) == 1


def test_the_same_second_phase_told_again_is_one_project(analyse: Analyse) -> None:
    text = (
        "Концерн «Авторус» построит вторую очередь завода в Липецке. "
        "Концерн «Авторус» планирует построить вторую очередь завода в Липецке к 2016 году."
    )
    assert len(kinds_in(analyse, text)) == 1


def test_a_second_phase_after_the_first_is_another_project(analyse: Analyse) -> None:
    text = (
        "Концерн «Авторус» построит первую очередь завода в Липецке. "
        "Позже концерн «Авторус» построит вторую очередь завода."
    )
    assert len(kinds_in(analyse, text)) == 2


def test_a_bare_enterprise_restates_the_plant(analyse: Analyse) -> None:
    text = (
        "Администрация области подписала с компанией «Нордмоторс» соглашение о строительстве "
        "завода по выпуску коробок передач. Предприятие будет построено в индустриальном "
        "парке «Восток»."
    )
    assert len(kinds_in(analyse, text)) == 1


def test_a_described_enterprise_is_another_project(analyse: Analyse) -> None:
    text = (
        "Компания «Нордмоторс» построит завод по выпуску коробок передач. "
        "Также компания «Нордмоторс» создаст предприятие по переработке шин."
    )
    assert len(kinds_in(analyse, text)) == 2


def test_a_shop_of_a_set_restates_the_set(analyse: Analyse) -> None:
    text = (
        "Компания «Гранмаркет» в этом году откроет сеть новых гипермаркетов. "
        "По словам директора, «Гранмаркет» откроет гипермаркеты к декабрю."
    )
    assert len(kinds_in(analyse, text)) == 1


def test_the_centre_of_a_town_is_a_place(analyse: Analyse) -> None:
    text = "В центре посёлка заложены фундаменты будущих жилых домов."
    assert "центр" not in " ".join(kinds_in(analyse, text))


def test_the_centre_of_a_named_town_is_a_place(analyse: Analyse) -> None:
    text = "Летом в центре Кирова открыли новый жилой дом."
    assert "центр" not in " ".join(kinds_in(analyse, text))


def test_a_described_centre_of_a_town_is_a_project(analyse: Analyse) -> None:
    text = "Компания «Вектор» построит торговый центр города Кирова."
    assert any("центр" in kind for kind in kinds_in(analyse, text))


def test_much_housing_is_no_project(analyse: Analyse) -> None:
    text = "По словам губернатора, в крае строится много нового жилья."
    assert kinds_in(analyse, text) == []


def test_objects_in_general_are_no_project(analyse: Analyse) -> None:
    text = "Министр заявил, что в области будут строиться крупные спортивные объекты."
    assert kinds_in(analyse, text) == []


def test_counted_objects_are_projects(analyse: Analyse) -> None:
    text = "Администрация района построит три спортивных объекта в этом году."
    assert len(kinds_in(analyse, text)) == 1


def test_new_objects_announced_are_a_project(analyse: Analyse) -> None:
    text = "Новые объекты культуры построят в Калужской области до 2016 года."
    assert len(kinds_in(analyse, text)) == 1


def test_a_centre_of_a_science_near_a_town_is_a_project(analyse: Analyse) -> None:
    text = "Соглашение предусматривает строительство центра ядерной медицины под Казанью."
    assert any("центр" in kind for kind in kinds_in(analyse, text))
