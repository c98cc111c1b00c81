"""A claim type as one declared spec, and the registry that holds them.

Everything that varies by claim type — its roles and what kind of value each takes, the
extractor for each language, how its claims are filed and compared, which roles can
disagree, which state its date, its labels in the interface, its benchmark counterpart —
is one `ClaimType`. The pipeline, the consolidation engine, the store and the web read
these specs instead of keeping tables of their own, so adding a type is adding one
module (see `concord.claimtypes`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from concord.claim import Argument, Claim
from concord.fact import ClaimRecord, Fact, Value

if TYPE_CHECKING:  # annotations only: the model layer does not import the stages
    from concord.analysis import AnalysedDocument


class ValueKind(StrEnum):
    ENTITY = "entity"  # a person, organisation or place: compared by resolved identity
    DATE = "date"  # ISO, as precise as the text ("2026", "2026-09", "2026-02-26")
    NUMBER = "number"
    TEXT = "text"  # words of the text, compared by their content words


@dataclass(frozen=True)
class Role:
    name: str
    kind: ValueKind
    labels: Mapping[str, str]  # interface language -> label
    many: bool = False  # participants[], parties[]: several values are several things
    # a value of a closed set shown in the interface language ("former" -> "в прошлом")
    value_labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


# What a spec plugs in: an extractor reads claims from a sentence (or a whole document),
# already bound to its language's words (`functools.partial(extract, words=ru.MEETING)`),
# `keys` files a claim for blocking, `same` decides whether a claim is about a fact.
SentenceExtractor = Callable[[Any], list[Claim]]  # takes an extract.SentenceView
DocumentExtractor = Callable[["AnalysedDocument"], list[Claim]]
BlockingKeys = Callable[[ClaimRecord], set[str]]
Sameness = Callable[[Fact, ClaimRecord], bool]
Agreement = Callable[[Value, Value], bool]
# Does a later claim of one report (the third argument) tell the thing of an earlier one
# (the second) again? Restatements are folded into the first report.
Restates = Callable[["AnalysedDocument", Claim, Claim], bool]
# What a type's claims keep once the report's post references are resolved (meeting35)
Settle = Callable[["AnalysedDocument", list[Claim]], list[Claim]]
# Could two claims contradict each other at all: two reports, speaking of the same time.
Comparable = Callable[[ClaimRecord, ClaimRecord], bool]
# How one fact relates to another of its type ("part_of"), or None.
Link = Callable[[Fact, Fact], str | None]


def different_reports(first: ClaimRecord, second: ClaimRecord) -> bool:
    """One report never contradicts itself: two values in one text ("50 % и 30 %
    скидку", "председатель … судья") are two things, or two roles, not a disagreement."""
    return first.document != second.document


@dataclass(frozen=True)
class Benchmark:
    """How claims of this type answer a benchmark's fact type (FactRuEval track 3)."""

    fact_type: str
    roles: Mapping[str, str]  # our role -> the benchmark's role
    # our role -> {our value: the benchmark's label}, where the benchmark has no label of
    # its own for a value Concord tells apart ("контракт" is one of its "услуги")
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # the fewest arguments of one role a benchmark fact has: the benchmark annotates deals
    # between parties, so "X оштрафовали" (who fined X is not told) is Concord's claim only
    least: Mapping[str, int] = field(default_factory=dict)
    # role -> values whose claims answer no benchmark fact: FactRuEval's ownership is a
    # present one, so a former owner ("ранее принадлежал Y") is Concord's claim only
    left_out: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def answers(self, claim: Claim) -> bool:
        """Whether the claim answers a fact of this type at all, in either shape."""
        return not any(set(claim.values(role)) & values for role, values in self.left_out.items())


@dataclass(frozen=True)
class ClaimType:
    name: str
    labels: Mapping[str, str]
    roles: tuple[Role, ...]
    keys: BlockingKeys
    same: Sameness
    sentence_extractors: Mapping[str, SentenceExtractor] = field(default_factory=dict)
    document_extractors: Mapping[str, DocumentExtractor] = field(default_factory=dict)
    # per language: when a report returns to a thing it told already (extract.restatements)
    restatements: Mapping[str, Restates] = field(default_factory=dict)
    # per language: run on the type's claims after post references are resolved
    # (extract.post_references): a side still written as a post's office goes (meeting35)
    settled: Mapping[str, Settle] = field(default_factory=dict)
    # extract.post_references: whether a side written as a post ("с министром") is put in
    # for the post's one holder in the report; an occupation's post is its own value
    resolves_posts: bool = True
    # whether the type's sides are people, not the bodies they head (meeting37): only then
    # does a company in quotes after a post ("с гендиректором «Северстали»") stand for its
    # holder, and a counterpart noun ("с его немецким коллегой") name one person
    people_sided: bool = False
    conflict_roles: tuple[str, ...] = ()
    # Roles whose values must agree for a conflict; those not named use the default rule.
    agreement: Mapping[str, Agreement] = field(default_factory=dict)
    # Which claims' disagreement is a conflict (by default: any two reports).
    comparable: Comparable = different_reports
    link: Link | None = None  # facts of this type related to others, e.g. part_of a summit
    date_roles: tuple[str, ...] = ()  # the roles that date the thing itself, first wins
    summary_roles: tuple[str, ...] = ()  # what a one-line summary of a fact shows
    # The roles naming a relation's sides (owner and property, a deal's parties): a claim
    # whose sides all name one entity relates a body to itself and is no claim.
    side_roles: tuple[str, ...] = ()
    benchmark: Benchmark | None = None

    def __post_init__(self) -> None:
        names = {role.name for role in self.roles}
        roles = (self.conflict_roles, self.date_roles, self.summary_roles, self.side_roles)
        for group in (*roles, self.agreement):
            unknown = set(group) - names
            if unknown:
                raise ValueError(f"claim type {self.name}: unknown roles {sorted(unknown)}")
        if self.benchmark and set(self.benchmark.roles) - names:
            raise ValueError(f"claim type {self.name}: benchmark maps unknown roles")

    @property
    def role_names(self) -> tuple[str, ...]:
        return tuple(role.name for role in self.roles)

    def role(self, name: str) -> Role:
        for role in self.roles:
            if role.name == name:
                return role
        raise KeyError(f"claim type {self.name} has no role {name!r}")

    def problems(self, claim: Claim) -> list[str]:
        """What makes a claim invalid for this spec: an empty list when it is valid."""
        found = [] if claim.type == self.name else [f"type {claim.type!r} is not {self.name!r}"]
        names = set(self.role_names)
        found += [
            f"{self.name}: unknown role {argument.role!r}"
            for argument in claim.arguments
            if argument.role not in names
        ]
        return found

    def one_sided(self, claim: Claim, identities: Sequence[int] | None = None) -> bool:
        """Two or more sides that are all one entity: "Белорусского промышленного банка
        (Белпромбанк)" read as the bank owning itself, a deal of a company with itself.
        `identities` are the stored ids of the document's entities, where two names the
        report kept apart may be one organisation once matched across reports."""
        sides = [a for a in claim.arguments if a.role in self.side_roles]
        named = {
            a.value.lower()
            if a.entity is None
            else (a.entity if identities is None else identities[a.entity])
            for a in sides
        }
        return len(sides) > 1 and len(named) == 1 and not _one_name_twice(sides)

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.name

    def role_label(self, role: str, language: str) -> str:
        known = {r.name: r for r in self.roles}.get(role)
        return (known.labels.get(language) if known else None) or role

    def value_label(self, role: str, value: str, language: str) -> str:
        """A value of a closed set in the interface language; any other value as it is."""
        known = {r.name: r for r in self.roles}.get(role)
        labels = known.value_labels.get(value, {}) if known else {}
        return labels.get(language) or value


_APPOSITION_GAP = 3  # characters between a name and another it is given: " (", ", «"


def _one_name_twice(sides: Sequence[Argument]) -> bool:
    """Sides the document reads as one entity but names at two places apart ("холдинг
    «Заря» … телеканал «Заря»"): two bodies of one name, a holding and its channel. A name
    given beside the other ("банка (Белпромбанк)") is the same body named twice."""
    spans = sorted((a.span.start, a.span.end) for a in sides if a.span is not None)
    if len(spans) < len(sides) or len({a.entity for a in sides}) > 1:
        return False
    return all(
        start - previous_end > _APPOSITION_GAP for (_, previous_end), (start, _) in pairwise(spans)
    )


class ClaimTypes(Mapping[str, ClaimType]):
    """The registry: claim types by name, in the order they were registered."""

    def __init__(self, types: list[ClaimType] | None = None) -> None:
        self._types: dict[str, ClaimType] = {}
        for claim_type in types or []:
            self.register(claim_type)

    def register(self, claim_type: ClaimType) -> ClaimType:
        if claim_type.name in self._types:
            raise ValueError(f"claim type {claim_type.name} is registered twice")
        self._types[claim_type.name] = claim_type
        return claim_type

    def __getitem__(self, name: str) -> ClaimType:
        try:
            return self._types[name]
        except KeyError:
            known = ", ".join(self._types)
            raise KeyError(f"unknown claim type {name!r}; known: {known}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._types)

    def __len__(self) -> int:
        return len(self._types)

    def validate(self, claim: Claim) -> None:
        """Raise on a claim no spec allows: an unknown type or role is a bug in an extractor."""
        problems = self[claim.type].problems(claim)
        if problems:
            raise ValueError("; ".join(problems))
