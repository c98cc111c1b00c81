"""Works told by how long they take (initiative107): "Строительство здания площадью 847 кв. м
заняло четыре месяца", "Реконструкция театра продлится 18 месяцев", "Капремонт школы
продлится до 29 августа". Regional news often tell a work only through its span, and the
sentence is then read as a figure or as nothing: the span is said of the work taking place,
as a cost is ("Строительство моста обойдётся в 4 млрд", `costs.told_by_its_cost`), not
something else said of it. A past span tells the work done, a span to come a work planned.
"""

from __future__ import annotations

from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def told_by_its_duration(view: SentenceView, top: int, words: InitiativeWords) -> bool:
    """The launching noun is the subject of a verb of lasting, not negated, that takes a
    span of time ("четыре месяца", "до 29 августа")."""
    token = view.tokens[top]
    verb = token.head
    if not (
        token.relation.startswith("nsubj")
        and 0 <= verb < len(view.tokens)
        and view.tokens[verb].lemma in words.duration_verbs
    ):
        return False
    children = [c for c in view.children(verb) if c != top]
    if any(view.tokens[c].lemma in words.negations for c in children):
        return False
    return any(
        view.preposition(c) in words.span_end_prepositions
        or any(view.tokens[i].lemma in words.duration_nouns for i in view.subtree(c))
        for c in children
        if view.tokens[c].pos in {"NOUN", "NUM", "ADJ"}
    )
