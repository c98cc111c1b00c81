"""Read side: the shapes the CLI prints and other tools parse (see DESIGN.md contracts)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from concord.fact import ClaimRecord, Fact
from concord.knowledge.names import name_key
from concord.resolve.conflicts import merged_args
from concord.store import reviews
from concord.store.database import in_chunks
from concord.store.facts import claims_per_fact, claims_per_value, load_claims
from concord.store.merge_log import absorbed_by
from concord.store.schema import (
    ClaimArgumentRow,
    ClaimRow,
    ConflictRow,
    ConflictValueRow,
    DocumentRow,
    EntityAliasRow,
    EntityRow,
    EvidenceRow,
    FactClaimRow,
    FactLinkRow,
    FactRow,
    MentionRow,
)

LISTED_SOURCES = 3  # sources shown per fact in lists; the fact itself lists them all


def _sources(session: Session, claim_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Each claim's evidence, outlet first: who said it, where and when, then the words."""
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for chunk in in_chunks(claim_ids):
        query = (
            select(
                EvidenceRow,
                DocumentRow.source,
                DocumentRow.url,
                DocumentRow.published,
                DocumentRow.language,
                DocumentRow.title,
            )
            .join(DocumentRow, DocumentRow.id == EvidenceRow.document_id)
            .where(EvidenceRow.claim_id.in_(chunk))
        )
        for evidence, outlet, url, published, language, title in session.execute(query):
            found[evidence.claim_id].append(
                {
                    "doc": evidence.document_id,
                    "outlet": outlet,
                    "url": url,
                    "published": published,
                    "language": language,
                    "title": title,
                    "start": evidence.start,
                    "end": evidence.end,
                    "text": evidence.text,
                }
            )
    return found


def _conflict_rows(
    session: Session,
    fact_ids: list[int] | None,
    status: str | None,
    limit: int | None,
    offset: int,
) -> tuple[list[ConflictRow], dict[int, reviews.Sides], dict[tuple[int, str], list[Any]]]:
    """The conflicts a listing shows, with the sides read so far and every verdict.
    A conflict nobody reviewed is open, so only reviewed ones are read to filter; with
    every status wanted, paging happens in SQL."""
    wanted = reviews.shown_statuses(status)
    query = select(ConflictRow).order_by(ConflictRow.fact_id, ConflictRow.id)
    if fact_ids is not None:
        query = query.where(ConflictRow.fact_id.in_(fact_ids))
    every_status = wanted == set(reviews.STATUSES)
    if every_status and limit is not None:
        query = query.limit(limit).offset(offset)
    rows = list(session.scalars(query))
    verdicts = reviews.reviews_of(session, fact_ids) if rows else {}  # most facts have none
    if every_status:
        return rows, {}, verdicts
    reviewed = [row for row in rows if (row.fact_id, row.role) in verdicts]
    sides = reviews.conflict_sides(session, [row.id for row in reviewed])
    rows = [
        row
        for row in rows
        if reviews.status_of(verdicts.get((row.fact_id, row.role), []), sides.get(row.id, []))
        in wanted
    ]
    return rows[offset : None if limit is None else offset + limit], sides, verdicts


def provenance(source: dict[str, Any]) -> str:
    """Who said it and when: the outlet and publication date (a source as listed here)."""
    said = ", ".join(part for part in (source.get("outlet"), source.get("published")) if part)
    return said or source.get("title") or source["doc"][:8]


def list_conflicts(
    session: Session,
    fact_ids: list[int] | None = None,
    limit: int | None = None,
    offset: int = 0,
    status: str | None = None,
) -> list[dict[str, Any]]:
    """Conflicts in the `concord conflicts --json` shape, each with its `status` (and its
    verdict: `review`, `history`); `status` None shows all but dismissed ones, "all"
    every one, else those of that status (reviews.InvalidReview for another word)."""
    rows, sides, verdicts = _conflict_rows(session, fact_ids, status, limit, offset)
    sides.update(reviews.conflict_sides(session, [row.id for row in rows if row.id not in sides]))
    values: dict[int, list[ConflictValueRow]] = defaultdict(list)
    for chunk in in_chunks([row.id for row in rows]):
        for value in session.scalars(
            select(ConflictValueRow)
            .where(ConflictValueRow.conflict_id.in_(chunk))
            .order_by(ConflictValueRow.id)
        ):
            values[value.conflict_id].append(value)
    sources = _sources(session, sorted({v.claim_id for vs in values.values() for v in vs}))
    result = []
    for row in rows:
        shown: dict[int, dict[str, Any]] = {}
        for value in values[row.id]:
            side = shown.setdefault(value.position, {"value": value.value, "sources": []})
            if len(value.value) > len(side["value"]):
                side["value"] = value.value
            for source in sources[value.claim_id]:
                if source not in side["sources"]:
                    side["sources"].append(source)
        listed = {"fact": row.fact_id, "type": row.type, "role": row.role}
        listed |= reviews.review_fields(
            verdicts.get((row.fact_id, row.role), []), sides.get(row.id, [])
        )
        listed["values"] = list(shown.values())
        result.append(listed)
    return result


def count_conflicts(session: Session, status: str | None = None) -> int:
    """How many conflicts a listing with this `status` filter shows."""
    return len(_conflict_rows(session, None, status, None, 0)[0])


def list_facts(
    session: Session,
    type: str | None = None,
    document: str | None = None,
    fact_ids: list[int] | None = None,
    sources_per_fact: int | None = None,
) -> list[dict[str, Any]]:
    """Consolidated facts in the `concord facts --json` shape, every supporting source
    listed; with `sources_per_fact`, only the first sources and a `source_count`, so a
    page of facts told by thousands of reports stays small (the arguments are the same
    either way: they are merged from one claim per distinct value)."""
    query = select(FactRow.id, FactRow.type).order_by(FactRow.id)
    if type:
        query = query.where(FactRow.type == type)
    if document:
        query = query.where(
            FactRow.id.in_(
                select(FactClaimRow.fact_id)
                .join(ClaimRow, ClaimRow.id == FactClaimRow.claim_id)
                .where(ClaimRow.document_id == document)
            )
        )
    if fact_ids is not None:
        query = query.where(FactRow.id.in_(fact_ids))
    types: dict[int, str] = {fact_id: type_ for fact_id, type_ in session.execute(query)}
    ids = list(types)
    result = []
    for chunk in in_chunks(ids, 200):
        if sources_per_fact is None:
            shown = merged = _membership(session, chunk)
            counts = None
        else:
            shown = claims_per_fact(session, chunk, sources_per_fact)
            merged = claims_per_value(session, chunk)
            counts = _source_counts(session, chunk)
        records = {r.id: r for r in load_claims(session, [c for _, c in merged])}
        claims_of = _grouped(merged)
        sources = _sources(session, [c for _, c in shown])
        shown_of = _grouped(shown)
        modalities = _modalities(session, chunk)
        conflicts_of: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for conflict in list_conflicts(session, chunk, status="all"):
            conflicts_of[conflict["fact"]].append(
                {key: conflict[key] for key in ("role", "status", "review") if key in conflict}
                | {"values": conflict["values"]}
            )
        links = _links(session, chunk)
        names = _entity_names(session, records.values())
        for fact_id in chunk:
            fact = Fact(fact_id, types[fact_id], [records[c] for c in claims_of[fact_id]])
            found = modalities[fact_id]
            listed = {
                "id": fact_id,
                "type": fact.type,
                "modality": found.pop() if len(found) == 1 else "mixed",
                "args": merged_args(fact, names),
                "sources": [source for c in shown_of[fact_id] for source in sources[c]],
                "conflicts": conflicts_of[fact_id],
                "links": links[fact_id],
            }
            if counts is not None:
                listed["source_count"] = counts[fact_id]
            result.append(listed)
    return result


INVERSE_RELATIONS = {"part_of": "has_part"}  # as seen from the other fact


def _entity_names(session: Session, claims: Iterable[ClaimRecord]) -> dict[int, str]:
    """The canonical names of the entities these claims' values point at."""
    ids = sorted({v.entity for c in claims for vs in c.args.values() for v in vs if v.entity})
    names: dict[int, str] = {}
    for chunk in in_chunks(ids, 500):
        found = session.execute(select(EntityRow.id, EntityRow.name).where(EntityRow.id.in_(chunk)))
        names.update((identifier, name) for identifier, name in found)
    return names


def _links(session: Session, fact_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Each fact's links to others, both ways: a summit lists the meetings on its margins."""
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    rows = session.execute(
        select(FactLinkRow).where(
            FactLinkRow.fact_id.in_(fact_ids) | FactLinkRow.other_id.in_(fact_ids)
        )
    ).scalars()
    for link in sorted(rows, key=lambda row: (row.fact_id, row.relation, row.other_id)):
        found[link.fact_id].append({"relation": link.relation, "fact": link.other_id})
        inverse = INVERSE_RELATIONS.get(link.relation, f"inverse of {link.relation}")
        found[link.other_id].append({"relation": inverse, "fact": link.fact_id})
    return found


def _grouped(membership: list[tuple[int, int]]) -> dict[int, list[int]]:
    """Claim ids per fact, in the order they were stored."""
    grouped: dict[int, list[int]] = defaultdict(list)
    for fact_id, claim_id in sorted(membership, key=lambda row: row[1]):
        grouped[fact_id].append(claim_id)
    return grouped


def _membership(session: Session, fact_ids: list[int]) -> list[tuple[int, int]]:
    query = select(FactClaimRow.fact_id, FactClaimRow.claim_id)
    rows = session.execute(query.where(FactClaimRow.fact_id.in_(fact_ids)))
    return [(fact_id, claim_id) for fact_id, claim_id in rows]


def _source_counts(session: Session, fact_ids: list[int]) -> dict[int, int]:
    query = (
        select(FactClaimRow.fact_id, func.count())
        .where(FactClaimRow.fact_id.in_(fact_ids))
        .group_by(FactClaimRow.fact_id)
    )
    return dict(session.execute(query).all())


def _modalities(session: Session, fact_ids: list[int]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    query = (
        select(FactClaimRow.fact_id, ClaimRow.modality)
        .join(ClaimRow, ClaimRow.id == FactClaimRow.claim_id)
        .where(FactClaimRow.fact_id.in_(fact_ids))
        .distinct()
    )
    for fact_id, modality in session.execute(query):
        found[fact_id].add(modality)
    return found


def list_entities(session: Session, type: str | None = None) -> list[dict[str, Any]]:
    counts = (
        select(
            MentionRow.entity_id,
            func.count(MentionRow.id).label("mentions"),
            func.count(func.distinct(MentionRow.document_id)).label("documents"),
        )
        .group_by(MentionRow.entity_id)
        .subquery()
    )
    query = select(EntityRow, counts.c.mentions, counts.c.documents).join(
        counts, counts.c.entity_id == EntityRow.id
    )
    if type:
        query = query.where(EntityRow.type == type)
    query = query.order_by(counts.c.mentions.desc(), EntityRow.name)
    aliases: dict[int, list[str]] = defaultdict(list)
    for entity_id, alias in session.execute(select(EntityAliasRow.entity_id, EntityAliasRow.alias)):
        aliases[entity_id].append(alias)
    listed = session.execute(query).all()
    merged = absorbed_by(session, [entity.id for entity, _, _ in listed])
    return [
        {
            "id": entity.id,
            "type": entity.type,
            "name": entity.name,
            "aliases": sorted(set(aliases[entity.id]) - {entity.name}),
            "mentions": mentions,
            "documents": documents,
            "merged": merged.get(entity.id, []),
        }
        for entity, mentions, documents in listed
    ]


def find_document(session: Session, id_or_prefix: str) -> DocumentRow | None:
    """The one document whose id starts with the prefix; None when none or several do."""
    matches = list(
        session.scalars(
            select(DocumentRow)
            .where(DocumentRow.id.startswith(id_or_prefix, autoescape=True))
            .order_by(DocumentRow.id)
            .limit(2)
        )
    )
    return matches[0] if len(matches) == 1 and id_or_prefix else None


def show_document(session: Session, id_or_prefix: str) -> dict[str, Any] | None:
    """A document's header and the claims read from it, each with its own evidence
    (not the evidence other reports gave for the same fact), in reading order."""
    row = find_document(session, id_or_prefix)
    if row is None:
        return None
    claims = list(
        session.execute(
            select(ClaimRow, FactClaimRow.fact_id)
            .outerjoin(FactClaimRow, FactClaimRow.claim_id == ClaimRow.id)
            .where(ClaimRow.document_id == row.id)
            .order_by(ClaimRow.sentence_start, ClaimRow.id)
        )
    )
    claim_ids = [claim.id for claim, _ in claims]
    arguments: dict[int, dict[str, list[str]]] = defaultdict(dict)
    for argument, entity_name in session.execute(
        select(ClaimArgumentRow, EntityRow.name)
        .outerjoin(EntityRow, EntityRow.id == ClaimArgumentRow.entity_id)
        .where(ClaimArgumentRow.claim_id.in_(claim_ids))
        .order_by(ClaimArgumentRow.claim_id, ClaimArgumentRow.position)
    ):
        values = arguments[argument.claim_id].setdefault(argument.role, [])
        value = entity_name or argument.value
        if value not in values:
            values.append(value)
    evidence: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for item in session.scalars(
        select(EvidenceRow).where(EvidenceRow.claim_id.in_(claim_ids)).order_by(EvidenceRow.id)
    ):
        evidence[item.claim_id].append({"start": item.start, "end": item.end, "text": item.text})
    return {
        "id": row.id,
        "title": row.title,
        "source": row.source,
        "published": row.published,
        "url": row.url,
        "path": row.path,
        "language": row.language,
        "status": row.status,
        "claims": [
            {
                "id": claim.id,
                "type": claim.type,
                "modality": claim.modality,
                "fact": fact_id,
                "args": arguments[claim.id],
                "evidence": evidence[claim.id],
            }
            for claim, fact_id in claims
        ],
    }


def summary(session: Session) -> dict[str, Any]:
    """Counts for the overview: `facts` per type are consolidated facts, `claims` per type
    what single reports said (one fact told by three outlets is three claims)."""

    def per_type(column: Any) -> dict[str, int]:
        rows = session.execute(select(column, func.count()).group_by(column))
        return {name: number for name, number in rows}

    def count(table: Any) -> int:
        return session.scalar(select(func.count()).select_from(table)) or 0

    return {
        "documents": count(DocumentRow),
        "entities": count(EntityRow),
        "facts": per_type(FactRow.type),
        "claims": per_type(ClaimRow.type),
        "conflicts": count_conflicts(session),  # as listed: dismissed ones left out
        "dismissed_conflicts": count_conflicts(session, "dismissed"),
        "fact_count": count(FactRow),
        "claim_count": count(ClaimRow),
    }


def timeline_of(session: Session, name: str) -> list[dict[str, Any]]:
    """Facts naming an entity (by any alias) or whose words contain `name`, oldest first."""
    entity_ids = set(
        session.scalars(
            select(EntityAliasRow.entity_id).where(func.lower(EntityAliasRow.alias) == name.lower())
        )
    ) | set(session.scalars(select(EntityRow.id).where(EntityRow.key == name_key(name))))
    claims = select(ClaimArgumentRow.claim_id).where(
        ClaimArgumentRow.entity_id.in_(entity_ids) | ClaimArgumentRow.value.ilike(f"%{name}%")
    )
    return dated_facts(session, claims)


def dated_facts(
    session: Session, claims: Any, sources_per_fact: int | None = None
) -> list[dict[str, Any]]:
    """The facts supported by the given claims (a subquery of claim ids), oldest first."""
    fact_ids = sorted(
        set(session.scalars(select(FactClaimRow.fact_id).where(FactClaimRow.claim_id.in_(claims))))
    )
    facts = list_facts(session, fact_ids=fact_ids, sources_per_fact=sources_per_fact)
    return sorted(with_dates(session, facts), key=lambda fact: (fact["date"] or "9999", fact["id"]))


def with_dates(session: Session, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each fact with its date: the date it states (meeting day, signing, opening), failing
    that the earliest publication among all its sources — kept in facts.date by the
    writer (store/fact_dates.py), so listing reads it rather than works it out."""
    ids = [fact["id"] for fact in facts]
    dates: dict[int, str] = {}
    for chunk in in_chunks(ids):
        query = select(FactRow.id, FactRow.date).where(FactRow.id.in_(chunk))
        dates.update((fact_id, day) for fact_id, day in session.execute(query) if day)
    for fact in facts:
        fact["date"] = dates.get(fact["id"], "")
    return facts


def filter_facts(
    session: Session,
    type: str | None = None,
    entity: int | None = None,
    source: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 50,
    offset: int = 0,
    language: str | None = None,
    has_conflict: bool = False,
    oldest_first: bool = False,
) -> list[dict[str, Any]]:
    """Newest facts first (or oldest, by id), each with its first sources and a source
    count (the fact's own address lists them all). Filtering by date and paging happen
    in SQL."""
    claims = select(ClaimRow.id)
    if type:
        claims = claims.where(ClaimRow.type == type)
    if entity is not None:
        claims = claims.where(
            ClaimRow.id.in_(
                select(ClaimArgumentRow.claim_id).where(ClaimArgumentRow.entity_id == entity)
            )
        )
    if source:
        claims = claims.where(
            ClaimRow.document_id.in_(select(DocumentRow.id).where(DocumentRow.source == source))
        )
    if language:  # facts told by at least one report in that language
        claims = claims.where(
            ClaimRow.document_id.in_(select(DocumentRow.id).where(DocumentRow.language == language))
        )
    order = FactClaimRow.fact_id.asc() if oldest_first else FactClaimRow.fact_id.desc()
    ids = select(FactClaimRow.fact_id).distinct()
    if type or entity is not None or source or language:
        ids = ids.where(FactClaimRow.claim_id.in_(claims))
    # else every claim counts: the (fact_id, claim_id) index gives the page without a sort
    if has_conflict:
        ids = ids.where(FactClaimRow.fact_id.in_(select(ConflictRow.fact_id)))
    if date_from or date_to:  # facts.date is kept by the writer (store/fact_dates.py)
        # Checked per fact as the index yields them, newest first, until the page is full:
        # `IN (dated facts)` listed every dated fact of the store first.
        dated = select(FactRow.id).where(
            FactRow.id == FactClaimRow.fact_id, FactRow.date.is_not(None), FactRow.date != ""
        )
        if date_from:
            dated = dated.where(FactRow.date >= date_from)
        if date_to:
            dated = dated.where(func.substr(FactRow.date, 1, len(date_to)) <= date_to)
        ids = ids.where(dated.exists())
    fact_ids = list(session.scalars(ids.order_by(order).limit(limit).offset(offset)))
    facts = list_facts(session, fact_ids=fact_ids, sources_per_fact=LISTED_SOURCES)
    sign = 1 if oldest_first else -1
    return sorted(with_dates(session, facts), key=lambda fact: sign * fact["id"])


def count_claims(session: Session, document_id: str) -> int:
    """How many claims were read from one stored document."""
    query = select(func.count()).select_from(ClaimRow).where(ClaimRow.document_id == document_id)
    return session.scalar(query) or 0


def document_language_and_status(session: Session, document_id: str) -> tuple[str, str]:
    """The language a stored document was read in and whether it was analysed."""
    query = select(DocumentRow.language, DocumentRow.status).where(DocumentRow.id == document_id)
    language, status = session.execute(query).one()
    return language, status
