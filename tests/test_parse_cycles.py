"""The Russian parser picks each word's head on its own, so about one sentence in eight of
the devset holds a cycle of heads ("строительство" → "терминал" → "строительство"). Every
walk up the tree must stop at a word it has seen; these walks hung on such a sentence."""

from __future__ import annotations

from concord.analysis import Sentence, Token
from concord.extract.initiative.restated_projects import _weighed
from concord.extract.lexicons.ru import INITIATIVE


def _token(index: int, text: str, lemma: str, head: int, relation: str) -> Token:
    start = index * 20
    return Token(start, start + len(text), text, lemma, "NOUN", {}, head, relation)


def test_a_cycle_of_launching_nouns_ends_the_walk() -> None:
    tokens = [
        _token(0, "строительство", "строительство", 1, "nmod"),
        _token(1, "строительства", "строительство", 0, "nmod"),
        _token(2, "терминала", "терминал", 1, "nmod"),
    ]
    sentence = Sentence(0, 60, "строительство строительства терминала", tokens)
    assert _weighed(sentence, 2, INITIATIVE) is False
