"""Undoing a merge: an analyst who finds two bodies wrongly joined (a misread bracket, a bare
"Минфин" taken for the wrong ministry) puts the merged entity back as it was.

The merge recorded what it moved (store/merge.py, `entity_merges.undo`): the merged
entity's row, the ids of its mentions and claim arguments, its aliases and lookup names
and which of them the survivor lacked, the claims it dropped as one-sided, and the log
rows and kept-apart pairs it handed over. The undo restores the entity under its old id
(a new one only when SQLite has given that id to another entity since), points those rows
back, takes from the survivor only the names it had from the merged entity, stores the
dropped claims again with their ids, and re-files the facts of both by the one engine
(`refile_facts`), so the store reads as if they had never been merged. It leaves the pair
kept apart (entities_apart), which the matcher reads: the bridging report ingested again,
or another, never merges them again; only a merge by hand does. One writing transaction;
the new entities_apart row moves the store's stamp.

What came after the merge stays with the survivor: mentions of later reports that found
it by one of the merged entity's names, and names those reports gave it (but a name the
survivor had only from the merged entity goes back with it)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from concord.resolve.entities import LENGTH, preferred_name
from concord.store.database import in_chunks, insert_ignoring_duplicates, take_write_lock
from concord.store.merge import MERGED_BY_LENGTH, MergeRefused, facts_about, refile_facts
from concord.store.schema import (
    ClaimArgumentRow,
    ClaimRow,
    EntitiesApartRow,
    EntityAliasRow,
    EntityMergeRow,
    EntityNameRow,
    EntityRow,
    EvidenceRow,
    MentionRow,
)


class UnmergeRefused(MergeRefused):
    """A merge that cannot be undone: unknown, undone already, logged before revision 0012,
    or its survivor merged in turn since."""


class MergeNotFound(UnmergeRefused):
    """No merge of that id."""


def unmerge(session: Session, merge_id: int, undone_by: str = "") -> dict[str, Any]:
    """Undoes merge `merge_id` (an `entity_merges` id) in one writing transaction (see the
    module's docstring). Returns the merge's id, the restored entity's id and name, its id
    before the merge, and the survivor's id and name."""
    with session.begin():
        take_write_lock(session)
        merge = _undoable(session, merge_id)
        record: dict[str, Any] = json.loads(merge.undo or "{}")
        into = int(record["into"])
        restored = _restore_entity(session, record["entity"])
        restored_claims = _restore_claims(session, record["dropped"])
        for table, ids in (
            (MentionRow, record["mentions"]),
            (ClaimArgumentRow, record["arguments"]),
        ):
            for chunk in in_chunks(ids):
                session.execute(
                    update(table)
                    .where(table.id.in_(chunk), table.entity_id == into)
                    .values(entity_id=restored)
                )
        _restore_names(session, into, restored, record)
        _hand_back(session, into, restored, record)
        survivor = _restore_survivor_name(session, into, record)
        session.add(
            EntitiesApartRow(
                first_id=min(into, restored),
                second_id=max(into, restored),
                merge_id=merge.id,
                decided_by=undone_by[:MERGED_BY_LENGTH],
            )
        )
        merge.undone_at = datetime.now(UTC)
        merge.undone_by = undone_by[:MERGED_BY_LENGTH]
        session.flush()
        claim_ids = set(
            session.scalars(
                select(ClaimArgumentRow.claim_id).where(ClaimArgumentRow.entity_id == restored)
            )
        )
        refile_facts(session, facts_about(session, [restored], claim_ids, into), restored_claims)
        return {
            "merge": merge.id,
            "restored": {"id": restored, "name": record["entity"]["name"]},
            "id_before": record["entity"]["id"],
            "kept": {"id": into, "name": survivor},
        }


def _undoable(session: Session, merge_id: int) -> EntityMergeRow:
    """The merge, if it can be undone; else one error saying why and what to do."""
    merge = session.get(EntityMergeRow, merge_id)
    if merge is None:
        raise MergeNotFound(
            f"no merge #{merge_id}; the merges are listed under each entity "
            "(concord entities --json, 'merged', 'merge')"
        )
    if merge.undone_at is not None:
        raise UnmergeRefused(f"merge #{merge_id} was undone already")
    if merge.undo is None:
        raise UnmergeRefused(
            f"merge #{merge_id} was logged before schema 0012 and did not record what it "
            "moved, so it cannot be undone"
        )
    into = int(json.loads(merge.undo)["into"])
    if merge.kept_id != into:
        later = session.scalar(
            select(EntityMergeRow.id)
            .where(EntityMergeRow.merged_id == into, EntityMergeRow.undone_at.is_(None))
            .order_by(EntityMergeRow.id.desc())
            .limit(1)
        )
        raise UnmergeRefused(
            f"entity #{into}, which merge #{merge_id} kept, was merged into #{merge.kept_id} "
            f"since (merge #{later}): undo that merge first"
        )
    return merge


def _restore_entity(session: Session, entity: dict[str, Any]) -> int:
    """The merged entity's row again, under its old id unless another entity took it."""
    holder = session.scalar(
        select(EntityRow.id).where(EntityRow.type == entity["type"], EntityRow.key == entity["key"])
    )
    if holder is not None:
        raise UnmergeRefused(
            f"entity #{holder} now has the key of {entity['name']!r}; merge it by hand into "
            "the survivor first, then undo"
        )
    values = dict(entity)
    if session.get(EntityRow, values["id"]) is not None:
        del values["id"]  # SQLite gave the deleted newest id to a later entity
    return int(
        session.execute(insert(EntityRow).values(values).returning(EntityRow.id)).scalar_one()
    )


def _restore_claims(session: Session, dropped: list[dict[str, Any]]) -> list[int]:
    """Claims the merge deleted as one-sided, stored again with their ids, arguments and
    evidence (unless an undo of another entity of the same merge restored them)."""
    present = set(
        session.scalars(
            select(ClaimRow.id).where(ClaimRow.id.in_([c["claim"]["id"] for c in dropped]))
        )
    )
    missing = [claim for claim in dropped if claim["claim"]["id"] not in present]
    if not missing:
        return []
    session.execute(insert(ClaimRow), [claim["claim"] for claim in missing])
    for part, table in (("arguments", ClaimArgumentRow), ("evidence", EvidenceRow)):
        rows = [row for claim in missing for row in claim[part]]
        if rows:
            session.execute(insert(table), rows)
    return [claim["claim"]["id"] for claim in missing]


def _restore_names(session: Session, into: int, restored: int, record: dict[str, Any]) -> None:
    """The merged entity's aliases and lookup names go back to it, and the survivor loses
    those it had only from it."""
    lent_aliases = [alias for alias, _, lent in record["aliases"] if lent]
    lent_names = [(type_, key) for type_, key, lent in record["names"] if lent]
    for chunk in in_chunks(lent_aliases):
        session.execute(
            delete(EntityAliasRow).where(
                EntityAliasRow.entity_id == into, EntityAliasRow.alias.in_(chunk)
            )
        )
    for type_, key in lent_names:
        session.execute(
            delete(EntityNameRow).where(
                EntityNameRow.entity_id == into,
                EntityNameRow.type == type_,
                EntityNameRow.key == key,
            )
        )
    insert_ignoring_duplicates(
        session,
        EntityAliasRow,
        [
            {"entity_id": restored, "alias": alias, "normal": normal}
            for alias, normal, _ in record["aliases"]
        ],
    )
    insert_ignoring_duplicates(
        session,
        EntityNameRow,
        [{"entity_id": restored, "type": type_, "key": key} for type_, key, _ in record["names"]],
    )


def _hand_back(session: Session, into: int, restored: int, record: dict[str, Any]) -> None:
    """Merges the merged entity had absorbed, and the pairs it was kept apart in, are its
    again."""
    if record["absorbed"]:
        session.execute(
            update(EntityMergeRow)
            .where(EntityMergeRow.id.in_(record["absorbed"]), EntityMergeRow.kept_id == into)
            .values(kept_id=restored)
        )
    for apart in session.scalars(
        select(EntitiesApartRow).where(EntitiesApartRow.id.in_(record["apart"]))
    ):
        sides = [restored if side == into else side for side in (apart.first_id, apart.second_id)]
        apart.first_id, apart.second_id = min(sides), max(sides)


def _restore_survivor_name(session: Session, into: int, record: dict[str, Any]) -> str:
    """The survivor's name before the merge, when it is still the one the merge gave it
    (the preferred of the two); a name a later report gave it stays."""
    survivor = session.get(EntityRow, into)
    assert survivor is not None
    before = str(record["into_name"])
    given = preferred_name(survivor.type, {before, record["entity"]["name"]})[:LENGTH]
    if survivor.name == given and survivor.name != before:
        survivor.name = before
    return survivor.name
