"""A number the text states: an amount, its unit, what it counts, when."""

from __future__ import annotations

from concord.claimtype import ClaimType, Role, ValueKind
from concord.extract import figure
from concord.fact import ClaimRecord, Fact
from concord.resolve.sameness import role_agrees, time_agrees
from concord.resolve.values import kind_head


def keys(claim: ClaimRecord) -> set[str]:
    units = [v.text for v in claim.get("unit")]
    return {f"m{kind_head(v.text)}:{units[0] if units else ''}" for v in claim.get("measure")}


def same(fact: Fact, claim: ClaimRecord) -> bool:
    return (
        role_agrees(fact, claim, "unit")
        and bool(fact.values("measure"))
        and role_agrees(fact, claim, "measure")
        and time_agrees(fact, claim, "date")
    )


SPEC = ClaimType(
    name="figure",
    labels={"ru": "цифра", "en": "figure"},
    roles=(
        Role("quantity", ValueKind.NUMBER, {"ru": "величина", "en": "quantity"}),
        Role("unit", ValueKind.TEXT, {"ru": "единица", "en": "unit"}),
        Role("measure", ValueKind.TEXT, {"ru": "что измеряется", "en": "measure"}),
        Role("date", ValueKind.DATE, {"ru": "дата", "en": "date"}),
    ),
    keys=keys,
    same=same,
    sentence_extractors={"ru": figure.extract},
    conflict_roles=("quantity",),
    date_roles=("date",),
    summary_roles=("measure",),
)
