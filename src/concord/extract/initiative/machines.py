"""Machines of diagnosis put into service (initiative62). Regional news tell a clinic's new
machine as a project of its own: "в больнице появился новый флюорограф", "поступил
томограф", "купила цифровую маммографическую систему", "на закупку
маммографов", and the batches' gold counts them.

Buying is supply elsewhere ("закупили оборудование", "купили автобусы"), so the noun must
name such a machine: a listed machine ("маммограф", "томограф"), or a general noun
("аппарат", "система") with a modifier of diagnosis ("аппарат компьютерной томографии");
equipment in general stays supply (tests/test_initiative46.py).
"""

from __future__ import annotations

from concord.extract.initiative.reading import verb_like
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView

# Relations in which a word of arrival or purchase takes the machine: what is bought
# ("купила систему"), what arrives ("появился флюорограф"), what was bought ("приобретен")
_TAKEN_RELATIONS = frozenset({"obj", "nsubj", "nsubj:pass"})


def machine_put_in_service(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The word of arrival, purchase or start of service taking a machine of diagnosis
    directly (no preposition between), or None."""
    if not _service_machine(view, index, words) or view.preposition(index):
        return None
    head = view.tokens[index].head
    if not 0 <= head < len(view.tokens) or view.tokens[head].lemma not in words.service_start_words:
        return None
    governor = view.tokens[head]
    relation = view.tokens[index].relation
    if verb_like(governor, words) and relation in _TAKEN_RELATIONS:
        return head
    if governor.pos == "NOUN" and relation == "nmod" and index > head:
        return head  # "покупка маммографа", "на закупку маммографических систем"
    return None


def _service_machine(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A listed machine, or a general noun with one of its modifiers ("ультразвуковой
    аппарат", "аппарат компьютерной томографии")."""
    token = view.tokens[index]
    if token.pos != "NOUN":
        return False
    if token.lemma in words.service_machine_nouns:
        return True
    modifiers = words.qualified_machine_nouns.get(token.lemma)
    return modifiers is not None and any(
        view.tokens[child].lemma in modifiers for child in view.children(index)
    )
