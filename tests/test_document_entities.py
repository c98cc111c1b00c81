"""Mentions grouped into a document's entities (names written for these tests)."""

from __future__ import annotations

from concord.claim import Mention
from concord.nlp.document_entities import group_mentions


def _organisation(start: int, name: str) -> Mention:
    return Mention(start, start + len(name), name, "ORG", name)


def test_an_organisation_in_an_oblique_case_joins_its_nominative() -> None:
    entities = group_mentions([
        _organisation(0, "Севертрубы"), _organisation(40, "Севертруба"),
        _organisation(80, "Агролиния"), _organisation(120, "Агролинией"),
    ])  # fmt: skip
    assert sorted(entity.name for entity in entities) == ["Агролиния", "Севертруба"]
    assert all(len(entity.mentions) == 2 for entity in entities)


def test_the_shorter_form_names_the_organisation() -> None:
    entities = group_mentions([_organisation(0, "Стальпрома"), _organisation(30, "Стальпром")])
    assert [entity.name for entity in entities] == ["Стальпром"]


def test_short_and_different_names_stay_apart() -> None:
    entities = group_mentions([
        _organisation(0, "Оса"), _organisation(20, "Осы"), _organisation(40, "Вектор"),
        _organisation(60, "Векторра"),
    ])  # fmt: skip
    assert len(entities) == 4


def test_a_place_and_an_organisation_stay_apart() -> None:
    place = Mention(0, 5, "Тулы", "LOC", "Тула")
    entities = group_mentions([place, _organisation(20, "Тулы")])
    assert len(entities) == 2


def _person(start: int, text: str, normal: str) -> Mention:
    return Mention(start, start + len(text), text, "PER", normal)


def test_a_surname_read_back_to_the_wrong_nominative_joins_its_person() -> None:
    entities = group_mentions([
        _person(0, "Ольги Луговой", "Ольга Лугова"), _person(40, "Ольга Луговая", "Ольга Луговая"),
    ])  # fmt: skip
    assert [entity.name for entity in entities] == ["Ольга Луговая"]
    assert len(entities[0].mentions) == 2


def test_people_with_different_given_names_or_surnames_stay_apart() -> None:
    entities = group_mentions([
        _person(0, "Ольга Луговая", "Ольга Луговая"), _person(40, "Павел Луговой", "Павел Луговой"),
        _person(80, "Анна Котова", "Анна Котова"), _person(120, "Анна Котельникова",
                                                          "Анна Котельникова"),
    ])  # fmt: skip
    assert len(entities) == 4
