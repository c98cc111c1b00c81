"""Municipal places improved and equipment installed (initiative46). Regional news tell a
block's yard or a public space put in order as a work of its own ("провели благоустройство
дворовой территории", "обновили 40 дворовых территорий", "благоустраивают территорию у
школы"), and equipment installed in a building as a fitted thing ("установлено новое
технологическое оборудование"), as the pool's gold counts them.

"Территория" mostly names land and no work ("территория страны", "покинули территорию"),
so it is a place of works only by a yard's or a public space's modifier, or where a word
of improvement takes it directly. Equipment bought, received or delivered is supply, so
it is fitted only where a word of installing takes it directly.
"""

from __future__ import annotations

from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def improved_place(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A territory named as a yard or a public space ("дворовая территория"), or taken
    directly by a word of improvement ("благоустройство территории парка")."""
    if view.tokens[index].lemma not in words.improved_place_nouns or _topic_of_other(
        view, index, words
    ):
        return False
    if any(
        view.tokens[child].relation == "amod"
        and view.tokens[child].lemma in words.improved_place_modifiers
        for child in view.children(index)
    ):
        return True
    return _taken_directly_by(view, index, words.improvement_words)


def installed_thing(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """Equipment taken directly by a word of installing ("установили оборудование",
    "монтаж оборудования"); "закупили оборудование" stays a purchase."""
    return view.tokens[index].lemma in words.installed_only_nouns and _taken_directly_by(
        view, index, words.installing_words
    )


def _taken_directly_by(view: SentenceView, index: int, lemmas: frozenset[str]) -> bool:
    """The word's head is one of the lemmas and no preposition stands between them."""
    head = view.tokens[index].head
    return (
        0 <= head < len(view.tokens)
        and view.tokens[head].lemma in lemmas
        and not view.preposition(index)
    )


def _topic_of_other(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "программа по благоустройству дворовых территорий", "трудились по благоустройству
    дворовой территории": a work named after "по" is the topic of another word, told by
    that word (a programme) or in its details, not a claim of its own."""
    head = view.tokens[index].head
    return 0 <= head < len(view.tokens) and view.preposition(head) in words.topic_prepositions
