"""A first stone or a time capsule laid "в основание" of a project (initiative120).

Wire news tell a ceremony: "принял участие в церемонии закладки первого камня в основание
нового завода", "прошла церемония закладки капсулы в основание будущего моста". The parser
hangs "в основание X" on the ceremony or on the verb of taking part, not on the laying
word, so the project under "основание" had no launching word. The laying word of a stone
or capsule in the same chain launches it (the ceremony's tense gives its modality).
"""

from __future__ import annotations

from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def _ancestors(view: SentenceView, index: int) -> set[int]:
    """The token and every head above it."""
    seen: set[int] = set()
    while 0 <= index < len(view.tokens) and index not in seen:
        seen.add(index)
        index = view.tokens[index].head
    return seen


def laid_in_foundation(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The laying word of a stone or capsule laid "в основание" of the noun, or None."""
    token = view.tokens[index]
    base = token.head
    if token.feats.get("Case") != "Gen" or not 0 <= base < len(view.tokens):
        return None
    if view.tokens[base].lemma not in words.foundation_bases or view.preposition(base) != "в":
        return None
    for stone, candidate in enumerate(view.tokens):
        layer = candidate.head
        if (
            candidate.lemma in words.foundation_nouns
            and 0 <= layer < len(view.tokens)
            and view.tokens[layer].lemma in words.laying_words
            and view.tokens[base].head in _ancestors(view, stone)
        ):
            return layer
    return None
