"""The second of two bodies founded by one word ("создать министерство и инспекцию").

General news founds bodies in pairs: a decree "поручил создать Министерство X и
Государственную инспекцию Y", a governor "решил создать фонд и агентство". A body is
founded only by the word that governs it, and the parser hangs the second body on the
first as a conjunct, so the second was left unread; being a named organisation, it was even
taken as the first body's runner. A conjunct of a noun the founding word governs (as its
object, passive subject or bare genitive) is founded by that word too, and is no runner of
its partner: only a pair of single bodies (a longer list of plural nouns names kinds).
"""

from __future__ import annotations

from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView

# how the first founded noun hangs on its founding word
_FOUNDED_RELATIONS = {"obj", "nsubj:pass"}  # an active subject founds, is not founded


def joined_to_founded(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """Is `index` a body joined by "и" to a body the founding word `launcher` governs?"""
    first = _first_conjunct(view, index, words)
    if first is None or view.tokens[first].head != launcher:
        return False
    if view.tokens[launcher].lemma not in words.founding_words:
        return False
    if not (words.body(view.tokens[index].lemma) and words.body(view.tokens[first].lemma)):
        return False
    if not _one_pair(view, first, index):
        return False  # "создавались различные комиссии, советы и группы": kinds of bodies
    relation = view.tokens[first].relation
    genitive = view.tokens[launcher].pos == "NOUN" and view.bare_genitive(first)
    return relation in _FOUNDED_RELATIONS or genitive


def joined_bodies(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> set[int]:
    """The tokens of the bodies founded along with the body at `index` (its conjuncts, or
    its partner when it is the conjunct): each is a project, none runs the other."""
    first = _first_conjunct(view, index, words)
    head = index if first is None else first
    members = [head, *[c for c in view.children(head) if view.tokens[c].relation == "conj"]]
    found: set[int] = set()
    for member in members:
        if member == index:
            continue
        if member == head:
            if joined_to_founded(view, index, launcher, words):
                found.update(view.subtree(member, frozenset({"conj"})))
        elif joined_to_founded(view, member, launcher, words):
            found.update(view.subtree(member, frozenset({"conj"})))
    return found


def _one_pair(view: SentenceView, first: int, second: int) -> bool:
    """Two bodies, each one: a longer list or plural nouns name kinds of bodies
    ("комиссии, советы, комитеты и рабочие группы"), not the ones founded."""
    conjuncts = [c for c in view.children(first) if view.tokens[c].relation == "conj"]
    return conjuncts == [second] and all(
        view.tokens[position].feats.get("Number") != "Plur" for position in (first, second)
    )


def _first_conjunct(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The noun `index` is joined to, when it is a conjunct ("инспекцию" of
    "министерство и инспекцию"), else None."""
    token = view.tokens[index]
    if token.relation != "conj" or token.pos not in {"NOUN", "PROPN"}:
        return None
    head = token.head
    if not 0 <= head < len(view.tokens) or view.tokens[head].pos not in {"NOUN", "PROPN"}:
        return None
    if not any(
        view.tokens[c].relation == "cc" and view.tokens[c].lemma in words.body_joiners
        for c in view.children(index)
    ):
        return None
    return head
