"""Launches told through their work or their ceremony (english-initiatives2): "Construction
has begun on a wind farm" (the project hangs on the work's verb, not on the work noun) and
"the opening ceremony of the hospital took place", "held a ribbon-cutting ceremony for the
library" (the ceremony's modifier opens the project the ceremony is of or for). The words
are data (`work_on_prepositions`, `ceremony_nouns`, `ceremony_opening_words`,
`ceremony_prepositions`); a language that lists none gets no reading here.
"""

from __future__ import annotations

from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def work_on_project(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "Construction has begun on a wind farm", "finished construction on the farm": the
    launching noun that is the subject or object of the verb the project hangs on."""
    token = view.tokens[index]
    verb = token.head
    if (
        token.relation != "obl"
        or view.preposition(index) not in words.work_on_prepositions
        or not 0 <= verb < len(view.tokens)
        or view.tokens[verb].pos != "VERB"
    ):
        return None
    holders = [verb]  # "Construction is set to begin on …": the subject of the verb above
    if view.tokens[verb].relation == "xcomp" and 0 <= view.tokens[verb].head < len(view.tokens):
        holders.append(view.tokens[verb].head)
    return next(
        (
            child
            for holder in holders
            for child in view.children(holder)
            if child != index
            and view.tokens[child].pos == "NOUN"
            and view.tokens[child].relation.split(":")[0] in {"nsubj", "obj"}
            and view.tokens[child].lemma in words.launch_words
        ),
        None,
    )


def ceremony_opening(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "the opening ceremony of the hospital", "held a ribbon-cutting ceremony for the
    library": the ceremony's opening modifier launches the project after "of" or "for",
    whether the parser hangs that on the ceremony or on the verb holding it."""
    token = view.tokens[index]
    if view.preposition(index) not in words.ceremony_prepositions:
        return None
    head = token.head
    if not 0 <= head < len(view.tokens):
        return None
    ceremonies = (
        [head]
        if view.tokens[head].lemma in words.ceremony_nouns
        else [
            child
            for child in view.children(head)
            if view.tokens[child].relation == "obj"
            and view.tokens[child].lemma in words.ceremony_nouns
        ]
    )
    opening = words.ceremony_opening_words | words.launch_words
    return next(
        (
            child
            for ceremony in ceremonies
            for child in view.children(ceremony)
            if child < ceremony and view.tokens[child].lemma in opening
        ),
        None,
    )
