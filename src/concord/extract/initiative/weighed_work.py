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
from concord.extract.sentence_view import sentence_holding

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
    between = any(
        token.pos in _NOUNS and token.lemma.lower() in words.project_nouns
        for sentence in analysed.sentences
        if sentence.start >= first.evidence.end and sentence.end <= second.evidence.start
        for token in sentence.tokens
    )
    return between or _other_work_beside(analysed, first, words)


def _other_work_beside(analysed: AnalysedDocument, first: Claim, words: InitiativeWords) -> bool:
    """Whether the earlier claim's sentence tells another work outside its project ("откроют
    новый корпус, а в старых сделают капремонт … на капремонт выделит"): the money may be
    for that work, which no claim holds."""
    sentence = sentence_holding(analysed, first.evidence.start)
    kind = next((a for a in first.arguments if a.role == "kind" and a.span), None)
    if sentence is None or kind is None or kind.span is None:
        return False
    inside = set(sentence.token_indices(kind.span.start, kind.span.end))
    return any(
        token.pos in _NOUNS and token.lemma.lower() in words.bare_work_nouns
        for index, token in enumerate(sentence.tokens)
        if index not in inside
    )
