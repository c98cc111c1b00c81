"""Outlets of a chain that appear one after another.

Retail news count a chain's shops as they open: "Очередной супермаркет сети появился в
торговом центре", "Первый магазин сети в Клину появился в торговом центре". An outlet
called the next or the first one appears as new as one called new ("появился новый
магазин"), though no runner is named in the sentence; a shop that only stands somewhere
("в торговом центре есть магазин") has no word of appearing and stays out.
"""

from __future__ import annotations

from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def one_more_outlet(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """An outlet noun ("магазин", "супермаркет") with an adjective of sequence of its own
    ("очередной", "первый")."""
    if view.tokens[index].lemma.lower() not in words.outlet_nouns:
        return False
    return any(
        view.tokens[child].relation == "amod"
        and view.tokens[child].lemma.lower() in words.sequence_modifiers
        for child in view.children(index)
    )
