"""What resolution works on: claims as stored (values tied to global entities), the facts
they are filed under, and the disagreements found inside a fact."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Value:
    """One argument value as the resolver sees it: text, and the global entity if any."""

    text: str
    entity: int | None = None
    entity_type: str | None = None  # PER, ORG, LOC, LOCORG


@dataclass
class ClaimRecord:
    id: int
    type: str
    document: str
    published: str | None
    args: dict[str, list[Value]]
    modality: str = "fact"
    headline: bool = False  # read from the title, which restates the story

    def get(self, role: str) -> list[Value]:
        return self.args.get(role, [])

    def entities(self, role: str) -> set[int]:
        return {v.entity for v in self.get(role) if v.entity is not None}


@dataclass
class Fact:
    id: int
    type: str
    claims: list[ClaimRecord] = field(default_factory=list)

    def values(self, role: str) -> list[Value]:
        found: list[Value] = []
        for claim in self.claims:
            for value in claim.get(role):
                if value not in found:
                    found.append(value)
        return found

    def entities(self, role: str) -> set[int]:
        return {v.entity for v in self.values(role) if v.entity is not None}


@dataclass
class Conflict:
    fact: int
    type: str
    role: str
    groups: list[list[tuple[Value, ClaimRecord]]]  # each group: values that agree
