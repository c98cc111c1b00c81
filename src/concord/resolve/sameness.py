"""The pieces claim types build their sameness rules from: does a role agree, does the
time agree, are the kinds one kind. Sameness is decided from participants,
organisations, places and time — never from wording."""

from __future__ import annotations

from collections.abc import Callable

from concord.fact import ClaimRecord, Fact, Value
from concord.knowledge.names import name_key
from concord.resolve.values import (
    GENERIC_KINDS,
    GENERIC_POSITIONS,
    dates_agree,
    days_apart,
    in_two_scripts,
    is_date,
    kind_head,
    same_kind_family,
    values_agree,
)

SAME_EVENT_DAYS = 14  # undated reports of one event appear within days of it


def role_agrees(fact: Fact, claim: ClaimRecord, role: str) -> bool:
    """Missing on either side counts as agreement; otherwise some value must agree."""
    mine, theirs = fact.values(role), claim.get(role)
    if not mine or not theirs:
        return True
    return any(values_agree(a, b) for a in mine for b in theirs)


def time_agrees(fact: Fact, claim: ClaimRecord, role: str) -> bool:
    """Explicit dates must agree; without them, reports must be close in publication time."""
    mine = [v.text for v in fact.values(role) if is_date(v.text)]
    theirs = [v.text for v in claim.get(role) if is_date(v.text)]
    if mine and theirs:
        # Relative dates resolved against publication can be a day off ("накануне" in a
        # story published after midnight): a day's gap is a conflict, not another event.
        return any(dates_agree(a, b) or (days_apart(a, b) or 99) <= 1 for a in mine for b in theirs)
    anchors_mine = mine or [c.published for c in fact.claims if c.published]
    anchors_theirs = theirs or ([claim.published] if claim.published else [])
    gaps = [days_apart(a, b) for a in anchors_mine for b in anchors_theirs]
    known = [gap for gap in gaps if gap is not None]
    return not known or min(known) <= SAME_EVENT_DAYS


def period(claim: ClaimRecord, role: str) -> str | None:
    """When a claim holds: the date it states, else the day it was published."""
    stated = [value.text for value in claim.get(role) if is_date(value.text)]
    return stated[0] if stated else claim.published


def same_period(first: ClaimRecord, second: ClaimRecord, role: str, days: int) -> bool:
    """Both claims' periods known and overlapping: stated dates that agree, or days at
    most `days` apart. Unknown time is no evidence of the same time."""
    mine, theirs = period(first, role), period(second, role)
    if mine is None or theirs is None:
        return False
    if dates_agree(mine, theirs):
        return True
    gap = days_apart(mine, theirs)
    return gap is not None and gap <= days


def dates_stated_on_both(fact: Fact, claim: ClaimRecord, role: str = "date") -> bool:
    mine = [v for v in fact.values(role) if is_date(v.text)]
    return bool(mine) and any(is_date(v.text) for v in claim.get(role))


def kinds_agree(fact: Fact, claim: ClaimRecord, allow_generic: bool) -> bool:
    mine = [kind_head(v.text) for v in fact.values("kind")]
    theirs = [kind_head(v.text) for v in claim.get("kind")]
    if not mine or not theirs or set(mine) & set(theirs):
        return True
    if any(same_kind_family(a, b) for a in mine for b in theirs):
        return True
    return allow_generic and bool(GENERIC_KINDS & (set(mine) | set(theirs)))


TOPIC_STEM = 5  # letters of a content word that name its topic: "энергетика" ~ "энергетического"


def topic_stems(text: str) -> set[str]:
    return {word[:TOPIC_STEM] for word in name_key(text).split() if len(word) > 3}


def topics_overlap(mine: list[Value], theirs: list[Value]) -> bool:
    """Two descriptions of a subject share a topic word, or one side gives none, or they
    are in two languages (their words cannot be compared)."""
    if any(in_two_scripts(a.text, b.text) for a in mine for b in theirs):
        return True
    stems_mine = set().union(*(topic_stems(v.text) for v in mine))
    stems_theirs = set().union(*(topic_stems(v.text) for v in theirs))
    return not stems_mine or not stems_theirs or bool(stems_mine & stems_theirs)


def people(values: list[Value]) -> set[int]:
    return {v.entity for v in values if v.entity is not None and v.entity_type == "PER"}


def entity_keys(*roles: str) -> Callable[[ClaimRecord], set[str]]:
    """Blocking on the entities of some roles: facts sharing one of them are compared."""

    def keys(claim: ClaimRecord) -> set[str]:
        return {f"e{e}" for role in roles for e in claim.entities(role)}

    return keys


def same_entities(*roles: str) -> Callable[[Fact, ClaimRecord], bool]:
    """The same entities in every one of these roles, and no disagreeing kind."""

    def same(fact: Fact, claim: ClaimRecord) -> bool:
        return all(
            fact.entities(role) and fact.entities(role) == claim.entities(role) for role in roles
        ) and role_agrees(fact, claim, "kind")

    return same


def position_values_agree(first: Value, second: Value) -> bool:
    """ "Глава" or "представитель" says less than a post, but not something else."""
    if values_agree(first, second):
        return True
    heads = {kind_head(first.text), kind_head(second.text)}
    return bool(heads & GENERIC_POSITIONS)


def kind_values_agree(first: Value, second: Value) -> bool:
    return kind_head(first.text) == kind_head(second.text) or values_agree(first, second)
