"""Typed claims from annotated sentences, one module per claim type."""

from __future__ import annotations

from collections.abc import Callable

from concord.analysis import AnalysedDocument
from concord.claim import Claim
from concord.extract import (
    agreement,
    deal,
    figure,
    initiative,
    meeting,
    occupation,
    ownership,
    statement,
)
from concord.extract.post_references import resolve_post_references
from concord.extract.sentence_view import SentenceView

SENTENCE_EXTRACTORS: dict[str, Callable[[SentenceView], list[Claim]]] = {
    "occupation": occupation.extract,
    "meeting": meeting.extract,
    "deal": deal.extract,
    "ownership": ownership.extract,
    "agreement": agreement.extract,
    "initiative": initiative.extract,
    "figure": figure.extract,
}


def extract_claims(analysed: AnalysedDocument) -> list[Claim]:
    """Claims from every claimable sentence, plus quoted statements that span paragraphs."""
    claims: list[Claim] = []
    for sentence in analysed.sentences:
        if not sentence.claimable:
            continue
        view = SentenceView.build(analysed, sentence)
        for extractor in SENTENCE_EXTRACTORS.values():
            claims.extend(extractor(view))
    claims.extend(statement.extract_document(analysed))
    claims = resolve_post_references(analysed, claims)
    claims.sort(key=lambda claim: (claim.evidence.start, claim.type))
    return claims
