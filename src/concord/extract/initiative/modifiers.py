"""A project noun that only modifies another noun: "hospital staff", "the joint venture
company", "the school's campus" name who or what the head noun belongs to; what is
launched, if anything, is the head ("the school's campus" is built, not the school).

Read from the relations English uses for such modifiers (`compound`, `nmod:poss`); a
head that is itself a launch ("railway construction", "the plant's construction") keeps
its modifier as the project, and a compound before another project noun ("gas pipeline
project", "metro station") is left to the kind, which takes both words.
"""

from __future__ import annotations

from concord.extract.initiative.projects import is_project
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView

_COMPOUND = "compound"
_POSSESSOR = "nmod:poss"


def modifies_another_noun(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """The project noun is a possessor of a noun that launches nothing ("the school's
    campus"), or a compound of a subject that is no project ("hospital staff opened a
    clinic" launches the clinic, not the hospital)."""
    token = view.tokens[index]
    head = token.head
    if token.relation not in {_COMPOUND, _POSSESSOR} or not 0 <= head < len(view.tokens):
        return False
    governor = view.tokens[head]
    if governor.pos not in {"NOUN", "PROPN"} or words.launches(governor.lemma, governor.pos):
        return False
    if token.relation == _POSSESSOR:
        return True
    # "the joint venture company will establish …" is the runner; "establish a joint
    # venture company" launches the company the compound names
    return governor.relation.startswith("nsubj") and not is_project(view, head, words)
