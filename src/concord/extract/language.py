"""What every extractor of one language shares, beside its own claim type's words."""

from __future__ import annotations

from dataclasses import dataclass

from concord.extract.post_references import PostReferenceWords
from concord.extract.sentence_view import SentenceWords


@dataclass(frozen=True)
class LanguageWords:
    sentence: SentenceWords  # negation and modality, read by every sentence view
    post_references: PostReferenceWords  # read once all of a report's claims are in
