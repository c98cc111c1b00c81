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
    assert [entity.name for entity in entities] == ["Рослесхоз"]
    assert "Федеральное агентство лесного хозяйства" in entities[0].aliases
    assert [m.entity for m in entities[0].mentions] == [0, 0, 0]


def test_initials_in_brackets_join_the_full_name() -> None:
    text = "Совет защиты рек (СЗР) выступил против. Members of the Clean Rivers Board (CRB) too."
    entities = group_mentions(
        _mentions_in(text, "Совет защиты рек", "СЗР", "Clean Rivers Board", "CRB"), text
    )
    assert [entity.name for entity in entities] == ["СЗР", "CRB"]
    assert all(len(entity.mentions) == 2 for entity in entities)


def test_a_short_name_used_before_the_brackets_joins_too() -> None:
    """A headline names the body by its short name before the report spells it out."""
    text = "ЦВР оштрафовал завод. Центр водных ресурсов (ЦВР) проверил «Заречный завод» (ЗЗ)."
    mentions = _mentions_in(text, "ЦВР", "Центр водных ресурсов", "ЦВР", "Заречный завод", "ЗЗ")
    entities = group_mentions(mentions, text)
    assert sorted(entity.name for entity in entities) == ["ЗЗ", "ЦВР"]
    assert sorted(len(entity.mentions) for entity in entities) == [2, 3]
    for index, entity in enumerate(entities):
        assert all(m.entity == index for m in entity.mentions)


def test_an_organisation_in_brackets_that_is_not_a_short_name_stays_apart() -> None:
    text = "Компания «Северный поток» (Газпром) и банк «Заря» (Минск)."
    entities = group_mentions(_mentions_in(text, "Северный поток", "Газпром"), text)
    assert len(entities) == 2


def test_an_owner_in_brackets_sharing_one_word_opening_stays_apart() -> None:
    """ "Плант (Owner)": one shared opening is the parent company, not a short name."""
    text = "Сызранский нефтеперерабатывающий завод (Роснефть) встал на ремонт."
    entities = group_mentions(
        _mentions_in(text, "Сызранский нефтеперерабатывающий завод", "Роснефть"), text
    )
    assert len(entities) == 2


def test_capitals_that_are_not_the_initials_stay_apart() -> None:
    text = "Банк развития региона (ВТБ) выдал кредит."
    entities = group_mentions(_mentions_in(text, "Банк развития региона", "ВТБ"), text)
    assert len(entities) == 2


def test_a_store_joins_a_report_naming_only_the_short_name() -> None:
    """Across reports: the one that spells the name out gives its entity the short name,
    so another report saying only "ЦВР" (before or after it) is the same organisation."""
    from concord.resolve.entities import MemoryEntities, match_entities

    text = "Центр водных ресурсов (ЦВР) проверил реку. ЦВР доволен."
    spelled_out = group_mentions(
        _mentions_in(text, "Центр водных ресурсов", "ЦВР", "ЦВР"), text
    )
    short_only = group_mentions([_organisation(0, "ЦВР")], "ЦВР проверил реку.")
    for order in ([spelled_out, short_only], [short_only, spelled_out]):
        repository = MemoryEntities()
        ids = [match_entities(repository, entities)[0] for entities in order]
        assert ids[0] == ids[1]
        assert "Центр водных ресурсов" in repository.aliases[ids[0]]
