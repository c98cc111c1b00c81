"""The kind that makes a qualified noun a project (initiative72).

A noun such as "зона" names a project only with a word of its kind. Besides a listed
adjective ("рекреационная зона"), the kind is told by a compound adjective whose last part
is a listed one ("спортивно-парковая", "спортивнопарковая зона"), and by the purpose the
place serves, in the bare genitive or after a preposition of purpose ("зона отдыха", "зона
для отдыха и спорта"); "зона ответственности", "зона затопления" stay no project.
"""

from __future__ import annotations

from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def kind_adjective(lemma: str, kinds: frozenset[str], words: InitiativeWords) -> bool:
    """A listed adjective of the kind, alone or as the last part of a compound joined by a
    hyphen or a linking vowel after a stem of three letters or more."""
    if lemma in kinds:
        return True
    for kind in kinds:
        stem = lemma[: -len(kind)]
        if not lemma.endswith(kind) or len(stem) < 4:
            continue
        if stem.endswith("-") or stem[-1] in words.linking_vowels:
            return True
    return False


def purpose_of_kind(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A listed purpose the noun serves: its bare genitive or its "для" phrase, or a
    purpose coordinated with one ("для отдыха и спорта")."""
    purposes = words.qualified_project_purposes.get(view.tokens[index].lemma)
    if not purposes:
        return False
    for child in view.children(index):
        token = view.tokens[child]
        if token.relation != "nmod" or token.lemma not in purposes:
            continue
        preposition = view.preposition(child)
        if not preposition or preposition in words.thing_purpose_prepositions:
            return True
    return False
