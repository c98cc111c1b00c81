"""Entities and posts on sentences written for these tests: whose post it is, what is a
post at all, and which names are people."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.claim import Claim
from tests.conftest import Analyse


def occupations(analysed: AnalysedDocument) -> list[Claim]:
    return [claim for claim in analysed.claims if claim.type == "occupation"]


def posts(analysed: AnalysedDocument) -> set[tuple[str, str, str]]:
    return {
        (claim.values("who")[0], claim.values("position")[0], ",".join(claim.values("where")))
        for claim in occupations(analysed)
    }


def people(analysed: AnalysedDocument) -> set[str]:
    return {entity.name for entity in analysed.entities if entity.type == "PER"}


def test_a_post_belongs_to_the_person_next_to_it(analyse: Analyse) -> None:
    analysed = analyse(
        "Министр обороны Норвегии Ула Хансен и госсекретарь Чили Пабло Моралес провели переговоры."
    )
    assert posts(analysed) == {
        ("Ула Хансен", "министр обороны", "Норвегия"),
        ("Пабло Моралес", "госсекретарь", "Чили"),
    }


def test_a_plural_post_is_shared_each_with_its_own_country(analyse: Analyse) -> None:
    analysed = analyse(
        "Министры юстиции Казахстана Ермек Кошербаев и Великобритании Иветт Купер "
        "подписали заявление."
    )
    places = {claim.values("who")[0]: claim.values("where") for claim in occupations(analysed)}
    assert places == {"Ермек Кошербаев": ["Казахстан"], "Иветт Купер": ["Великобритания"]}


def test_a_negated_meeting_does_not_negate_the_posts(analyse: Analyse) -> None:
    analysed = analyse(
        "Министр финансов Норвегии Ула Хансен не встретился с послом Чили Пабло Моралесом."
    )
    assert [c.modality.value for c in analysed.claims if c.type == "meeting"] == ["negated"]
    assert {c.modality.value for c in occupations(analysed)} == {"fact"}
    appointed = analyse("Анна Белова не была назначена послом в Японии.")
    assert [c.modality.value for c in occupations(appointed)] == ["negated"]


def test_titles_are_neither_posts_nor_parts_of_the_name(analyse: Analyse) -> None:
    analysed = analyse(
        "Лорд Джон Смит посетил Москву. Принц Уильям прибыл в Лондон. "
        "Барон Питер Мандельсон и граф Эдвард Уэссекс были на приеме."
    )
    assert occupations(analysed) == []
    assert {"Джон Смит", "Питер Мандельсон", "Эдвард Уэссекс"} <= people(analysed)
    assert not any(name.lower().startswith(("лорд", "барон", "граф")) for name in people(analysed))


def test_acting_posts_vice_premiers_and_group_chairs_are_posts_in_full(analyse: Analyse) -> None:
    analysed = analyse(
        "Исполняющий обязанности министра финансов Андрей Котов подписал приказ. "
        "И.о. министра здравоохранения Ольга Белова выступила. "
        "Вице-премьер Иван Сидоров приехал в Казань. "
        "Председатель группы дружбы с Казахстаном в Палате общин Маргарет Холл выступила. Концерт прошел в Альберт-холле."
    )
    assert {
        ("Андрей Котов", "исполняющий обязанности министра финансов", ""),
        ("Ольга Белова", "и.о. министра здравоохранения", ""),
        ("Иван Сидоров", "вице-премьер", ""),
        ("Маргарет Холл", "председатель группы дружбы с Казахстаном", "Палата общин"),
    } <= posts(analysed)


def test_each_post_of_a_career_is_a_claim(analyse: Analyse) -> None:
    analysed = analyse(
        "Иван Орлов работал министром финансов, затем стал вице-премьером, а позже был "
        "назначен послом в Японии."
    )
    assert posts(analysed) == {
        ("Иван Орлов", "министр финансов", ""),
        ("Иван Орлов", "вице-премьер", ""),
        ("Иван Орлов", "посол", "Япония"),
    }


def test_capitals_and_buildings_are_not_people(analyse: Analyse) -> None:
    analysed = analyse(
        "ИВАН ПЕТРОВ ПРИЕХАЛ. Министр Олег Петров посетил Ланкастер-хаус. "
        "Церемония состоялась во Дворце Независимости."
    )
    assert people(analysed) == {"Олег Петров"}
    places = {entity.name for entity in analysed.entities if entity.type == "LOC"}
    assert {"Ланкастер-хаус", "Дворец Независимости"} <= places
    assert not any(entity.name.isupper() and " " in entity.name for entity in analysed.entities)
