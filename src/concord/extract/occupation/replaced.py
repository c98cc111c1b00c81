"""occupation47: the one replaced ("стал директором школы вместо X").

A name after a preposition of replacing is the one whose place the subject takes: it holds
none of the posts told around it and is no part of the post's phrase, though the parse
often hangs it on the post ("представителем президента … вместо X") or on the post's
place ("директором школы вместо X"). A post said inside the phrase ("вместо ушедшего
губернатора X") is still that person's own.
"""

from __future__ import annotations

from concord.extract.occupation.words import OccupationWords
from concord.extract.sentence_view import SentenceView


def opens_replaced(view: SentenceView, index: int, words: OccupationWords) -> bool:
    """The word heads a phrase of the one replaced: its preposition is one of replacing."""
    return bool(words.replacing_prepositions) and any(
        view.tokens[c].relation == "case"
        and view.tokens[c].lemma.lower() in words.replacing_prepositions
        for c in view.children(index)
    )


def replaced_words(view: SentenceView, root: int, words: OccupationWords) -> set[int]:
    """The words under `root` that tell the one replaced (each such phrase whole)."""
    found: set[int] = set()
    for index in view.subtree(root):
        if index not in found and opens_replaced(view, index, words):
            found.update(view.subtree(index))
    return found


def replaced_between(view: SentenceView, post: int, name: int, words: OccupationWords) -> bool:
    """A preposition of replacing stands between a post and the name after it: "стал
    представителем президента в округе вместо X" — the post is not X's."""
    return any(
        view.tokens[i].lemma.lower() in words.replacing_prepositions
        for i in range(post + 1, name)
    )
