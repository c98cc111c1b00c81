"""Building and launching words as root classes, a project named as the antecedent of a
relative clause's launch, an opened object the parser or the name finder misread, transport
lines, and parts and paid activities that are no projects. Sentences written for these
tests."""

from __future__ import annotations

from tests.conftest import Analyse, kinds_of, runners_of


def test_a_verb_of_a_building_root_launches(analyse: Analyse) -> None:
    text = (
        "Холдинг «Северсталь-Ресурс» намерен соорудить в Вологде новый склад мощностью "
        "200 тысяч тонн."
    )
    assert any("Северсталь-Ресурс" in name for name in runners_of(analyse(text), "склад"))


def test_a_project_named_before_a_relative_clause_of_building(analyse: Analyse) -> None:
    text = (
        "Главную надежду врачи связывают с кардиоцентром в Курске, строительство которого "
        "компания «Мостострой» завершит к марту."
    )
    found = runners_of(analyse(text, published="2012-06-01"), "кардиоцентр")  # 2012 news
    assert any("Мостострой" in name for name in found)


def test_an_unlisted_facility_in_a_relative_clause_of_building(analyse: Analyse) -> None:
    text = (
        "Главным объектом станет ледовая арена на 12 тысяч мест, строительство которой на "
        "окраине Перми ведёт компания «Уралстрой»."
    )
    assert any("Уралстрой" in name for name in runners_of(analyse(text), "арена"))


def test_a_capitalised_facility_noun_laid(analyse: Analyse) -> None:
    found = kinds_of(analyse("Весной в Самаре заложат Дворец спорта."))
    assert any("дворец" in kind for kind in found)


def test_a_tram_a_city_will_put_on_the_line(analyse: Analyse) -> None:
    text = "Администрация Омска обещает к 2012 году пустить до аэропорта скоростной трамвай."
    assert any("трамвай" in kind for kind in kinds_of(analyse(text)))


def test_a_sized_object_opened_in_a_place(analyse: Analyse) -> None:
    text = "В мае фонд «Дорога жизни» открыл в Череповце хоспис на 15 коек."
    assert any("хоспис" in kind for kind in kinds_of(analyse(text)))


def test_a_verb_off_the_root_launches_nothing(analyse: Analyse) -> None:
    text = "Компания «Вектор» выпустила в Курске новый склад-модуль для дачников."
    assert not any("склад" in kind for kind in kinds_of(analyse(text)))


def test_money_for_preparing_an_event_builds_nothing(analyse: Analyse) -> None:
    text = "Областной бюджет выделит на подготовку к фестивалю 40 млн рублей."
    assert not kinds_of(analyse(text))


def test_what_an_artist_makes_is_an_artwork(analyse: Analyse) -> None:
    text = "Художник Олег Сизов соорудит у входа в сквер деревянную арку."
    assert not any("арка" in kind for kind in kinds_of(analyse(text)))


def test_a_launch_with_which_something_else_happens_is_background(analyse: Analyse) -> None:
    text = (
        "Со строительством нового моста через Оку нагрузка на старую переправу должна "
        "снизиться вдвое."
    )
    assert not any("мост" in kind for kind in kinds_of(analyse(text)))


def test_a_company_building_a_store_still_builds(analyse: Analyse) -> None:
    text = "Компания «Волгострой» соорудит новый склад на окраине Самары."
    assert any("Волгострой" in name for name in runners_of(analyse(text), "склад"))


def test_building_over_a_site_builds_no_project(analyse: Analyse) -> None:
    text = "Жители Твери вышли на пикет против застройки парка у реки."
    assert not kinds_of(analyse(text))


def test_a_capitalised_adjective_is_no_facility(analyse: Analyse) -> None:
    text = (
        "Инженеры рассказали и о другой стройке — Балаковской ТЭЦ-5, к строительству "
        "которой компания «Волгаэнерго» намерена приступить в 2013 году."
    )
    found = kinds_of(analyse(text))
    assert found and not any(kind.startswith("балаковск") for kind in found)
