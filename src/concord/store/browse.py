"""Read side for the web pages and the REST API: documents, entities, search."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, column, func, select, table, text
from sqlalchemy.orm import Session

from concord.store.database import in_chunks
from concord.store.merge_log import absorbed_by
from concord.store.queries import LISTED_SOURCES, dated_facts, list_facts, with_dates
from concord.store.schema import (
    SEARCH_VECTOR,
    ClaimArgumentRow,
    ClaimRow,
    DocumentRow,
    EntityAliasRow,
    EntityRow,
    FactClaimRow,
    FactRow,
    MentionRow,
    search_query,
)
from concord.store.search import match_expression, most_probable_forms, snippet

DOCUMENT_ORDERS: dict[str, tuple[Any, ...]] = {
    "newest": (DocumentRow.published.desc(), DocumentRow.id),
    "oldest": (DocumentRow.published.asc(), DocumentRow.id),
    "title": (DocumentRow.title, DocumentRow.id),
}
ENTITY_ORDERS = ("mentions", "name")
FTS_TABLE = table("documents_fts", column("id"))  # SQLite's FTS5 index (store/database.py)


def facets(session: Session) -> dict[str, list[str]]:
    """What the list pages' filters can choose from: outlets, languages, entity types."""

    def distinct(column: Any) -> list[str]:
        return [value for value in session.scalars(select(column).distinct().order_by(column))
                if value]  # fmt: skip

    return {"sources": distinct(DocumentRow.source), "languages": distinct(DocumentRow.language),
            "entity_types": distinct(EntityRow.type)}  # fmt: skip


def latest_facts(session: Session, types: tuple[str, ...], limit: int) -> list[dict[str, Any]]:
    """The facts of these types with the latest dates (the overview's "latest events"),
    picked by the indexed facts.date, so only `limit` facts are assembled."""
    ids = session.scalars(
        select(FactRow.id)
        .where(FactRow.type.in_(types))
        .order_by(FactRow.date.desc().nulls_last(), FactRow.id.desc())
        .limit(limit)
    )
    facts = with_dates(session, list_facts(session, fact_ids=list(ids), sources_per_fact=LISTED_SOURCES))
    return sorted(facts, key=lambda fact: (fact["date"], fact["id"]), reverse=True)


def document_summary(row: DocumentRow) -> dict[str, Any]:
    return {"id": row.id, "title": row.title, "source": row.source, "published": row.published,
            "url": row.url, "language": row.language}  # fmt: skip


def document_conditions(
    source: str | None = None,
    language: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[ColumnElement[bool]]:
    """The document filters of the lists and of search; dates compare as ISO text."""
    conditions: list[ColumnElement[bool]] = []
    if source:
        conditions.append(DocumentRow.source == source)
    if language:
        conditions.append(DocumentRow.language == language)
    if date_from:
        conditions.append(DocumentRow.published >= date_from)
    if date_to:  # "2024-03" keeps every day of March
        conditions.append(func.substr(DocumentRow.published, 1, len(date_to)) <= date_to)
    return conditions


def list_documents(
    session: Session,
    limit: int,
    offset: int,
    source: str | None = None,
    language: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    order: str = "newest",
) -> list[dict[str, Any]]:
    """Documents newest first (or `order` "oldest", "title"); dates compare as ISO text,
    so "2024" or "2024-03" bound a whole year or month."""
    query = select(DocumentRow).order_by(*DOCUMENT_ORDERS.get(order, DOCUMENT_ORDERS["newest"]))
    query = query.where(*document_conditions(source, language, date_from, date_to))
    return [document_summary(row) for row in session.scalars(query.limit(limit).offset(offset))]


def documents_with_text(
    session: Session, document_ids: Iterable[str]
) -> dict[str, dict[str, Any]]:
    """The articles' summaries and texts by id, without what was read in them: a fact
    page quotes the sentences of its sources and needs no more. One query for them all:
    a fact told by many reports read them one by one."""
    found: dict[str, dict[str, Any]] = {}
    for chunk in in_chunks(sorted(set(document_ids))):
        for row in session.scalars(select(DocumentRow).where(DocumentRow.id.in_(chunk))):
            found[row.id] = {**document_summary(row), "text": row.text}
    return found


def document_view(session: Session, document_id: str) -> dict[str, Any] | None:
    """The article with what Concord read in it: entity mentions and claim sentences."""
    row = session.get(DocumentRow, document_id)
    if row is None:
        return None
    mentions = [
        {"start": m.start, "end": m.end, "entity": m.entity_id, "type": m.type}
        for m in session.scalars(
            select(MentionRow).where(MentionRow.document_id == row.id).order_by(MentionRow.start)
        )
    ]
    claims = [
        {"start": c.sentence_start, "end": c.sentence_end, "type": c.type, "fact": fact_id}
        for c, fact_id in session.execute(
            select(ClaimRow, FactClaimRow.fact_id)
            .join(FactClaimRow, FactClaimRow.claim_id == ClaimRow.id)
            .where(ClaimRow.document_id == row.id)
            .order_by(ClaimRow.sentence_start)
        )
    ]
    return {**document_summary(row), "status": row.status, "text": row.text,
            "mentions": mentions, "claims": claims}  # fmt: skip


def list_entities_page(session: Session, limit: int, offset: int, type_: str | None = None,
                       query: str | None = None,
                       order: str = "mentions") -> list[dict[str, Any]]:  # fmt: skip
    """Entities most mentioned first (or by name, `order` "name")."""
    counted = select(MentionRow.entity_id, func.count(MentionRow.id).label("mentions"))
    if query:  # mentions counted for the matching entities only, not the whole table
        matching = select(EntityAliasRow.entity_id).where(
            EntityAliasRow.alias.ilike(f"%{query}%")
        )
        counted = counted.where(MentionRow.entity_id.in_(matching))
    counts = counted.group_by(MentionRow.entity_id).subquery()
    statement = select(EntityRow, counts.c.mentions).join(
        counts, counts.c.entity_id == EntityRow.id
    )
    if type_:
        statement = statement.where(EntityRow.type == type_)
    ordering = (
        (EntityRow.name, EntityRow.id)
        if order == "name"
        else (counts.c.mentions.desc(), EntityRow.name)
    )
    statement = statement.order_by(*ordering).limit(limit).offset(offset)
    return [
        {"id": e.id, "type": e.type, "name": e.name, "mentions": n}
        for e, n in session.execute(statement)
    ]


def entity_view(session: Session, entity_id: int) -> dict[str, Any] | None:
    """Who or what it is, every name it went by, its posts, its facts in date order, the
    entities it shares facts with, and those merged into it (when and why)."""
    row = session.get(EntityRow, entity_id)
    if row is None:
        return None
    aliases = sorted(
        set(session.scalars(select(EntityAliasRow.alias).where(EntityAliasRow.entity_id == row.id)))
        - {row.name}
    )
    claims = select(ClaimArgumentRow.claim_id).where(ClaimArgumentRow.entity_id == row.id)
    facts = dated_facts(session, claims, sources_per_fact=LISTED_SOURCES)
    posts = [f for f in facts if f["type"] == "occupation" and row.name in f["args"].get("who", [])]
    fact_claims = select(FactClaimRow.claim_id).where(
        FactClaimRow.fact_id.in_(
            select(FactClaimRow.fact_id).where(FactClaimRow.claim_id.in_(claims))
        )
    )
    shared = session.execute(
        select(
            EntityRow.id,
            EntityRow.name,
            EntityRow.type,
            func.count(func.distinct(ClaimArgumentRow.claim_id)),
        )
        .join(ClaimArgumentRow, ClaimArgumentRow.entity_id == EntityRow.id)
        .where(ClaimArgumentRow.claim_id.in_(fact_claims), EntityRow.id != row.id)
        .group_by(EntityRow.id, EntityRow.name, EntityRow.type)
        .order_by(func.count(func.distinct(ClaimArgumentRow.claim_id)).desc())
        .limit(30)
    ).all()
    connections = [{"id": i, "name": n, "type": t, "claims": c} for i, n, t, c in shared]
    merged = absorbed_by(session, [row.id]).get(row.id, [])
    return {"id": row.id, "type": row.type, "name": row.name, "aliases": aliases, "posts": posts,
            "timeline": facts, "connections": connections, "merged": merged}  # fmt: skip


def search_documents(
    session: Session,
    query: str,
    limit: int = 50,
    source: str | None = None,
    language: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[dict[str, Any]]:
    """Full-text search: SQLite's FTS5 index of dictionary forms, PostgreSQL's text search,
    else substring; only documents passing the list filters. Each document comes with
    `snippet`, HTML: its text around the first hit, escaped, the matching words in <mark>."""
    dialect = session.get_bind().dialect.name
    conditions = document_conditions(source, language, date_from, date_to)
    if dialect == "sqlite":
        terms = match_expression(query)
        if terms is None:
            return []
        statement = (
            select(DocumentRow)
            .join(FTS_TABLE, FTS_TABLE.c.id == DocumentRow.id)
            .where(text("documents_fts MATCH :q"), *conditions)
            .order_by(text("documents_fts.rank"))
            .params(q=terms)
        )
    elif dialect == "postgresql":
        # as typed, or in dictionary forms, so every word form reaches the same stems
        wanted = search_query(query).op("||")(search_query(most_probable_forms(query)))
        statement = (
            select(DocumentRow)
            .where(SEARCH_VECTOR.op("@@")(wanted), *conditions)
            .order_by(func.ts_rank(SEARCH_VECTOR, wanted).desc(), DocumentRow.id)
        )
    else:
        statement = select(DocumentRow).where(DocumentRow.text.ilike(f"%{query}%"), *conditions)
    rows = list(session.scalars(statement.limit(limit)))
    return [document_summary(r) | {"snippet": snippet(r.text, query)} for r in rows]
