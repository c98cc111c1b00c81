"""The shapes of the API's answers, declared so /openapi.json (and /docs) tell a client
what each endpoint returns. The store's queries build plain dicts; these models check
them on the way out. Every model allows extra fields, so a field a query adds later is
passed through rather than silently dropped before the model catches up."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Shape(BaseModel):
    model_config = ConfigDict(extra="allow")


class DocumentSummary(Shape):
    """A document as lists show it."""

    id: str = Field(description="The document's id (a hash of its normalised text)")
    title: str | None = None
    source: str | None = Field(None, description="The outlet")
    published: str | None = Field(None, description="Publication date, ISO 8601")
    url: str | None = None
    language: str | None = None


class FoundDocument(DocumentSummary):
    """A search hit: the document with a snippet, the hit marked with <mark>."""

    snippet: str = ""


class Mention(Shape):
    start: int
    end: int
    entity: int | None = None
    type: str | None = None


class ClaimSpan(Shape):
    """Where a claim's sentence is in the text, and the fact it supports."""

    start: int
    end: int
    type: str
    fact: int | None = None


class DocumentDetail(DocumentSummary):
    """One document: its text, the names in it and the sentences claims came from."""

    status: str | None = Field(None, description='"analysed" or why not')
    text: str
    mentions: list[Mention] = []
    claims: list[ClaimSpan] = []


class Source(Shape):
    """One report behind a claim: the outlet and the evidence sentence (offsets into the
    document's text, characters, end exclusive)."""

    doc: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    title: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None


class ConflictValue(Shape):
    value: Any
    sources: list[Source] = []


class Verdict(Shape):
    status: str
    note: str | None = None
    reviewer: str | None = None
    reviewed_at: str | None = None


class FactConflict(Shape):
    """A role whose supporting claims disagree, each value with its sources."""

    role: str
    status: str | None = Field(None, description="open, confirmed or dismissed")
    review: Verdict | None = Field(None, description="The verdict in force, if any")
    values: list[ConflictValue] = []


class Conflict(FactConflict):
    """A conflict as /api/conflicts lists it: with its fact and the verdicts given."""

    fact: int
    type: str
    history: list[Verdict] = Field([], description="Every verdict, newest first")


class FactLink(Shape):
    """Another fact this one is related to, e.g. a bilateral meeting `part_of` a summit."""

    relation: str
    fact: int


class Fact(Shape):
    """A consolidated fact: its merged arguments and the reports behind it. Lists carry a
    fact's first three sources and `source_count`; the fact's own address lists all."""

    id: int
    type: str
    modality: str | None = None
    args: dict[str, Any] = Field(default_factory=dict, description="role -> values")
    sources: list[Source] = []
    conflicts: list[FactConflict] = []
    links: list[FactLink] = []
    source_count: int | None = None
    date: str | None = Field(None, description="Event date, else earliest publication")


class EntitySummary(Shape):
    id: int
    type: str
    name: str
    mentions: int | None = Field(None, description="Mentions across all documents")


class Connection(Shape):
    id: int
    name: str
    type: str
    claims: int | None = None


class MergeReason(Shape):
    """The report whose names showed two stored entities to be one."""

    id: str
    title: str = ""
    source: str = ""


class MergedEntity(Shape):
    """An entity merged into this one, as it was before the merge."""

    merge: int = Field(description="The merge's id (to undo it: concord entities --unmerge)")
    id: int = Field(description="Its id before the merge (its old address leads here)")
    type: str
    name: str
    aliases: int = Field(0, description="How many other names it had")
    merged_at: str = Field(description="When, in UTC (ISO 8601)")
    document: MergeReason | None = Field(
        None, description="The bridging report; null when merged by hand"
    )
    merged_by: str = Field("", description="Who merged it by hand, if they gave a name")


class EntityDetail(Shape):
    """One entity: the names it was written as, posts held, facts in date order, the
    entities it shares claims with, and those merged into it."""

    id: int
    type: str
    name: str
    aliases: list[str] = []
    posts: list[Fact] = Field([], description="Occupation facts naming the entity")
    timeline: list[Fact] = []
    connections: list[Connection] = []
    merged: list[MergedEntity] = []


class SearchResults(Shape):
    documents: list[FoundDocument]
    entities: list[EntitySummary]


class UnmergedEntity(Shape):
    """An entity as an undo names it."""

    id: int
    name: str


class UnmergeAnswer(Shape):
    """The answer to POST /api/merges/{merge_id}/undo."""

    merge: int = Field(description="The merge undone")
    restored: UnmergedEntity = Field(description="The entity put back")
    id_before: int = Field(description="Its id before the merge (the same unless taken since)")
    kept: UnmergedEntity = Field(description="The entity it had been merged into")


class IngestAnswer(Shape):
    """The answer to POST /api/documents."""

    id: str
    created: bool = Field(description="False when the same text was stored before")
    claims: int
    language: str | None = None
    status: str | None = None
