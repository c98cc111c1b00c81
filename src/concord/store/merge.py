"""Merging stored entities: two organisations a later report (or an analyst) shows to be
one become the older one, and the facts of both are filed again as if they had been one
all along.

Everything that named the others names the survivor (mentions, claim arguments, aliases,
lookup names); a claim whose sides are now all the survivor (the body owning itself) is
dropped, as the writer drops it at write time. The facts holding a claim about the others
are emptied and their claims consolidated again by the one engine (resolve.consolidation),
so a claim joins whichever fact it now equals, stored or re-filed; facts left empty are
deleted, and the conflict reviews of each go to the fact now holding its first claim.
Conflicts, links and dates of the facts this touches are recomputed on the way. Every
merge is logged (entity_merges: what was merged, as it was, when and why), in the same
transaction: the caller's writing one (the writer's, or `merge_entities_by_hand`'s), with
a record of everything it moved (the rows' ids, the names, the claims it dropped), so
store/unmerge.py can put the merged entity back as it was."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from concord.claimtypes import CLAIM_TYPES
from concord.fact import ClaimRecord
from concord.resolve.consolidation import consolidate
from concord.resolve.entities import LENGTH, preferred_name
from concord.store.database import in_chunks, insert_ignoring_duplicates, take_write_lock
from concord.store.fact_dates import update_fact_dates
from concord.store.facts import SqlFacts, load_claims
from concord.store.schema import (
    ClaimArgumentRow,
    ClaimRow,
    ConflictReviewRow,
    ConflictRow,
    EntitiesApartRow,
    EntityAliasRow,
    EntityMergeRow,
    EntityNameRow,
    EntityRow,
    EvidenceRow,
    FactClaimRow,
    FactKeyRow,
    FactLinkRow,
    FactRow,
    MentionRow,
)

MERGED_BY_LENGTH = 100  # entity_merges.merged_by


class MergeRefused(ValueError):
    """An analyst's merge that cannot be done: an unknown entity, or two of different types."""


def merge_stored_entities(
    session: Session,
    into: int,
    others: Iterable[int],
    document_id: str | None = None,
    merged_by: str = "",
) -> None:
    """The entities `others` become `into` (see the module's docstring); `document_id` is
    the report whose names bridged them, None for a merge by hand (by `merged_by`)."""
    merged = sorted(set(others) - {into})
    if not merged:
        return
    _lift_apart(session, [into, *merged])
    records = _records(session, into, merged)
    logged = _log_merges(session, into, merged, document_id, merged_by)
    claim_ids = set(
        session.scalars(
            select(ClaimArgumentRow.claim_id).where(ClaimArgumentRow.entity_id.in_(merged))
        )
    )
    touched_facts = facts_about(session, merged, claim_ids, into)
    _repoint(session, into, merged)
    dropped = _drop_one_sided(session, load_claims(session, claim_ids))
    for entity_id, row in logged.items():
        record = records[entity_id]
        about = record.pop("claims")
        record["dropped"] = [claim for claim in dropped if claim["claim"]["id"] in about]
        row.undo = json.dumps(record, ensure_ascii=False, sort_keys=True)
    refile_facts(session, touched_facts)


def _lift_apart(session: Session, ids: list[int]) -> None:
    """A merge of entities once kept apart (only an analyst's, by hand, can ask it) ends
    that decision."""
    session.execute(
        delete(EntitiesApartRow).where(
            EntitiesApartRow.first_id.in_(ids), EntitiesApartRow.second_id.in_(ids)
        )
    )


def _records(session: Session, into: int, merged: list[int]) -> dict[int, dict[str, Any]]:
    """What the merge will move, per merged entity, read before anything moves: its row,
    the ids of its mentions and claim arguments, its aliases and lookup names (and which
    of them the survivor lacks, so an undo takes back only those), the merge-log rows and
    kept-apart decisions it hands to the survivor, and the survivor's name before."""
    records: dict[int, dict[str, Any]] = {}
    into_name = session.scalar(select(EntityRow.name).where(EntityRow.id == into))
    for entity in session.scalars(select(EntityRow).where(EntityRow.id.in_(merged))):
        records[entity.id] = {
            "into": into,
            "into_name": into_name,
            "entity": row_values(entity),
            "mentions": [],
            "arguments": [],
            "claims": set(),
            "aliases": [],
            "names": [],
            "absorbed": [],
            "apart": [],
        }
    for id_, mentioned in session.execute(
        select(MentionRow.id, MentionRow.entity_id).where(MentionRow.entity_id.in_(merged))
    ):
        records[mentioned]["mentions"].append(id_)
    for id_, entity_id, claim_id in session.execute(
        select(ClaimArgumentRow.id, ClaimArgumentRow.entity_id, ClaimArgumentRow.claim_id).where(
            ClaimArgumentRow.entity_id.in_(merged)
        )
    ):
        record = records[entity_id or 0]  # never None: selected by entity
        record["arguments"].append(id_)
        record["claims"].add(claim_id)
    _record_names(session, into, merged, records)
    for id_, kept_id in session.execute(
        select(EntityMergeRow.id, EntityMergeRow.kept_id).where(EntityMergeRow.kept_id.in_(merged))
    ):
        records[kept_id]["absorbed"].append(id_)
    for apart in session.scalars(
        select(EntitiesApartRow).where(
            or_(EntitiesApartRow.first_id.in_(merged), EntitiesApartRow.second_id.in_(merged))
        )
    ):
        for side in (apart.first_id, apart.second_id):
            if side in records:
                records[side]["apart"].append(apart.id)
    for record in records.values():
        record["mentions"].sort()
        record["arguments"].sort()
    return records


def _record_names(
    session: Session, into: int, merged: list[int], records: dict[int, dict[str, Any]]
) -> None:
    """Each merged entity's aliases and lookup names, and those the survivor lacks."""
    survivor_aliases = set(
        session.scalars(select(EntityAliasRow.alias).where(EntityAliasRow.entity_id == into))
    )
    survivor_names = {
        (type_, key)
        for type_, key in session.execute(
            select(EntityNameRow.type, EntityNameRow.key).where(EntityNameRow.entity_id == into)
        )
    }
    for entity_id, alias, normal in session.execute(
        select(EntityAliasRow.entity_id, EntityAliasRow.alias, EntityAliasRow.normal)
        .where(EntityAliasRow.entity_id.in_(merged))
        .order_by(EntityAliasRow.id)
    ):
        records[entity_id]["aliases"].append([alias, normal, alias not in survivor_aliases])
    for entity_id, type_, key in session.execute(
        select(EntityNameRow.entity_id, EntityNameRow.type, EntityNameRow.key)
        .where(EntityNameRow.entity_id.in_(merged))
        .order_by(EntityNameRow.type, EntityNameRow.key)
    ):
        records[entity_id]["names"].append([type_, key, (type_, key) not in survivor_names])


def row_values(row: Any) -> dict[str, Any]:
    """A row's columns as plain values (every column these records keep is a number, a
    string, a flag or null)."""
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}


def _log_merges(
    session: Session, into: int, merged: list[int], document_id: str | None, merged_by: str
) -> dict[int, EntityMergeRow]:
    """One entity_merges row per merged entity, as it is before the merge; rows of what
    the merged entities had absorbed move to `into` (an entity lists all it holds), and
    so do the pairs they were kept apart in."""
    other_names = dict(
        session.execute(
            select(EntityAliasRow.entity_id, func.count())
            .join(EntityRow, EntityRow.id == EntityAliasRow.entity_id)
            .where(EntityAliasRow.entity_id.in_(merged), EntityAliasRow.alias != EntityRow.name)
            .group_by(EntityAliasRow.entity_id)
        ).all()
    )
    rows = session.execute(
        select(EntityRow.id, EntityRow.type, EntityRow.name)
        .where(EntityRow.id.in_(merged))
        .order_by(EntityRow.id)
    ).all()
    session.execute(
        update(EntityMergeRow).where(EntityMergeRow.kept_id.in_(merged)).values(kept_id=into)
    )
    for column, other in (
        (EntitiesApartRow.first_id, EntitiesApartRow.second_id),
        (EntitiesApartRow.second_id, EntitiesApartRow.first_id),
    ):
        session.execute(update(EntitiesApartRow).where(column.in_(merged)).values({column: into}))
        session.execute(delete(EntitiesApartRow).where(column == other))
    logged = {
        id_: EntityMergeRow(
            kept_id=into,
            merged_id=id_,
            merged_type=type_,
            merged_name=name,
            merged_aliases=other_names.get(id_, 0),
            document_id=document_id,
            merged_by=merged_by[:MERGED_BY_LENGTH],
        )
        for id_, type_, name in rows
    }
    session.add_all(logged.values())
    session.flush()
    return logged


def facts_about(session: Session, merged: list[int], claim_ids: set[int], into: int) -> set[int]:
    """The facts holding a claim about the merged entities, and the survivor's facts filed
    under one of their keys: re-filed together, a claim finds the survivor's fact however
    far back in the consolidation window it sits."""
    facts = set(
        session.scalars(select(FactClaimRow.fact_id).where(FactClaimRow.claim_id.in_(claim_ids)))
    )
    if not facts:
        return facts
    keys = select(FactKeyRow.key).where(FactKeyRow.fact_id.in_(sorted(facts)))
    survivors = (
        select(FactClaimRow.fact_id)
        .join(ClaimArgumentRow, ClaimArgumentRow.claim_id == FactClaimRow.claim_id)
        .join(FactKeyRow, FactKeyRow.fact_id == FactClaimRow.fact_id)
        .where(ClaimArgumentRow.entity_id == into, FactKeyRow.key.in_(keys))
    )
    return facts | set(session.scalars(survivors))


def _repoint(session: Session, into: int, merged: list[int]) -> None:
    """Mentions, arguments, aliases and names of `merged` go to `into`; their rows go."""
    for table in (MentionRow, ClaimArgumentRow):
        session.execute(update(table).where(table.entity_id.in_(merged)).values(entity_id=into))
    aliases = session.execute(
        select(EntityAliasRow.alias, EntityAliasRow.normal)
        .where(EntityAliasRow.entity_id.in_(merged))
        .order_by(EntityAliasRow.id)
    ).all()
    insert_ignoring_duplicates(
        session,
        EntityAliasRow,
        [{"entity_id": into, "alias": alias, "normal": normal} for alias, normal in aliases],
    )
    names = session.execute(
        select(EntityNameRow.type, EntityNameRow.key).where(EntityNameRow.entity_id.in_(merged))
    ).all()
    insert_ignoring_duplicates(
        session,
        EntityNameRow,
        [{"entity_id": into, "type": type_, "key": key} for type_, key in sorted(set(names))],
    )
    for named in (EntityAliasRow, EntityNameRow):
        session.execute(delete(named).where(named.entity_id.in_(merged)))
    session.execute(delete(EntityRow).where(EntityRow.id.in_(merged)))


def one_sided(claim: ClaimRecord) -> bool:
    """Two or more sides all one entity (ClaimType.one_sided, on a stored claim)."""
    sides = [value for role in CLAIM_TYPES[claim.type].side_roles for value in claim.get(role)]
    named = {value.text.lower() if value.entity is None else value.entity for value in sides}
    return len(sides) > 1 and len(named) == 1


def _drop_one_sided(session: Session, claims: list[ClaimRecord]) -> list[dict[str, Any]]:
    """Claims that now relate the survivor with itself: deleted with their arguments,
    evidence and memberships (the foreign keys cascade). Returns each as it was stored
    (claim_rows), for the merge's record."""
    dropped = [claim.id for claim in claims if one_sided(claim)]
    if not dropped:
        return []
    kept = claim_rows(session, dropped)
    session.execute(delete(ClaimRow).where(ClaimRow.id.in_(dropped)))
    return kept


def claim_rows(session: Session, claim_ids: list[int]) -> list[dict[str, Any]]:
    """Claims with their arguments and evidence, every column as stored: enough to put
    them back with the same ids."""
    found: dict[int, dict[str, Any]] = {}
    for claim in session.scalars(select(ClaimRow).where(ClaimRow.id.in_(claim_ids))):
        found[claim.id] = {"claim": row_values(claim), "arguments": [], "evidence": []}
    for argument in session.scalars(
        select(ClaimArgumentRow)
        .where(ClaimArgumentRow.claim_id.in_(claim_ids))
        .order_by(ClaimArgumentRow.id)
    ):
        found[argument.claim_id]["arguments"].append(row_values(argument))
    for evidence in session.scalars(
        select(EvidenceRow).where(EvidenceRow.claim_id.in_(claim_ids)).order_by(EvidenceRow.id)
    ):
        found[evidence.claim_id]["evidence"].append(row_values(evidence))
    return [found[claim_id] for claim_id in sorted(found)]


def refile_facts(session: Session, fact_ids: set[int], unfiled: Iterable[int] = ()) -> set[int]:
    """Consolidate the claims of these facts again, as new claims are: each joins a stored
    fact it equals or one re-filed before it (with `unfiled`, stored claims in no fact, in
    claim order among them). A re-filed fact keeps the id of the fact that held its first
    claim, when no other took it; a fact left empty is deleted, its conflict reviews
    going where its first claim went. Returns the facts now holding them."""
    old = sorted(fact_ids)
    extra = set(unfiled)
    if not old and not extra:
        return set()
    memberships = session.execute(
        select(FactClaimRow.claim_id, FactClaimRow.fact_id)
        .where(FactClaimRow.fact_id.in_(old))
        .order_by(FactClaimRow.claim_id)
    ).all()
    held_by = dict(memberships)
    first_claim: dict[int, int] = {}
    for claim_id, fact_id in memberships:
        first_claim.setdefault(fact_id, claim_id)
    for table in (FactClaimRow, FactKeyRow, ConflictRow):
        session.execute(delete(table).where(table.fact_id.in_(old)))
    session.execute(
        delete(FactLinkRow).where(or_(FactLinkRow.fact_id.in_(old), FactLinkRow.other_id.in_(old)))
    )
    newest = session.scalar(select(func.max(FactRow.id))) or 0
    claims = load_claims(session, set(held_by) | extra)
    touched = consolidate(SqlFacts(session), claims, CLAIM_TYPES)
    kept: set[int] = set()
    for created in sorted(fact for fact in touched if fact > newest):
        earliest = session.scalar(
            select(func.min(FactClaimRow.claim_id)).where(FactClaimRow.fact_id == created)
        )
        previous = held_by.get(earliest or 0)
        if previous is not None and previous not in kept:
            _renumber(session, created, previous)
            touched = (touched - {created}) | {previous}
            kept.add(previous)
    emptied = sorted(set(old) - kept)
    _move_reviews(session, {fact: first_claim[fact] for fact in emptied if fact in first_claim})
    session.execute(delete(FactRow).where(FactRow.id.in_(emptied)))
    touched -= set(emptied)
    _restore_recency(session, touched)
    update_fact_dates(session, touched)
    return touched


def _renumber(session: Session, fact: int, to: int) -> None:
    """The fact `fact` takes the id `to` (a fact emptied for re-filing)."""
    for table in (FactClaimRow, FactKeyRow, ConflictRow, FactLinkRow):
        session.execute(update(table).where(table.fact_id == fact).values(fact_id=to))
    session.execute(update(FactLinkRow).where(FactLinkRow.other_id == fact).values(other_id=to))
    session.execute(delete(FactRow).where(FactRow.id == fact))


def _move_reviews(session: Session, first_claims: dict[int, int]) -> None:
    """Each emptied fact's conflict reviews go to the fact now holding its first claim."""
    holder = dict(
        session.execute(
            select(FactClaimRow.claim_id, FactClaimRow.fact_id).where(
                FactClaimRow.claim_id.in_(sorted(first_claims.values()))
            )
        ).all()
    )
    for fact, claim in first_claims.items():
        if claim in holder:
            session.execute(
                update(ConflictReviewRow)
                .where(ConflictReviewRow.fact_id == fact)
                .values(fact_id=holder[claim])
            )


def _restore_recency(session: Session, facts: set[int]) -> None:
    """Re-filed claims are old: a fact's keys keep its latest claim as their recency, not
    the re-filed claim's, so the merge does not push the fact back in the window."""
    latest = (
        select(func.max(FactClaimRow.claim_id))
        .where(FactClaimRow.fact_id == FactKeyRow.fact_id)
        .scalar_subquery()
    )
    for chunk in in_chunks(sorted(facts)):
        session.execute(
            update(FactKeyRow).where(FactKeyRow.fact_id.in_(chunk)).values(recency=latest)
        )


def entity_by_name_or_id(session: Session, given: str) -> int:
    """The one entity whose id, preferred name or alias this is."""
    if given.isdigit() and session.get(EntityRow, int(given)) is not None:
        return int(given)
    found = set(session.scalars(select(EntityRow.id).where(EntityRow.name == given)))
    if not found:
        found = set(
            session.scalars(select(EntityAliasRow.entity_id).where(EntityAliasRow.alias == given))
        )
    if len(found) != 1:
        why = "no entity" if not found else f"{len(found)} entities"
        raise MergeRefused(f"{why} named {given!r}; give its id (concord entities --json)")
    return found.pop()


def merge_entities_by_hand(
    session: Session, names: list[str], merged_by: str = ""
) -> dict[str, object]:
    """An analyst's merge of entities the rules could not join (given by id or name),
    into the oldest, in one writing transaction, logged as by hand (by `merged_by`, if
    named). Returns the survivor's id and name."""
    with session.begin():
        take_write_lock(session)
        ids = sorted({entity_by_name_or_id(session, given) for given in names})
        types = set(session.scalars(select(EntityRow.type).where(EntityRow.id.in_(ids))))
        if len(types) > 1:
            raise MergeRefused(f"entities of different types: {sorted(types)}")
        if len(ids) < 2:
            raise MergeRefused("these name one entity already")
        into, *others = ids
        names_before = list(session.scalars(select(EntityRow.name).where(EntityRow.id.in_(ids))))
        merge_stored_entities(session, into, others, merged_by=merged_by)
        survivor = session.get(EntityRow, into)
        assert survivor is not None
        survivor.name = preferred_name(survivor.type, set(names_before))[:LENGTH]
        return {"id": into, "name": survivor.name, "merged": others}
