"""The annotated document that flows from nlp through extract into store."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter

from concord.claim import Claim, Entity, Mention, Span
from concord.document import Document


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    lemma: str
    pos: str  # Universal POS
    feats: dict[str, str]
    head: int  # index of the head token within the sentence, -1 for the root
    relation: str  # Universal Dependencies relation


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    tokens: list[Token]
    claimable: bool = True  # False for captions, credits, bylines, "read also" blocks

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    def token_indices(self, start: int, end: int) -> list[int]:
        """Indices of the tokens overlapping the character range [start, end)."""
        first = bisect_right(self.tokens, start, key=attrgetter("end"))
        return list(range(first, bisect_left(self.tokens, end, lo=first, key=attrgetter("start"))))


@dataclass(frozen=True)
class DateMention:
    """A date expression resolved to ISO with the precision the text gives ("2026", "2026-09")."""

    start: int
    end: int
    text: str
    value: str
    relation: str = "on"  # on, until (до 2028 года), since


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    amount: float | None
    unit: str  # currency code, "%" or the counted noun's lemma


ANALYSED = "analysed"


def not_analysed(language: str) -> str:
    """The status of a document no analyser reads: stored, searchable, without claims."""
    return f"not analysed: language {language}"


@dataclass
class AnalysedDocument:
    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    status: str = ANALYSED  # or not_analysed(language): stored as documents.status

    @property
    def analysed(self) -> bool:
        return self.status == ANALYSED
