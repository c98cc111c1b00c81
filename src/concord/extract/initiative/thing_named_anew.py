"""A thing told again by a general noun and an adjective made from its own noun.

Regional news name a machine or a structure in the headline and come back to it in a cost
or purpose sentence by its class: "заменят маммограф" … "заменят маммографический
аппарат", "ремонт моста" … "ремонт мостового сооружения". The two heads differ, so the
restatement test that compares heads sees two projects; the adjective spells the first
noun, and then the general noun is that thing. A general noun with any other adjective
("новый аппарат") stays a thing of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from concord.extract.initiative.words import InitiativeWords

if TYPE_CHECKING:
    from concord.extract.initiative.restated_projects import ProjectWords

_SHORTEST_STEM = 4  # "мост": shorter nouns begin too many unrelated adjectives
_STEM_VOWELS = "аяоеиыуюь"  # a case ending left on a lemma ("маммографа")


def named_by_adjective(
    earlier: ProjectWords, later: ProjectWords, words: InitiativeWords
) -> tuple[set[str], set[str]] | None:
    """The two descriptions to compare when one project is a general noun whose adjective
    is made from the other's noun ("маммографическая система" for "маммограф"), that
    adjective taken as the noun itself; None when neither is."""
    for general, specific, flip in ((later, earlier, False), (earlier, later, True)):
        if general.head not in words.thing_class_nouns or specific.head == general.head:
            continue
        spelt = {word for word in general.describing if _made_from(word, specific.head)}
        if spelt:
            pair = (set(specific.describing), set(general.describing) - spelt)
            return (pair[1], pair[0]) if flip else pair
    return None


def _made_from(adjective: str, noun: str) -> bool:
    """Whether the adjective is made from the noun: it begins with the noun's stem
    ("маммографический" from "маммограф", "мостовой" from "мост")."""
    stem = noun[:-1] if len(noun) > _SHORTEST_STEM and noun[-1] in _STEM_VOWELS else noun
    return len(stem) >= _SHORTEST_STEM and adjective != noun and adjective.startswith(stem)
