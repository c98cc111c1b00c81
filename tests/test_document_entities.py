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


def _mentions_in(text: str, *names: str) -> list[Mention]:
    """Each name where it stands in `text`, read as an organisation in that form."""
    found, start = [], 0
    for name in names:
        start = text.index(name, start)
        found.append(_organisation(start, name))
        start += len(name)
    return found


def test_a_short_name_in_brackets_joins_the_full_name_before_it() -> None:
    text = (
        "Федеральное агентство лесного хозяйства (Рослесхоз) проверило леса. "
        "Проверку Рослесхоза поддержали."
    )
    entities = group_mentions(
        _mentions_in(text, "Федеральное агентство лесного хозяйства", "Рослесхоз", "Рослесхоза"),
        text,
    )
    assert [entity.name for entity in entities] == ["Федеральное агентство лесного хозяйства"]
    assert len(entities[0].mentions) == 3


def test_initials_in_brackets_join_the_full_name() -> None:
    text = "Совет защиты рек (СЗР) выступил против. Members of the Clean Rivers Board (CRB) too."
    entities = group_mentions(
        _mentions_in(text, "Совет защиты рек", "СЗР", "Clean Rivers Board", "CRB"), text
    )
    assert [entity.name for entity in entities] == ["Совет защиты рек", "Clean Rivers Board"]


def test_an_organisation_in_brackets_that_is_not_a_short_name_stays_apart() -> None:
    text = "Компания «Северный поток» (Газпром) и банк «Заря» (Минск)."
    entities = group_mentions(_mentions_in(text, "Северный поток", "Газпром"), text)
    assert len(entities) == 2
