"""A military base a state stations abroad (initiative102). World news tells a new base
by the verb of stationing troops, not of building ("Россия планирует разместить вторую
военную базу в республике", "альянс развернёт авиабазу"); the base is a project the gold
counts beside troop withdrawals and deployments.

Only a military base is launched so: the noun is a base noun called military (or a base
noun that is military by itself, "авиабаза"), taken directly by a stationing verb (its
object, or the subject of its passive). "Разместить склад на базе" or "базу данных"
launch nothing.
"""

from __future__ import annotations

from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView

_TAKEN_RELATIONS = frozenset({"obj", "nsubj:pass"})


def stationed_base(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The stationing verb launching the military base the noun names, or None."""
    token = view.tokens[index]
    if token.relation not in _TAKEN_RELATIONS or view.preposition(index):
        return None
    military = token.lemma in words.military_base_nouns or (
        token.lemma in words.stationed_base_nouns
        and any(
            view.tokens[c].relation == "amod" and view.tokens[c].lemma in words.military_modifiers
            for c in view.children(index)
        )
    )
    if not military:
        return None
    head = token.head
    if 0 <= head < len(view.tokens) and view.tokens[head].lemma in words.troop_stationing_verbs:
        return head
    return None
