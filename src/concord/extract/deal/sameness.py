"""When two names are one side: the same entity, one the other's initials, or one the other with its state's name after it.

A report names a side twice in one sentence ("«Уральская горная компания» (УГК)") and
again in the next ones; the deal lists it once, and a pronoun or common noun never stands
for a side already named.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.knowledge.gazetteer import is_state_in_any_case


def one_mention_each(mentions: list[Mention]) -> list[Mention]:
    """A side named twice in the sentence is one side: the same entity, its initials
    ("«Уральская горная компания» (УГК)") or its name with its country ("Сбербанк" and
    "Сбербанк России")."""
    seen: set[int | str] = set()
    kept: list[Mention] = []
    for mention in mentions:
        key: int | str = mention.entity if mention.entity >= 0 else mention.normal
        if key in seen or any(same_organisation(mention.normal, m.normal) for m in kept):
            continue
        seen.add(key)
        kept.append(mention)
    return kept


def same_organisation(one: str, other: str) -> bool:
    """Whether two names are one organisation: one the initials of the other, or one the
    other with a state's name after it."""
    if acronym_of(one, other) or acronym_of(other, one):
        return True
    shorter, longer = sorted((one.split(), other.split()), key=len)
    rest = longer[len(shorter) :]
    return (
        bool(shorter)
        and bool(rest)
        and longer[: len(shorter)] == shorter
        and is_state_in_any_case(" ".join(rest))
    )


def acronym_of(short: str, full: str) -> bool:
    """Whether a name is the initials of another ("ФАС", "Федеральная антимонопольная
    служба"): the same side named twice."""
    initials = "".join(word[0] for word in full.split() if word[0].isalpha())
    return short.isupper() and len(short) > 1 and short.lower() == initials.lower()


def side_keys(sides: list[Mention]) -> set[int | str]:
    """What the sides found so far are known by: their entities and their normal forms."""
    return {m.entity for m in sides if m.entity >= 0} | {m.normal for m in sides}


def known_by(mention: Mention, keys: set[int | str]) -> bool:
    """Whether the name is one of the sides `keys` were taken from (see side_keys)."""
    return mention.entity in keys or mention.normal in keys
