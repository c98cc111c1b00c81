"""Compounds the dictionary does not hold: "агропарк", "логопарк", "энергопарк". The
morphology reads such a word as a prefix before a word it knows; when that word is a
project noun, the compound names a project of its kind. A word the dictionary holds
whole ("автопарк", a company's cars) keeps its own sense and is not read so.
"""

from __future__ import annotations

from functools import lru_cache

from concord.extract.initiative.words import InitiativeWords
from concord.knowledge.morphology import parses

# the morphology's readers that split a word unknown as a whole into a prefix and a word
_PREFIX_READERS = frozenset({"KnownPrefixAnalyzer", "UnknownPrefixAnalyzer"})
_SHORTEST_PREFIX = 2  # "эко-", "агро-": one letter is no stem


def prefixed_project(lemma: str, words: InitiativeWords) -> bool:
    """A lemma read only as a prefix before a project noun ("агро" + "парк")."""
    head = _head_after_prefix(lemma)
    return head is not None and head in words.project_nouns and not _unfit_head(head, words)


def _unfit_head(head: str, words: InitiativeWords) -> bool:
    """Bodies, services and cooperation name no facility of the compound's kind."""
    return head in words.body_nouns or head in words.service_nouns or head in words.cooperation_nouns


@lru_cache(maxsize=100_000)
def _head_after_prefix(lemma: str) -> str | None:
    """The lemma of the known word after the prefix, if the morphology's first reading of
    the word is a prefix before a known word."""
    readings = parses(lemma.lower())
    if not readings:
        return None
    stack = readings[0].methods_stack
    if len(stack) != 2 or type(stack[-1][0]).__name__ not in _PREFIX_READERS:
        return None
    prefix = stack[-1][1]
    if len(prefix) < _SHORTEST_PREFIX:
        return None
    head_readings = parses(lemma.lower()[len(prefix):])
    return head_readings[0].normal_form if head_readings else None
