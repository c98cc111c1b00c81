"""Inside one fact: which roles the sources disagree on, and the merged picture."""

from __future__ import annotations

from collections.abc import Mapping

from concord.claimtype import ClaimType
from concord.fact import ClaimRecord, Conflict, Fact, Value
from concord.resolve.values import values_agree


def conflicts(fact: Fact, claim_type: ClaimType) -> list[Conflict]:
    """Roles where supporting claims give values that cannot all be true."""
    found = []
    for role in claim_type.conflict_roles:
        agree = claim_type.agreement.get(role, values_agree)
        groups: list[list[tuple[Value, ClaimRecord]]] = []
        group_of: dict[Value, list[tuple[Value, ClaimRecord]]] = {}  # values seen, compared once
        for claim in fact.claims:
            for value in claim.get(role):
                group = group_of.get(value) or next(
                    (g for g in groups if all(agree(value, other) for other, _ in g)), None
                )
                if group is None:
                    group = []
                    groups.append(group)
                group.append((value, claim))
                group_of[value] = group
        if _contradicting(groups, claim_type):
            found.append(Conflict(fact.id, fact.type, role, groups))
    return found


def _contradicting(groups: list[list[tuple[Value, ClaimRecord]]], claim_type: ClaimType) -> bool:
    """Two groups of values disagree only where a claim of one and a claim of the other
    could speak of the same thing at the same time (ClaimType.comparable)."""
    return any(
        claim_type.comparable(first, second)
        for index, group in enumerate(groups)
        for other in groups[index + 1 :]
        for _, first in group
        for _, second in other
    )


def merged_values(fact: Fact, role: str) -> list[Value]:
    """One value per group of agreeing values: of each group the one naming an entity,
    else the most precise."""
    groups: list[list[Value]] = []
    for value in fact.values(role):
        group = next((g for g in groups if all(values_agree(value, other) for other in g)), None)
        if group is None:
            groups.append([value])
        else:
            group.append(value)
    # an entity's value first (it shows as the entity's name), then the longest wording
    return [
        max(group, key=lambda v: (v.entity is not None, len(v.text), v.text)) for group in groups
    ]


def merged_args(fact: Fact, entity_names: Mapping[int, str] | None = None) -> dict[str, list[str]]:
    """Each role's merged values as text; an entity is shown by its canonical name when
    `entity_names` gives it, so that reports in two languages or two spellings of one
    person show one name ("Нурлан Токтосунов", not "Toktosunov")."""
    names = entity_names or {}
    roles: list[str] = []
    for claim in fact.claims:
        roles.extend(role for role in claim.args if role not in roles)
    merged: dict[str, list[str]] = {}
    for role in roles:
        shown: list[str] = []
        for value in merged_values(fact, role):
            text = names.get(value.entity, value.text) if value.entity is not None else value.text
            if text not in shown:
                shown.append(text)
        merged[role] = shown
    return merged
