"""Typed claims from annotated sentences, one module per claim type.

Which extractors run is not decided here: each claim type's spec (`concord.claimtypes`)
names its extractor for each language, bound to that language's words
(`concord.extract.lexicons`), and the caller passes the registry in."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.claim import Claim
from concord.claimtype import ClaimTypes
from concord.extract.lexicons import LANGUAGES
from concord.extract.post_references import resolve_post_references
from concord.extract.restatements import fold_restatements
from concord.extract.sentence_view import SentenceView, reusing_views


def extract_claims(analysed: AnalysedDocument, types: ClaimTypes) -> list[Claim]:
    """Claims from every claimable sentence, plus those read from the whole document
    (quoted statements spanning paragraphs), each checked against its type's spec. Each
    sentence's view is built once for all the types that read it (`reusing_views`)."""
    with reusing_views():
        return _claims_of(analysed, types)


def _claims_of(analysed: AnalysedDocument, types: ClaimTypes) -> list[Claim]:
    language = analysed.document.language
    sentence_extractors = [
        spec.sentence_extractors[language]
        for spec in types.values()
        if language in spec.sentence_extractors
    ]
    document_extractors = [
        spec.document_extractors[language]
        for spec in types.values()
        if language in spec.document_extractors
    ]
    if not sentence_extractors and not document_extractors:
        return []
    if language not in LANGUAGES:
        raise ValueError(
            f"claim types have extractors for language {language!r} but "
            "concord.extract.lexicons has no words for it"
        )
    words = LANGUAGES[language]
    claims: list[Claim] = []
    for sentence in analysed.sentences:
        if not sentence.claimable:
            continue
        view = SentenceView.build(analysed, sentence, words.sentence)
        for extractor in sentence_extractors:
            claims.extend(extractor(view))
    for document_extractor in document_extractors:
        claims.extend(document_extractor(analysed))
    for claim in claims:
        types.validate(claim)
    claims = [claim for claim in claims if not types[claim.type].one_sided(claim)]
    restatements = {
        spec.name: spec.restatements[language]
        for spec in types.values()
        if language in spec.restatements
    }
    claims = fold_restatements(analysed, claims, restatements)
    claims = resolve_post_references(analysed, claims, words.post_references, types)
    for spec in types.values():
        settle = spec.settled.get(language)
        if settle is not None:
            own = [claim for claim in claims if claim.type == spec.name]
            kept = settle(analysed, own)
            claims = [claim for claim in claims if claim.type != spec.name] + kept
    claims.sort(key=lambda claim: (claim.evidence.start, claim.type))
    return claims
