"""Plain tables a user can open in any SQL client; names follow the pipeline's nouns."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    ColumnElement,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    literal_column,
)
from sqlalchemy.dialects import postgresql  # noqa: F401  (registers to_tsvector's types)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    if TYPE_CHECKING:
        # Every row class here is mapped to one Table (DeclarativeBase says FromClause).
        __table__: ClassVar[Table]


class DocumentRow(Base):
    __tablename__ = "documents"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    source: Mapped[str] = mapped_column(String(300), default="")
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8), default="ru")
    # "analysed", or why not: "not analysed: language en" (no analyser for that language)
    status: Mapped[str] = mapped_column(String(64), default="analysed", server_default="analysed")
    path: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=lambda: datetime.now(UTC)
    )


# PostgreSQL's full-text search (SQLite has its FTS5 table instead, language-neutral:
# unicode61 words, no stemming). Each row is stemmed by its own language's configuration;
# the index is built on this very expression (store/database.py), so queries must use it
# to be fast, and changing the mapping changes the index (a migration).
SEARCH_CONFIGURATIONS = {"ru": "russian", "en": "english"}
OTHER_LANGUAGES_CONFIGURATION = "simple"  # lower-cased words, no stemming, no stop words
SEARCH_CONFIGURATION = (
    "CASE language "
    + " ".join(
        f"WHEN '{code}' THEN '{name}'::regconfig" for code, name in SEARCH_CONFIGURATIONS.items()
    )
    + f" ELSE '{OTHER_LANGUAGES_CONFIGURATION}'::regconfig END"
)
SEARCH_TEXT = "coalesce(title, '') || ' ' || text"
SEARCH_VECTOR = func.to_tsvector(literal_column(SEARCH_CONFIGURATION), literal_column(SEARCH_TEXT))
SEARCH_INDEX = "documents_search_language"  # was documents_search, on 'russian' alone


def search_query(words: str) -> ColumnElement[Any]:
    """The words as a tsquery in every configuration a row may use, OR-ed: a query in
    English finds English rows by their stems, Russian ones by theirs, and the index on
    SEARCH_VECTOR serves it whatever the row's language."""
    configurations = [*SEARCH_CONFIGURATIONS.values(), OTHER_LANGUAGES_CONFIGURATION]
    queries = [
        func.plainto_tsquery(literal_column(f"'{name}'::regconfig"), words)
        for name in configurations
    ]
    combined: ColumnElement[Any] = queries[0]
    for query in queries[1:]:
        combined = combined.op("||")(query)
    return combined


class EntityRow(Base):
    __tablename__ = "entities"
    __table_args__ = (
        UniqueConstraint("type", "key", name="uq_entity_type_key"),
        Index("ix_entities_block_id", "block", "id"),  # a block's newest entities first
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(300))
    block: Mapped[str] = mapped_column(String(300))
    name: Mapped[str] = mapped_column(String(300))


class EntityAliasRow(Base):
    __tablename__ = "entity_aliases"
    __table_args__ = (UniqueConstraint("entity_id", "alias", name="uq_alias"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    normal: Mapped[bool] = mapped_column(default=False)  # a nominative form, not as-written


class EntityNameRow(Base):
    """Every name an organisation is known by, as a lookup key (its own key, its aliases'
    keys: "угмк" and "уральская горно-металлургическая компания" for one company), so a
    report that names it either way finds it. People have no rows: a short form of a
    person's name ("Петров") says too little to look up."""

    __tablename__ = "entity_names"
    type: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id"), primary_key=True, index=True
    )


class EntityMergeRow(Base):
    """One entity merged into another, kept so an analyst can see what an entity absorbed:
    the merged entity as it was (id, type, name, how many other names it had), when, and
    why: the report whose names bridged them, or none when merged by hand (`merged_by`
    then names the analyst if they gave a name). Written in the merge's own transaction;
    its newest id is part of the store's version stamp. `kept_id` follows the survivor:
    when the entity that kept it is merged in turn, its rows move to the new survivor."""

    __tablename__ = "entity_merges"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    merged_id: Mapped[int] = mapped_column(Integer, index=True)  # gone; old links find it
    merged_type: Mapped[str] = mapped_column(String(16))
    merged_name: Mapped[str] = mapped_column(String(300))
    merged_aliases: Mapped[int] = mapped_column(Integer, default=0)  # other names it had
    # The bridging report; no foreign key, so the reason outlives the document's row.
    document_id: Mapped[str | None] = mapped_column(String(32))
    merged_by: Mapped[str] = mapped_column(String(100), default="")
    merged_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=lambda: datetime.now(UTC)
    )
    # JSON: what the merge moved (store/merge.py::MergeRecord), so it can be undone;
    # NULL for merges logged before revision 0012, which cannot be.
    undo: Mapped[str | None] = mapped_column(Text, nullable=True)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    undone_by: Mapped[str] = mapped_column(String(100), default="", server_default="")


class EntitiesApartRow(Base):
    """An analyst's "these are two": a merge undone (store/unmerge.py) leaves the pair kept
    apart, and the matcher never merges them again, whatever report bridges them; only a
    merge by hand lifts it. The ids follow later merges as `kept_id` does. Its newest id is
    part of the version stamp (an undo adds one row)."""

    __tablename__ = "entities_apart"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_id: Mapped[int] = mapped_column(Integer, index=True)  # the lower id
    second_id: Mapped[int] = mapped_column(Integer, index=True)
    merge_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the merge undone
    decided_by: Mapped[str] = mapped_column(String(100), default="")
    decided_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=lambda: datetime.now(UTC)
    )


class MentionRow(Base):
    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(300))
    type: Mapped[str] = mapped_column(String(16))
    normal: Mapped[str] = mapped_column(String(300))


class ClaimRow(Base):
    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[str] = mapped_column(String(32), index=True)
    modality: Mapped[str] = mapped_column(String(16))
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)


class ClaimArgumentRow(Base):
    __tablename__ = "claim_arguments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(Text)
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), index=True)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)


class EvidenceRow(Base):
    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class FactRow(Base):
    """One real-world thing (a meeting, a roadmap, a campus) told by one or more claims."""

    __tablename__ = "facts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(32), index=True)
    # Its stated date, else its earliest source's publication (store/fact_dates.py)
    date: Mapped[str | None] = mapped_column(String(64), index=True, nullable=True)


class FactClaimRow(Base):
    __tablename__ = "fact_claims"
    __table_args__ = (Index("ix_fact_claims_fact_claim", "fact_id", "claim_id"),)
    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"))


class FactKeyRow(Base):
    """The blocking index: a new claim is compared only with facts filed under its keys."""

    __tablename__ = "fact_keys"
    # The most recent facts under a key, read without sorting all of them.
    __table_args__ = (Index("ix_fact_keys_key_recency", "key", "recency"),)
    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    fact_id: Mapped[int] = mapped_column(
        ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True
    )
    recency: Mapped[int] = mapped_column(Integer)  # id of the latest claim filed here


class ConflictRow(Base):
    __tablename__ = "conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(32))


class FactLinkRow(Base):
    """One fact related to another: a bilateral meeting `part_of` the summit on whose
    margins it was held."""

    __tablename__ = "fact_links"
    fact_id: Mapped[int] = mapped_column(
        ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True
    )
    relation: Mapped[str] = mapped_column(String(32), primary_key=True)
    other_id: Mapped[int] = mapped_column(
        ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ConflictValueRow(Base):
    __tablename__ = "conflict_values"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conflict_id: Mapped[int] = mapped_column(
        ForeignKey("conflicts.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)  # which side of the disagreement
    value: Mapped[str] = mapped_column(Text)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)


class ConflictReviewRow(Base):
    """A user's verdict on one conflict (a fact's role), one row per review, never updated:
    the newest is in force while the conflict's sides are those reviewed, the rest are its
    history. Apart from the conflict rows, which consolidation replaces whenever a fact
    grows, so a verdict outlives re-ingests and recomputation."""

    __tablename__ = "conflict_reviews"
    __table_args__ = (Index("ix_conflict_reviews_fact_role", "fact_id", "role", "id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))  # open, confirmed or dismissed
    note: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(100), default="")
    # JSON: the value texts of each side when reviewed, [["2030", "до 2030 года"], ["2031"]]
    reviewed_values: Mapped[str] = mapped_column(Text)
    reviewed_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=lambda: datetime.now(UTC)
    )


Index("ix_fact_keys_recency", FactKeyRow.key, FactKeyRow.recency)
Index("ix_fact_keys_fact", FactKeyRow.fact_id)  # the key is the first column of the primary key
