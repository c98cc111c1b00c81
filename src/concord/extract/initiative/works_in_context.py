"""Works told in context: a report that already tells a work of a place (its headline or
an earlier sentence: "Благоустройство сквера", "идёт ремонт", "для прокладки трассы")
makes a fitting word on a thing of `context_fitted_nouns` a part of that work ("Разбиты 4
клумбы", "обновили арку", "установили видеокамеры"), and a thing called new that
"появится" there a thing fitted ("Новые контейнеры и фонари появятся").

Read alone, such a sentence may be anyone's upkeep or another sense of the verb
("разбить врага", "появился гость"), so these words count only where the report has
told a work before them. Each thing fitted is a claim of its own, as the gold counts it;
consolidation may group them with the work.
"""

from __future__ import annotations

from concord.extract.initiative.reading import called_new
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def work_told_before(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A word of a work of a place stands before the word: earlier in its sentence, or in
    an earlier sentence of the report (its headline among them). Raw lemmas are read, so
    no earlier sentence is parsed into a view again."""
    work_words = words.renovation_nouns | words.context_work_words
    own = set(view.ancestors(index))  # "замена арки": the word's own fitting is no context
    if any(
        token.lemma in work_words and position not in own
        for position, token in enumerate(view.tokens[:index])
    ):
        return True
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    return any(
        token.lemma in work_words for sentence in sentences[:position] for token in sentence.tokens
    )


def fitted_in_context(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """The word names a thing that fitting is a work only within a work told before, and
    is not the means of a work its own sentence tells ("благоустроили двор путём
    установки клумб": the yard's improvement is the one claim)."""
    return (
        view.tokens[index].lemma in words.context_fitted_nouns
        and not _means_of_work(view, index, words)
        and work_told_before(view, index, words)
    )


def _means_of_work(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A word of a work stands above the word's own fitting word in the tree."""
    work_words = words.renovation_nouns | words.context_work_words
    head = view.tokens[index].head
    if not 0 <= head < len(view.tokens):
        return False
    return any(view.tokens[above].lemma in work_words for above in view.ancestors(head))


def fits_in_context(view: SentenceView, governor: int, index: int, words: InitiativeWords) -> bool:
    """ "Разбиты 4 клумбы", "Новые контейнеры и фонари появятся": within a work told
    before, a laying-out word (`context_fitting_words`) fits a thing of
    `context_fitted_nouns` ("разбил окно" breaks a window), and an appearing word any
    fitted thing called new (the first of a list carries the adjective for all)."""
    lemma = view.tokens[governor].lemma
    if lemma in words.context_fitting_words:
        fitting = view.tokens[index].lemma in words.context_fitted_nouns
    else:
        fitting = lemma in words.appearing_verbs and _called_new(view, index, words)
    return fitting and work_told_before(view, index, words)


def accusative_subject(view: SentenceView, index: int) -> bool:
    """ "установили столбики ограждений": a noun the tagger read as accusative yet the
    parser hung as the subject is the verb's object (a subject is never accusative)."""
    token = view.tokens[index]
    return (
        token.relation == "nsubj"
        and token.feats.get("Case") == "Acc"
        and not view.preposition(index)
    )


def _called_new(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """The noun, or the first item of the list it is in, has a modifier of novelty."""
    seen = {index}
    word = index
    while True:
        if called_new(view, word, words):
            return True
        first = view.tokens[word].head
        if view.tokens[word].relation != "conj" or not 0 <= first < word or first in seen:
            return False
        seen.add(first)
        word = first
