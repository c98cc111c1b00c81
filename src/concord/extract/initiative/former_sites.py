"""Facilities that appear on the site of something else.

Town news tell a new building by the place it replaces: "На месте старого рынка появится
спорткомплекс", "жилой комплекс может появиться на месте складов". A facility put where
another thing stood is built there, so it is new though bare ("спорткомплекс") and though no
town is named; a facility that only appears "в районе" may restate one told before and stays
under the other tests. The site must name what stood there (a genitive of its own): a bare
"на месте" is also "on the spot" ("на месте работают спасатели").
"""

from __future__ import annotations

from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def on_former_site(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """The verb (or the modal word whose infinitive it is) has an oblique "на месте X"
    whose site noun governs a genitive naming what stood there."""
    token = view.tokens[verb]
    heads = [verb]
    if token.relation == "xcomp" and 0 <= token.head < len(view.tokens):
        heads.append(token.head)  # "может появиться на месте складов"
    return any(
        view.tokens[child].relation == "obl"
        and view.tokens[child].lemma.lower() in words.former_site_nouns
        and view.preposition(child) in words.former_site_prepositions
        and any(
            view.tokens[c].relation == "nmod"
            and not view.preposition(c)
            and view.tokens[c].feats.get("Case") == "Gen"
            for c in view.children(child)
        )
        for head in heads
        for child in view.children(head)
    )
