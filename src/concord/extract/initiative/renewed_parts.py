"""A building's parts renewed: a part of a standing building (a roof, a facade, walls,
floors, wiring, a hood: `building_part_nouns`, or a system of a utility: "система
отопления") renewed by a word of repair ("заменили кровлю", "ремонт фасада", "утепление
стен школы", "обновили вытяжку") is a repair work of its own, as the pool's gold counts it.

While a new building goes up, its walls and roof are raised or mounted ("возвели стены",
"смонтировали кровлю"): stages of that one building, not claims. So only a word of repair
fits a part, never a word of installing or building. A building must be told: the part's
sentence names a building or a project, or the report has told a work before ("идёт
ремонт … Рабочие заменили кровлю"). A list of parts under one repair word is one work
("заменили окна, радиаторы и пол"), as the gold counts it: its later items are no claims.
"""

from __future__ import annotations

from concord.extract.initiative.projects import is_project
from concord.extract.initiative.words import InitiativeWords
from concord.extract.initiative.works_in_context import work_told_before
from concord.extract.sentence_view import SentenceView


def building_part(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """The word names a part of a building: a listed part, or a system holding a utility
    in its genitive ("систему отопления")."""
    token = view.tokens[index]
    if token.lemma in words.building_part_nouns:
        return True
    return token.lemma in words.building_system_nouns and any(
        view.tokens[child].lemma in words.building_utility_nouns
        and view.tokens[child].feats.get("Case") == "Gen"
        for child in view.children(index)
    )


def renewed_part(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A part of a building told in its sentence or in a work told before, and not told
    as a detail of its whole's repair nor as a repair long ago."""
    return (
        building_part(view, index, words)
        and not _detail_of_whole(view, index, words)
        and not _long_ago(view, words)
        and (_building_in_sentence(view, index, words) or work_told_before(view, index, words))
    )


def repair_fits(view: SentenceView, governor: int, words: InitiativeWords) -> bool:
    """A repair word renewing the part, not the topic of another noun ("собрания по
    ремонту кровли": the meetings are; "работы по ремонту кровли" stay the work)."""
    token = view.tokens[governor]
    if not words.repairs(token.lemma, token.pos):
        return False
    holder = token.head
    return not (
        token.pos == "NOUN"
        and view.preposition(governor) is not None
        and 0 <= holder < len(view.tokens)
        and view.tokens[holder].pos == "NOUN"
        and view.tokens[holder].lemma not in words.work_reference_nouns
    )


def _detail_of_whole(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "отремонтировала колодец: … обновлена крыша": a part renewed after a colon or a
    dash that follows a repair word in its sentence tells that repair in detail."""
    marks = [
        position
        for position in range(index)
        if view.tokens[position].text in words.detail_marks
    ]
    return bool(marks) and any(
        words.repairs(view.tokens[position].lemma, view.tokens[position].pos)
        for position in range(marks[-1])
    )


def _long_ago(view: SentenceView, words: InitiativeWords) -> bool:
    """ "сделали ремонт крыши несколько лет назад": a repair told as long past."""
    return any(token.lemma in words.ago_words for token in view.tokens)


def _building_in_sentence(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """Another word of the sentence names a building or a project ("в школе", "фасад
    здания", "в учреждении")."""
    return any(
        position != index
        and view.tokens[position].pos == "NOUN"
        and (
            view.tokens[position].lemma in words.structure_nouns | words.class_hypernyms
            or is_project(view, position, words)
        )
        for position in range(len(view.tokens))
    )


def listed_after_part(view: SentenceView, index: int, first: int, words: InitiativeWords) -> bool:
    """The word is a later item of a list whose items a repair word renews together, a
    part among them ("заменили окна, радиаторы и пол"): the list is one work, told by its
    first item."""
    if first == index:
        return False
    items = _list_items(view, first)
    return index in items and any(building_part(view, item, words) for item in items)


def _list_items(view: SentenceView, first: int) -> list[int]:
    """The first item and the items joined to it (a cycle stops the walk)."""
    items = [first]
    seen = {first}
    for child in view.children(first):
        if view.tokens[child].relation == "conj" and child not in seen:
            seen.add(child)
            items.append(child)
    return items
