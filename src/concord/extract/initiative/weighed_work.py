"""Money for the work on a project told before.

A report tells a project ("Школу отремонтировали", "построили водопровод") and then what
the work cost: "На капитальный ремонт выделили 41 млн рублей", "На его сооружение выделено
3 млн". The work noun there names no thing of its own: it can only be the work just told,
so the money sentence restates that project instead of claiming a second one.
"""

from __future__ import annotations

from concord.analysis import AnalysedDocument, Sentence
from concord.claim import Claim
from concord.extract.initiative.words import InitiativeWords

_NOUNS = {"NOUN", "PROPN"}


def weighs_bare_work(
    sentence: Sentence,
    head: int,
    describing: frozenset[str],
    weighed: bool,
    words: InitiativeWords,
) -> bool:
    """Whether a claim's project is a work noun with no thing of its own ("на ремонт", "на
    её реконструкцию", "на капитальный ремонт") that money or land is for. A work on a
    named thing ("на ремонт школы") or a new one ("на строительство нового ФАПа") names
    its project and is judged as before."""
    token = sentence.tokens[head]
    if not weighed or token.lemma.lower() not in words.bare_work_nouns:
        return False
    if not describing <= words.work_manner_modifiers:
        return False
    return not any(
        sentence.tokens[child].pos in _NOUNS for child in sentence.dependents[head]
    )


def thing_named_between(
    analysed: AnalysedDocument, first: Claim, second: Claim, words: InitiativeWords
) -> bool:
    """Whether a sentence between two claims names a project's noun ("Знаменская школа
    открылась … возобновила работу Каменская школа … на реконструкцию выделили"): the bare
    work is then that thing's, which no claim told, not the earlier claim's."""
    return any(
        token.pos in _NOUNS and token.lemma.lower() in words.project_nouns
        for sentence in analysed.sentences
        if sentence.start >= first.evidence.end and sentence.end <= second.evidence.start
        for token in sentence.tokens
    )
