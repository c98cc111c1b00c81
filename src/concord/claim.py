"""What the extract stage produces: typed claims with roles, modality and evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Modality(StrEnum):
    FACT = "fact"
    PLANNED = "planned"
    NEGATED = "negated"


# The value of a relation's "held" role when the report says it no longer holds ("бывший
# директор", "ранее принадлежал"): a past state, part of a timeline, never a conflict.
FORMER = "former"


@dataclass(frozen=True)
class Span:
    """Character offsets into Document.text, end exclusive."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A named entity as it appears in the text, with its nominative form."""

    start: int
    end: int
    text: str
    type: str  # PER, ORG, LOC, LOCORG
    normal: str
    entity: int = -1  # index into AnalysedDocument.entities


@dataclass
class Entity:
    """One person/organisation/place inside one document, with every way it was named."""

    type: str
    name: str  # canonical (longest nominative) form
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)


@dataclass(frozen=True)
class Argument:
    """One role value. `entity` points into AnalysedDocument.entities when the value is one."""

    role: str
    value: str
    span: Span | None = None
    entity: int | None = None

    def __post_init__(self) -> None:
        # Values are compared across outlets; non-breaking spaces and line wraps must not matter.
        object.__setattr__(self, "value", " ".join(self.value.split()))


@dataclass
class Claim:
    type: str
    arguments: list[Argument]
    evidence: Span  # the sentence the claim was read from
    modality: Modality = Modality.FACT

    def values(self, role: str) -> list[str]:
        return [argument.value for argument in self.arguments if argument.role == role]

    def first(self, role: str) -> Argument | None:
        """The claim's first argument in this role, if any."""
        return next((argument for argument in self.arguments if argument.role == role), None)

    def args(self) -> dict[str, list[str]]:
        grouped: dict[str, list[str]] = {}
        for argument in self.arguments:
            values = grouped.setdefault(argument.role, [])
            if argument.value not in values:
                values.append(argument.value)
        return grouped
