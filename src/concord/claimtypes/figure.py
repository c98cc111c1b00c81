"""A number the text states: an amount, its unit, what it counts, when."""

from __future__ import annotations

from concord.claimtype import ClaimType, Role, ValueKind, different_reports
from concord.extract import figure
from concord.fact import ClaimRecord, Fact
from concord.knowledge.concepts import measure_concept, russian_measure
from concord.knowledge.transliteration import is_latin
from concord.resolve.sameness import SAME_EVENT_DAYS, role_agrees, same_period
from concord.resolve.values import kind_head


def filed_measure(measure: str) -> str:
    """An English measure the concept table knows is filed under its Russian wording
    ("trade" -> "товарооборот"), so figures in both languages meet."""
    concept = measure_concept(measure) if is_latin(measure) else None
    return russian_measure(concept) if concept else measure


def keys(claim: ClaimRecord) -> set[str]:
    units = [v.text for v in claim.get("unit")]
    return {
        f"m{kind_head(filed_measure(v.text))}:{units[0] if units else ''}"
        for v in claim.get("measure")
    }


def one_period(first: ClaimRecord, second: ClaimRecord) -> bool:
    """Two reports of a figure for the same period: the dates they state agree, or
    without one, they were published within days of each other."""
    return different_reports(first, second) and same_period(first, second, "date", SAME_EVENT_DAYS)


def same(fact: Fact, claim: ClaimRecord) -> bool:
    """The same measure in the same unit, for a period both sides establish: a number in
    an undated text cannot be matched with another text's."""
    return (
        role_agrees(fact, claim, "unit")
        and bool(fact.values("measure"))
        and role_agrees(fact, claim, "measure")
        and all(c.document == claim.document or one_period(c, claim) for c in fact.claims)
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
    sentence_extractors={"ru": figure.extract, "en": figure.extract},
    conflict_roles=("quantity",),
    comparable=one_period,
    date_roles=("date",),
    summary_roles=("measure",),
)
