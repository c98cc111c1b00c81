"""Signed documents: roadmaps, memoranda, agreements, with subject, parties and horizon.

The trigger is a document noun ("меморандум", "соглашение", "дорожная карта"), or a
reference word or pronoun standing for one named before. Its subject is the
prepositional phrase hanging from it ("по критически важным полезным ископаемым", "о
расширении партнерства"); parties are the entities inside that phrase or after "между",
or who signs it; the horizon is a "до YEAR" date in the same phrase; the signing date
comes from the sentence, or from a signing verb's sentence just before.

Read in this order: `words` (what a language gives), `extractor` (the order of reading),
`triggers` (which words name a document) with `document_names` and `filters` (nouns
naming no document of their own, documents only spoken of), `signing` (whether it was
signed), `sides` (the parties and signatories the sentence names) and `common_nouns`
(those a common noun stands for), `roles` (subject, dates, term, place), `terms` (a
document named for its terms) and `modality`. `reading` is what they all share.
"""

from __future__ import annotations

from concord.extract.agreement.extractor import extract
from concord.extract.agreement.words import AgreementWords

__all__ = ["AgreementWords", "extract"]
