"""Who said what, when: direct and reported speech."""

from __future__ import annotations

from functools import partial

from rapidfuzz import fuzz

from concord.claimtype import ClaimType, Role, ValueKind
from concord.extract import statement
from concord.extract.lexicons import en, ru
from concord.fact import ClaimRecord, Fact
from concord.resolve.sameness import entity_keys

SAME_QUOTE = 85  # rapidfuzz token-set ratio: one quote retold with a few words changed


def same(fact: Fact, claim: ClaimRecord) -> bool:
    if not fact.entities("speaker") & claim.entities("speaker"):
        return False
    return any(
        fuzz.token_set_ratio(a.text, b.text) >= SAME_QUOTE
        for a in fact.values("quote")
        for b in claim.get("quote")
    )


SPEC = ClaimType(
    name="statement",
    labels={"ru": "заявление", "en": "statement"},
    roles=(
        Role("speaker", ValueKind.ENTITY, {"ru": "кто", "en": "speaker"}),
        Role("quote", ValueKind.TEXT, {"ru": "слова", "en": "quote"}),
        Role("date", ValueKind.DATE, {"ru": "дата", "en": "date"}),
    ),
    keys=entity_keys("speaker"),
    same=same,
    document_extractors={
        "ru": partial(statement.extract_document, words=ru.STATEMENT),
        "en": partial(statement.extract_document, words=en.STATEMENT),
    },
    date_roles=("date",),
    summary_roles=("speaker",),
)
