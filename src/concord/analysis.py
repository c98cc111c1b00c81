"""The annotated document that flows from nlp through extract into store."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass, field
from functools import cached_property
from operator import attrgetter
from typing import Any

from concord.claim import Argument, Claim, Entity, Mention, Modality, Span
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

    @cached_property
    def dependents(self) -> list[list[int]]:
        """Each token's dependents in sentence order, built once: asking per mention by
        scanning the sentence would make long sentences quadratic."""
        found: list[list[int]] = [[] for _ in self.tokens]
        for index, token in enumerate(self.tokens):
            if 0 <= token.head < len(self.tokens) and token.head != index:
                found[token.head].append(index)
        return found

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

    @property
    def is_money(self) -> bool:
        """An amount in a currency: its unit is an ISO code ("GBP"), where other units
        are "%", "share" or a counted noun's lemma."""
        return len(self.unit) == 3 and self.unit.isascii() and self.unit.isupper()


ANALYSED = "analysed"


def not_analysed(language: str) -> str:
    """The status of a document no analyser reads: stored, searchable, without claims."""
    return f"not analysed: language {language}"


TOO_LONG = "not analysed: too long"  # over the pipeline's analysis budget: stored unread


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

    def to_json(self) -> dict[str, Any]:
        """Everything read from the document as plain lists and dicts (`json.dumps` takes
        it as is). Offsets count code points into `document.text`, end exclusive;
        `mentions[i].entity` and a claim argument's `entity` index `entities`."""
        return {
            "document": asdict(self.document),
            "status": self.status,
            "sentences": [
                {
                    "start": sentence.start,
                    "end": sentence.end,
                    "text": sentence.text,
                    "claimable": sentence.claimable,
                    "tokens": [asdict(token) for token in sentence.tokens],
                }
                for sentence in self.sentences
            ],
            "mentions": [asdict(mention) for mention in self.mentions],
            "entities": [
                {
                    "type": entity.type,
                    "name": entity.name,
                    "aliases": sorted(entity.aliases),
                    "mentions": [asdict(mention) for mention in entity.mentions],
                }
                for entity in self.entities
            ],
            "dates": [asdict(date) for date in self.dates],
            "quantities": [asdict(quantity) for quantity in self.quantities],
            "claims": [
                {
                    "type": claim.type,
                    "modality": str(claim.modality),
                    "arguments": [asdict(argument) for argument in claim.arguments],
                    "evidence": asdict(claim.evidence),
                }
                for claim in self.claims
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AnalysedDocument:
        """The inverse of `to_json`: `from_json(a.to_json()) == a`."""

        def span(value: dict[str, Any] | None) -> Span | None:
            return None if value is None else Span(**value)

        return cls(
            document=Document(**data["document"]),
            sentences=[
                Sentence(
                    start=sentence["start"],
                    end=sentence["end"],
                    text=sentence["text"],
                    claimable=sentence["claimable"],
                    tokens=[Token(**token) for token in sentence["tokens"]],
                )
                for sentence in data["sentences"]
            ],
            mentions=[Mention(**mention) for mention in data["mentions"]],
            entities=[
                Entity(
                    type=entity["type"],
                    name=entity["name"],
                    aliases=set(entity["aliases"]),
                    mentions=[Mention(**mention) for mention in entity["mentions"]],
                )
                for entity in data["entities"]
            ],
            dates=[DateMention(**date) for date in data["dates"]],
            quantities=[Quantity(**quantity) for quantity in data["quantities"]],
            claims=[
                Claim(
                    type=claim["type"],
                    modality=Modality(claim["modality"]),
                    evidence=Span(**claim["evidence"]),
                    arguments=[
                        Argument(**{**argument, "span": span(argument["span"])})
                        for argument in claim["arguments"]
                    ],
                )
                for claim in data["claims"]
            ],
            status=data.get("status", ANALYSED),
        )
